using Hub.Changes;
using Hub.Records;
using static Hub.Interventions.InterventionWrite;

namespace Hub.Interventions;

/// <summary>
/// What makes a report of concern, its preliminary assessment and its report meeting sound, whoever
/// records them: <c>reportConcern</c>, <c>receiveReportOfConcern</c>, <c>recordPreliminaryAssessment</c>
/// and <c>holdReportMeeting</c> refuse by these rules, and the demo city is held to them.
/// </summary>
public static class ConcernReportRules
{
    /// <summary>The preliminary assessment is due <see cref="ReportOfConcern.AssessmentDays"/> days after receipt.</summary>
    public static DateOnly AssessmentDueOn(DateOnly receivedOn) => receivedOn.AddDays(ReportOfConcern.AssessmentDays);

    /// <summary>The kind of unit a reporter of a kind reports from; a reporter of kind Other is not a unit.</summary>
    public static UnitKind? ReporterUnitKind(ReporterKind kind) => kind switch
    {
        ReporterKind.School => UnitKind.School,
        ReporterKind.Bup => UnitKind.BupClinic,
        ReporterKind.Police => UnitKind.PoliceArea,
        _ => null,
    };

    /// <summary>
    /// Every rule a report breaks, with its assessment, among the pupil's records (<paramref name="pupils"/>
    /// includes it), in words. <paramref name="unit"/> finds a unit of the directory.
    /// </summary>
    public static IEnumerable<string> ProblemsOf(ReportOfConcern report, IReadOnlyCollection<Intervention> pupils, Func<int, Unit> unit, DateOnly today)
    {
        if (report.AssessmentDueOn != AssessmentDueOn(report.OpenedOn))
        {
            yield return $"assessment due {report.AssessmentDueOn:yyyy-MM-dd}, not {ReportOfConcern.AssessmentDays} days after receipt";
        }

        if (unit(report.UnitId).Agency != Agency.SocialServices)
        {
            yield return "received by a unit outside social services";
        }

        // A reporting unit is one of the reporter's kind; staff outside such a unit (the pupil-health unit) report from none.
        if (report.ReporterUnitId is int id && unit(id).Kind is var kind && kind != ReporterUnitKind(report.ReporterKind))
        {
            yield return $"a reporter of kind {report.ReporterKind} reports from a unit of kind {kind}";
        }

        if (!Write.Fits(report.ReporterName, MaxNameLength) || !Write.Fits(report.ReporterContact, MaxNameLength, required: false) || !Write.Fits(report.Summary, MaxSummaryLength))
        {
            yield return "the reporter's name or contact, or the summary, is blank, untrimmed or too long";
        }

        var meeting = (report.MeetingHeldOn, report.MeetingWaivedReason) switch
        {
            (not null, not null) => "the report meeting is both held and waived",
            (DateOnly held, null) when held < report.OpenedOn || held > today => $"report meeting held {held:yyyy-MM-dd}, before receipt or after today",
            (DateOnly, null) when !report.MeetingParticipants.HasFlag(ReportMeetingParticipants.SocialServices) => "the report meeting is held without social services, who hold it",
            (null, _) when report.MeetingParticipants != ReportMeetingParticipants.None => "the report meeting has participants but was not held",
            (null, string reason) when !Write.Fits(reason, MaxReasonLength) => "the report meeting is waived without a reason",
            _ => null,
        };
        if (meeting is not null)
        {
            yield return meeting;
        }

        if (report.MeetingPlannedOn < report.OpenedOn)
        {
            yield return $"report meeting planned for {report.MeetingPlannedOn:yyyy-MM-dd}, before receipt";
        }

        var assessments = pupils.OfType<PreliminaryAssessment>().Where(a => a.ReportId == report.Id).ToList();
        if (assessments.Count != 1)
        {
            yield return $"{assessments.Count} preliminary assessments: a report is received with its one assessment";
            yield break;
        }

        foreach (var problem in AssessmentProblems(report, assessments[0], pupils, today))
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> AssessmentProblems(ReportOfConcern report, PreliminaryAssessment assessment, IReadOnlyCollection<Intervention> pupils, DateOnly today)
    {
        if (assessment.OpenedOn != report.OpenedOn || assessment.UnitId != report.UnitId || assessment.PupilId != report.PupilId)
        {
            yield return "the assessment is not opened with the report, by its unit, about its pupil";
        }

        if (assessment.Decision is null != assessment.DecidedOn is null || assessment.ClosedOn != assessment.DecidedOn)
        {
            yield return "the assessment's decision, its day and its closing do not go together";
        }

        if (assessment.DecidedOn is not DateOnly decided)
        {
            if (report.ClosedOn is not null)
            {
                yield return "the report closed before its assessment was decided";
            }

            yield break;
        }

        if (decided < report.OpenedOn || decided > today)
        {
            yield return $"assessment decided {decided:yyyy-MM-dd}, before receipt or after today";
        }

        // The report meeting comes first: held on or before the decision, or waived with its reason.
        if (report.MeetingHeldOn is null && report.MeetingWaivedReason is null)
        {
            yield return $"assessment decided {decided:yyyy-MM-dd} with the report meeting neither held nor waived";
        }
        else if (report.MeetingHeldOn > decided)
        {
            yield return $"report meeting held {report.MeetingHeldOn:yyyy-MM-dd}, after the assessment decided {decided:yyyy-MM-dd}";
        }

        if (InterventionRules.LateWithoutReason(decided, report.AssessmentDueOn, assessment.DelayReason))
        {
            yield return $"assessment decided {decided:yyyy-MM-dd}, after its due day {report.AssessmentDueOn:yyyy-MM-dd}, with no reason for the delay";
        }

        // No investigation, or one already running, closes the report on the decision; an investigation closes it the day it opens.
        var closes = assessment.Decision != AssessmentDecision.OpenInvestigation
            ? report.ClosedOn == decided
            : report.ClosedOn is not DateOnly closed || pupils.OfType<Investigation>().Any(i => InvestigationRules.FollowsReport(i, report, decided) && i.OpenedOn == closed);
        if (!closes)
        {
            yield return $"the report closed {report.ClosedOn:yyyy-MM-dd}, not as its assessment decided ({assessment.Decision} on {decided:yyyy-MM-dd})";
        }

        // Joined exactly when already investigated, to the pupil's investigation open on the day; otherwise none may be open then.
        var running = pupils.OfType<Investigation>()
            .Where(i => i.OpenedOn <= decided && (i.ClosedOn == null || i.ClosedOn > decided) && !(i.OpenedOn == decided && InvestigationRules.FollowsReport(i, report, decided)))
            .Select(i => i.Id).ToList();
        var joinedRight = assessment.Decision == AssessmentDecision.AlreadyInvestigated
            ? assessment.JoinedInvestigationId is int joined && running.Contains(joined)
            : assessment.JoinedInvestigationId is null && (assessment.Decision != AssessmentDecision.OpenInvestigation || running.Count == 0);
        if (!joinedRight)
        {
            yield return $"decided {assessment.Decision} on {decided:yyyy-MM-dd} while {running.Count} investigation(s) of the pupil ran (joined: {assessment.JoinedInvestigationId})";
        }
    }
}
