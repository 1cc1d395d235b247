using GraphQL.Types;
using Hub.Changes;
using Hub.Consents;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using static Hub.Changes.Write;
using static Hub.Interventions.InterventionWrite;

namespace Hub.Interventions;

/// <summary>
/// Social services' investigations: opened after a preliminary assessment decided so (see
/// <see cref="ReceivedReportMutations"/>) or on a family's application, due in four months
/// (extended for special reasons), and closed with their legal bases.
/// </summary>
public static class InvestigationMutations
{
    internal static readonly Who Investigator = Who.Of(Agency.SocialServices, "a social-services investigator", Role.Investigator);

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<OpenInvestigationInputType, OpenInvestigationInput, InvestigationPayloadType>("openInvestigation",
            "Opens a child-welfare investigation (barnavårdsutredning), due in four months: after a preliminary assessment decided so, or on a "
            + "family's application. Under the duty to inform (OSL 10 kap. 28 §) the unit reads, until it closes, BUP's contacts and the police's SSPF "
            + "cases, and the school's placements and absence when education is investigated. One open investigation per pupil and district.", Investigator, OpenInvestigationAsync);
        mutation.Mutation<CloseInvestigationInputType, CloseInvestigationInput, InvestigationPayloadType>("closeInvestigation",
            "Closes an investigation; after its due day only with the reason for the delay. Its legal bases end that day.", Investigator,
            CloseInvestigationAsync);
        mutation.Mutation<ExtendInvestigationInputType, ExtendInvestigationInput, InvestigationPayloadType>("extendInvestigation",
            "Extends an open investigation's due day for special reasons (SoL), kept simple here: to at most six months after it opened.",
            Investigator, ExtendInvestigationAsync);
    }

    private static async Task<object> OpenInvestigationAsync(Write w, OpenInvestigationInput input)
    {
        if (input.PupilId is null == input.PersonalIdentityNumber is null)
        {
            throw Refuse(UserErrorCode.Invalid, "pupilId", "Name the pupil by pupilId or by personalIdentityNumber: exactly one.");
        }

        // The whole input is checked before the pupil is looked up, so no refusal depends on whether the number is known.
        if (input.PersonalIdentityNumber is not null)
        {
            IdentityNumber(input.PersonalIdentityNumber);
        }

        w.NotFuture(input.OpenedOn, "openedOn");
        var summary = Text(input.Summary, "summary", MaxSummaryLength, required: false);
        var report = await DecidedReportAsync(w, input);
        var pupil = await InvestigatedPupilAsync(w, input);
        var pupilField = input.PupilId is null ? "personalIdentityNumber" : "pupilId";
        if (report is not null && report.PupilId != pupil.Id)
        {
            throw Refuse(UserErrorCode.Invalid, "reportId", "The report is about another pupil.");
        }

        var authority = w.Caller.Authority;
        var open = await w.Store.KeptByCallersAuthority.AnyAsync(i => i.PupilId == pupil.Id && i.Kind == InterventionKind.Investigation
            && i.OwnerAuthority == authority && (i.ClosedOn == null || i.ClosedOn > input.OpenedOn), w.Cancel);
        if (open)
        {
            throw Refuse(UserErrorCode.WrongState, pupilField, "The district already has an open investigation of this pupil: close it first.");
        }

        var investigation = Keep(w, new Investigation
        {
            OwnerAuthority = authority,
            DueOn = InvestigationRules.DueOn(input.OpenedOn),
            Origin = input.Origin,
            EducationInvestigated = input.EducationInvestigated,
            Summary = summary,
        }, pupil.Id, input.OpenedOn);
        await LegalBases.OpenAsync(w, investigation);
        if (report is not null)
        {
            // The report has led to its investigation: its handling, and the bases it opened, end here.
            report.ClosedOn = input.OpenedOn;
            await LegalBases.EndAsync(w.Store, report, input.OpenedOn, w.Cancel);
        }

        return investigation;
    }

    /// <summary>For an investigation after a report: the report, whose preliminary assessment decided to open one before <c>openedOn</c>.</summary>
    private static async Task<ReportOfConcern?> DecidedReportAsync(Write w, OpenInvestigationInput input)
    {
        if (input.Origin != InvestigationOrigin.ReportOfConcern)
        {
            return input.ReportId is null ? null
                : throw Refuse(UserErrorCode.Invalid, "reportId", "Only an investigation whose origin is REPORT_OF_CONCERN names a report.");
        }

        if (input.ReportId is null)
        {
            throw Refuse(UserErrorCode.Invalid, "reportId", "Required when the origin is REPORT_OF_CONCERN: the report whose assessment opens the investigation.");
        }

        var report = await w.RecordAsync(w.Data.Interventions.OfType<ReportOfConcern>(), input.ReportId, RecordKinds.Intervention.TypeName, "reportId");
        if (report.ClosedOn is DateOnly closed)
        {
            throw Refuse(UserErrorCode.WrongState, "reportId", $"The report was closed on {closed:yyyy-MM-dd}: it has already led to an investigation, or to none.");
        }

        var decidedOn = await w.Store.KeptByCallersAuthority.OfType<PreliminaryAssessment>()
            .Where(a => a.ReportId == report.Id && a.Decision == AssessmentDecision.OpenInvestigation)
            .Select(a => a.DecidedOn).FirstOrDefaultAsync(w.Cancel)
            ?? throw Refuse(UserErrorCode.WrongState, "reportId", "The report's preliminary assessment has not decided to open an investigation.");
        Order(decidedOn, input.OpenedOn, "openedOn", "the preliminary assessment's decision");
        return report;
    }

    /// <summary>The pupil by number (an application starts the relationship), or by id: a pupil the district has a case with.</summary>
    private static async Task<Pupil> InvestigatedPupilAsync(Write w, OpenInvestigationInput input) =>
        input.PersonalIdentityNumber is not null ? await w.PupilByNumberAsync(input.PersonalIdentityNumber) : await w.PupilAsync(input.PupilId);

    private static async Task<object> CloseInvestigationAsync(Write w, CloseInvestigationInput input)
    {
        var investigation = await KeptByCallerAsync(w, w.Data.Interventions.OfType<Investigation>(), input.InvestigationId, input.Version,
            "investigationId", "investigation");
        Close(w, investigation, "investigationId", input.ClosedOn, "closedOn", input.ClosingNote, "investigation");
        var delay = Text(input.DelayReason, "delayReason", MaxReasonLength, required: false);
        if (InterventionRules.LateWithoutReason(input.ClosedOn, investigation.DueOn, delay))
        {
            throw Refuse(UserErrorCode.DeadlinePassed, "delayReason",
                $"The investigation was due on {investigation.DueOn:yyyy-MM-dd}: closing it later needs the reason for the delay.");
        }

        if (delay is not null)
        {
            investigation.DelayReason = WithReason(investigation.DelayReason, delay, "delayReason");
        }

        await LegalBases.EndAsync(w.Store, investigation, input.ClosedOn, w.Cancel);
        return investigation;
    }

    private static async Task<object> ExtendInvestigationAsync(Write w, ExtendInvestigationInput input)
    {
        var investigation = await KeptByCallerAsync(w, w.Data.Interventions.OfType<Investigation>(), input.InvestigationId, input.Version,
            "investigationId", "investigation");
        if (investigation.ClosedOn is DateOnly closed)
        {
            throw Refuse(UserErrorCode.WrongState, "investigationId", $"The investigation was already closed on {closed:yyyy-MM-dd}.");
        }

        var reason = Text(input.Reason, "reason", MaxReasonLength)!;
        if (input.NewDueOn <= investigation.DueOn)
        {
            throw Refuse(UserErrorCode.Invalid, "newDueOn", $"An extension moves the due day later than {investigation.DueOn:yyyy-MM-dd}.");
        }

        var limit = InvestigationRules.LatestDueOn(investigation.OpenedOn);
        if (input.NewDueOn > limit)
        {
            throw Refuse(UserErrorCode.Invalid, "newDueOn", $"An investigation is extended to at most six months after it opened ({limit:yyyy-MM-dd}).");
        }

        investigation.DueOn = input.NewDueOn;
        investigation.DelayReason = WithReason(investigation.DelayReason, $"Extended to {input.NewDueOn:yyyy-MM-dd}: {reason}", "reason");
        return investigation;
    }

    /// <summary>The reasons recorded so far and this one, one a line, within the column's length.</summary>
    private static string WithReason(string? recorded, string reason, string field)
    {
        var text = recorded is null ? reason : recorded + "\n" + reason;
        return text.Length <= MaxReasonLength ? text
            : throw Refuse(UserErrorCode.Invalid, field, $"With the reasons already recorded this exceeds {MaxReasonLength} characters: shorten it.");
    }
}
