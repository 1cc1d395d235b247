using GraphQL.Types;
using Hub.Changes;
using Hub.Consents;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using static Hub.Changes.Write;
using static Hub.Interventions.InterventionWrite;

namespace Hub.Interventions;

/// <summary>
/// Social services' chain, with the deadlines the law sets, starts here: a report of concern
/// received and assessed within 14 days, and a report meeting held or waived. The chain goes on in
/// <see cref="InvestigationMutations"/> and <see cref="SocialServicesInterventionMutations"/>. Every
/// record is kept by the caller's unit and changed only there.
/// </summary>
public static class ReceivedReportMutations
{
    private static readonly Who Reception = Who.Of(Agency.SocialServices, "social services' reception contact persons and investigators",
        Role.SocialContactPerson, Role.Investigator);

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ReceiveReportOfConcernInputType, ReceiveReportOfConcernInput, ReportOfConcernPayloadType>("receiveReportOfConcern",
            "Records a report of concern (orosanmälan) received by the caller's unit, with its pending preliminary assessment, due in 14 days. "
            + "A report from a school, BUP or the police lets the unit read the reporting authority's own records while the report is assessed (the reporter's duty).", Reception, ReceiveAsync);
        mutation.Mutation<RecordPreliminaryAssessmentInputType, RecordPreliminaryAssessmentInput, PreliminaryAssessmentPayloadType>(
            "recordPreliminaryAssessment",
            "Decides a report's preliminary assessment (förhandsbedömning): an investigation, none, or (when the district already investigates "
            + "the child) joined to the investigation running. A decision more than 14 days after receipt needs the reason for the delay. "
            + "The report closes (for OPEN_INVESTIGATION, when the investigation opens), and the legal bases it opened end.", Reception, AssessAsync);
        mutation.Mutation<PlanReportMeetingInputType, PlanReportMeetingInput, ReportOfConcernPayloadType>("planReportMeeting",
            "Plans the report meeting (anmälningsmöte) for a day: the reporting unit, invited, reads the day with its report (concernReportsMade).", Reception, PlanAsync);
        mutation.Mutation<HoldReportMeetingInputType, HoldReportMeetingInput, ReportOfConcernPayloadType>("holdReportMeeting",
            "Records the report meeting (anmälningsmöte) as held, with who took part, or waived with the reason (against the child's best interests). "
            + "It comes before the preliminary assessment, which is refused until the meeting is held or waived.", Reception, MeetingAsync);
    }

    private static async Task<object> ReceiveAsync(Write w, ReceiveReportOfConcernInput input)
    {
        w.NotFuture(input.ReceivedOn, "receivedOn");
        var report = new ReportOfConcern
        {
            OwnerAuthority = w.Caller.Authority,
            ReporterKind = input.ReporterKind,
            ReporterUnitId = await ReporterUnitAsync(w, input.ReporterKind, input.ReporterUnitId),
            ReporterName = Text(input.ReporterName, "reporterName", MaxNameLength)!,
            ReporterContact = Text(input.ReporterContact, "reporterContact", MaxNameLength, required: false),
            Summary = Text(input.Summary, "summary", MaxSummaryLength),
        };
        var pupil = await w.PupilByNumberAsync(input.PersonalIdentityNumber);
        return await ReceiveReportAsync(w, report, pupil.Id, input.ReceivedOn);
    }

    /// <summary>A school, BUP or police reporter is a unit of that kind; anyone else is not a unit.</summary>
    private static async Task<int?> ReporterUnitAsync(Write w, ReporterKind kind, string? unitId)
    {
        var unitKind = ConcernReportRules.ReporterUnitKind(kind);
        if (string.IsNullOrEmpty(unitId))
        {
            return unitKind is null ? null : throw Refuse(UserErrorCode.Invalid, "reporterUnitId", $"Required for a reporter of kind {kind}: the reporting unit.");
        }

        return unitKind is UnitKind expected
            ? (await w.UnitAsync(unitId, "reporterUnitId", expected)).Id
            : throw Refuse(UserErrorCode.Invalid, "reporterUnitId", "A reporter of kind OTHER is not a unit of the directory: leave reporterUnitId out.");
    }

    private static async Task<object> AssessAsync(Write w, RecordPreliminaryAssessmentInput input)
    {
        var report = await KeptByCallerAsync(w, w.Data.Interventions.OfType<ReportOfConcern>(), input.ReportId, input.Version, "reportId", "report");
        var assessment = await w.Store.KeptByCallersAuthority.OfType<PreliminaryAssessment>().SingleOrDefaultAsync(a => a.ReportId == report.Id, w.Cancel);
        if (report.ClosedOn is not null || assessment?.Decision is not null)
        {
            throw Refuse(UserErrorCode.WrongState, "reportId", $"The report's preliminary assessment was already decided on {assessment?.DecidedOn ?? report.ClosedOn:yyyy-MM-dd}.");
        }

        Order(report.OpenedOn, input.DecidedOn, "decidedOn", "the report's receipt");
        w.NotFuture(input.DecidedOn, "decidedOn");
        if (report.MeetingHeldOn is null && report.MeetingWaivedReason is null)
        {
            throw Refuse(UserErrorCode.WrongState, "reportId",
                "The report meeting (anmälningsmöte) comes first: record it held, or waived with the reason (holdReportMeeting), before the assessment.");
        }

        if (report.MeetingHeldOn is DateOnly meeting)
        {
            Order(meeting, input.DecidedOn, "decidedOn", "the report meeting");
        }

        var delay = Text(input.DelayReason, "delayReason", MaxReasonLength, required: false);
        if (InterventionRules.LateWithoutReason(input.DecidedOn, report.AssessmentDueOn, delay))
        {
            throw Refuse(UserErrorCode.DeadlinePassed, "delayReason",
                $"The preliminary assessment was due on {report.AssessmentDueOn:yyyy-MM-dd}, 14 days after receipt: a later decision needs the reason for the delay.");
        }

        // A report during an investigation is part of it (the district's own: reception knows whether one runs,
        // as the reporter may be told); a second investigation is never opened beside it.
        var running = await w.Store.KeptByCallersAuthority.OfType<Investigation>()
            .Where(i => i.PupilId == report.PupilId && i.OpenedOn <= input.DecidedOn && (i.ClosedOn == null || i.ClosedOn > input.DecidedOn))
            .Select(i => (int?)i.Id).FirstOrDefaultAsync(w.Cancel);
        switch (input.Decision)
        {
            case AssessmentDecision.AlreadyInvestigated when running is null:
                throw Refuse(UserErrorCode.WrongState, "decision", "The district has no investigation of the child open on that day to join the report to: decide OPEN_INVESTIGATION or NO_INVESTIGATION.");
            case AssessmentDecision.OpenInvestigation when running is not null:
                throw Refuse(UserErrorCode.WrongState, "decision", "The district already investigates the child: decide ALREADY_INVESTIGATED, and the report joins that investigation.");
        }

        assessment ??= Keep(w, new PreliminaryAssessment { OwnerAuthority = report.OwnerAuthority, ReportId = report.Id }, report.PupilId, report.OpenedOn);
        assessment.Decision = input.Decision;
        assessment.DecidedOn = input.DecidedOn;
        assessment.ClosedOn = input.DecidedOn;
        assessment.DelayReason = delay;
        assessment.JoinedInvestigationId = input.Decision == AssessmentDecision.AlreadyInvestigated ? running : null;

        // A report that leads to an investigation stays open until the investigation opens, so the district's
        // relationship with the pupil runs on without a gap; otherwise the decision closes it.
        if (input.Decision != AssessmentDecision.OpenInvestigation)
        {
            report.ClosedOn = input.DecidedOn;
            await LegalBases.EndAsync(w.Store, report, input.DecidedOn, w.Cancel);
        }

        return assessment;
    }

    private static async Task<object> PlanAsync(Write w, PlanReportMeetingInput input)
    {
        var report = await MeetingToComeAsync(w, input.ReportId, input.Version);
        Order(report.OpenedOn, input.PlannedOn, "plannedOn", "the report's receipt");
        report.MeetingPlannedOn = input.PlannedOn;
        return report;
    }

    /// <summary>A report of the caller's unit whose meeting is neither held nor waived, and whose assessment is not decided.</summary>
    private static async Task<ReportOfConcern> MeetingToComeAsync(Write w, string reportId, int version)
    {
        var report = await KeptByCallerAsync(w, w.Data.Interventions.OfType<ReportOfConcern>(), reportId, version, "reportId", "report");
        if (report.MeetingHeldOn is not null || report.MeetingWaivedReason is not null)
        {
            throw Refuse(UserErrorCode.WrongState, "reportId", report.MeetingHeldOn is DateOnly held
                ? $"The report meeting was already held on {held:yyyy-MM-dd}."
                : "The report meeting was already waived.");
        }

        if (report.ClosedOn is not null)
        {
            throw Refuse(UserErrorCode.WrongState, "reportId", $"The report was closed on {report.ClosedOn:yyyy-MM-dd}: its meeting can no longer be planned or held.");
        }

        return report;
    }

    private static async Task<object> MeetingAsync(Write w, HoldReportMeetingInput input)
    {
        var report = await MeetingToComeAsync(w, input.ReportId, input.Version);

        var waived = Text(input.WaivedReason, "waivedReason", MaxReasonLength, required: false);
        if (input.HeldOn is null == waived is null)
        {
            throw Refuse(UserErrorCode.Invalid, "heldOn", "Give either the day the meeting was held (heldOn) or why it is not held (waivedReason): exactly one.");
        }

        var participants = ReportMeetingParticipants.None;
        foreach (var participant in input.Participants ?? [])
        {
            participants |= participant;
        }

        if (input.HeldOn is DateOnly heldOn)
        {
            Order(report.OpenedOn, heldOn, "heldOn", "the report's receipt");
            w.NotFuture(heldOn, "heldOn");
            if (!participants.HasFlag(ReportMeetingParticipants.SocialServices))
            {
                throw Refuse(UserErrorCode.Invalid, "participants", "Name who took part in the meeting held: social services (SOCIAL_SERVICES), who hold it, always.");
            }
        }
        else if (input.Participants is not null)
        {
            throw Refuse(UserErrorCode.Invalid, "participants", "A meeting waived has no participants: leave participants out.");
        }

        report.MeetingHeldOn = input.HeldOn;
        report.MeetingParticipants = participants;
        report.MeetingWaivedReason = waived;
        return report;
    }
}
