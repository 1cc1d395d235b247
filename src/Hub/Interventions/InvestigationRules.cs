using Hub.Records;

namespace Hub.Interventions;

/// <summary>
/// What makes an investigation sound, whoever records it: <c>openInvestigation</c>,
/// <c>extendInvestigation</c> and <c>closeInvestigation</c> refuse by these rules, and the demo city
/// is held to them.
/// </summary>
public static class InvestigationRules
{
    /// <summary>An investigation is due four months after it opens.</summary>
    public static DateOnly DueOn(DateOnly openedOn) => openedOn.AddMonths(4);

    /// <summary>Special reasons extend it to at most six months after it opened.</summary>
    public static DateOnly LatestDueOn(DateOnly openedOn) => openedOn.AddMonths(6);

    /// <summary>Whether an investigation is the one a report's assessment, decided on <paramref name="decidedOn"/>, led to.</summary>
    public static bool FollowsReport(Investigation investigation, ReportOfConcern report, DateOnly decidedOn) =>
        investigation.Origin == InvestigationOrigin.ReportOfConcern && investigation.OwnerAuthority == report.OwnerAuthority
        && investigation.PupilId == report.PupilId && investigation.OpenedOn >= decidedOn;

    /// <summary>Every rule an investigation breaks among the pupil's records (<paramref name="pupils"/> includes it), in words.</summary>
    public static IEnumerable<string> ProblemsOf(Investigation investigation, IReadOnlyCollection<Intervention> pupils)
    {
        var due = DueOn(investigation.OpenedOn);
        if (investigation.DueOn != due && (investigation.DueOn < due || investigation.DueOn > LatestDueOn(investigation.OpenedOn) || investigation.DelayReason is null))
        {
            yield return $"due {investigation.DueOn:yyyy-MM-dd}: four months after it opened, or extended for a reason to at most six";
        }

        if (investigation.ClosedOn is DateOnly closed && InterventionRules.LateWithoutReason(closed, investigation.DueOn, investigation.DelayReason))
        {
            yield return $"closed {closed:yyyy-MM-dd}, after its due day {investigation.DueOn:yyyy-MM-dd}, with no reason for the delay";
        }

        // After a report: the report's assessment decided to investigate, and the report closed the day this opened.
        var reported = investigation.Origin != InvestigationOrigin.ReportOfConcern || pupils.OfType<ReportOfConcern>().Any(r =>
            r.ClosedOn == investigation.OpenedOn
            && pupils.OfType<PreliminaryAssessment>().Any(a => a.ReportId == r.Id && a.Decision == AssessmentDecision.OpenInvestigation
                && a.DecidedOn is DateOnly decided && FollowsReport(investigation, r, decided)));
        if (!reported)
        {
            yield return "opened after a report of concern, but no report's assessment decided it and closed on its opening";
        }
    }
}
