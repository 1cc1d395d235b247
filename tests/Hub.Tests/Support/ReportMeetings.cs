namespace Hub.Tests.Support;

/// <summary>The report meeting that comes before every preliminary assessment, for tests about what follows it.</summary>
public static class ReportMeetings
{
    /// <summary>
    /// Records the report's meeting held on <paramref name="heldOn"/> by social services and the guardians, through
    /// <c>holdReportMeeting</c>; answers the report's version after it, for the assessment that follows.
    /// </summary>
    public static async Task<int> HoldMeetingAsync(this HubFactory hub, string? reportId, int version, string heldOn, string persona = "social-contact-person")
    {
        var held = await hub.ClientFor(persona).MutateAsync("holdReportMeeting", "HoldReportMeetingInput",
            new { reportId, version, heldOn, participants = new[] { "SOCIAL_SERVICES", "GUARDIANS" } }, "report { version }");
        var errors = held.UserErrors("holdReportMeeting");
        return errors.Length == 0 ? (int)held.Payload("holdReportMeeting")["report"]!["version"]! : throw new InvalidOperationException("holdReportMeeting refused: " + held.Text);
    }
}
