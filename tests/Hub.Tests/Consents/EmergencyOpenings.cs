using Hub.Tests.Support;

namespace Hub.Tests.Consents;

/// <summary>Opens emergency access through the API, as BUP does in acute danger, and reviews it as the officer.</summary>
internal static class EmergencyOpenings
{
    public const string Reason = "The police report the pupil missing overnight after violence at home.";
    public const string Selection = "emergencyAccess { id reviewDueOn review { outcome comment reviewedBy reviewedAt } }";
    public const string Overdue = "{ emergencyAccesses(overdue: true) { id } }";

    /// <summary>Opens emergency access for a pupil only a school sees; answers the opening's id.</summary>
    public static async Task<string> OpenAsync(HubFactory hub)
    {
        var number = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-principal").PersonalIdentityNumber);
        var opened = await hub.ClientFor("bup-clinician").PostAsync(
            "mutation($n: String!, $r: String!) { openEmergencyAccess(personalIdentityNumber: $n, reason: $r) { id } }", new { n = number, r = Reason });
        return (string?)opened.Data["openEmergencyAccess"]!["id"] ?? throw new InvalidOperationException(opened.Text);
    }

    public static Task<Envelope> ReviewAsync(this HubClient client, string id, string outcome = "NOT_JUSTIFIED", string comment = "No acute danger: the pupil was with a relative.") =>
        client.MutateAsync("reviewEmergencyAccess", "ReviewEmergencyAccessInput", new { emergencyAccessId = id, outcome, comment }, Selection);
}
