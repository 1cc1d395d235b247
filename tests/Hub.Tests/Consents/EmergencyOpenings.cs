using Hub.Tests.Support;

namespace Hub.Tests.Consents;

/// <summary>Opens emergency access through the API, as BUP or social services do in acute danger, and reviews it.</summary>
internal static class EmergencyOpenings
{
    public const string Reason = "The police report the pupil missing overnight after violence at home.";
    public const string Selection = "emergencyAccess { id reviewDueOn review { outcome comment reviewedBy reviewerRole reviewedAt } }";
    public const string Overdue = "{ emergencyAccesses(overdue: true) { id } }";

    /// <summary>Opens emergency access for a pupil only a school sees; answers the opening's id.</summary>
    public static Task<string> OpenAsync(HubFactory hub) => OpenAsync(hub, hub.ClientFor("bup-clinician"));

    /// <summary>Opens emergency access as the given client, for a pupil only a school sees; answers the opening's id.</summary>
    public static async Task<string> OpenAsync(HubFactory hub, HubClient opener)
    {
        var number = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-principal").PersonalIdentityNumber);
        var opened = await opener.OpenAsync(number);
        return (string?)opened.Data["openEmergencyAccess"]!["id"] ?? throw new InvalidOperationException(opened.Text);
    }

    public static Task<Envelope> OpenAsync(this HubClient client, string number) =>
        client.PostAsync("mutation($n: String!, $r: String!) { openEmergencyAccess(personalIdentityNumber: $n, reason: $r) { id } }", new { n = number, r = Reason });

    public static Task<Envelope> ReviewAsync(this HubClient client, string id, string outcome = "NOT_JUSTIFIED", string comment = "No acute danger: the pupil was with a relative.") =>
        client.MutateAsync("reviewEmergencyAccess", "ReviewEmergencyAccessInput", new { emergencyAccessId = id, outcome, comment }, Selection);
}
