using GraphQL.Types;
using Hub.Changes;
using Hub.Records;
using static Hub.Interventions.InterventionWrite;

namespace Hub.Interventions;

public sealed class ReceiveReportOfConcernInput : MutationInput
{
    public string PersonalIdentityNumber { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }
    public ReporterKind ReporterKind { get; set; }
    public string? ReporterUnitId { get; set; }
    public string ReporterName { get; set; } = "";
    public string? ReporterContact { get; set; }
    public string Summary { get; set; } = "";
}

public sealed class ReceiveReportOfConcernInputType : MutationInputType<ReceiveReportOfConcernInput>
{
    public ReceiveReportOfConcernInputType()
        : base("ReceiveReportOfConcernInput", "A report of concern (orosanmälan) received by social services.")
    {
        Field(i => i.PersonalIdentityNumber).Description("The pupil the report is about (the report starts the district's relationship with the pupil).");
        Field(i => i.ReceivedOn).Description("Day the report was received; not in the future. The preliminary assessment is due 14 days later.");
        Field<NonNullGraphType<EnumerationGraphType<ReporterKind>>>("reporterKind").Description("Who reported: a school, BUP, the police or someone else.");
        Field<IdGraphType>("reporterUnitId").Description("The reporting school, BUP clinic or police area; required for those, left out for OTHER.");
        Field(i => i.ReporterName).Description($"Name of the reporter (at most {MaxNameLength} characters).");
        Field(i => i.ReporterContact, nullable: true).Description($"How to reach the reporter (at most {MaxNameLength} characters).");
        Field(i => i.Summary).Description($"What the report says (at most {MaxSummaryLength} characters).");
    }
}

public sealed class RecordPreliminaryAssessmentInput : MutationInput
{
    public string ReportId { get; set; } = "";
    public int Version { get; set; }
    public AssessmentDecision Decision { get; set; }
    public DateOnly DecidedOn { get; set; }
    public string? DelayReason { get; set; }
}

public sealed class RecordPreliminaryAssessmentInputType : MutationInputType<RecordPreliminaryAssessmentInput>
{
    public RecordPreliminaryAssessmentInputType()
        : base("RecordPreliminaryAssessmentInput", "The preliminary assessment (förhandsbedömning) of a report of concern: whether an investigation is opened.")
    {
        Field<NonNullGraphType<IdGraphType>>("reportId").Description("The report of concern.");
        Field(i => i.Version).Description("The report's version as last read.");
        Field<NonNullGraphType<EnumerationGraphType<AssessmentDecision>>>("decision").Description("OPEN_INVESTIGATION, NO_INVESTIGATION, or ALREADY_INVESTIGATED when the district already investigates the child: the report joins that investigation and closes.");
        Field(i => i.DecidedOn).Description("Day of the decision; from the report's receipt to today.");
        Field(i => i.DelayReason, nullable: true)
            .Description($"Why the decision comes more than 14 days after receipt; required then (at most {MaxReasonLength} characters).");
    }
}

public sealed class HoldReportMeetingInput : MutationInput
{
    public string ReportId { get; set; } = "";
    public int Version { get; set; }
    public DateOnly? HeldOn { get; set; }
    public List<ReportMeetingParticipants>? Participants { get; set; }
    public string? WaivedReason { get; set; }
}

public sealed class PlanReportMeetingInput : MutationInput
{
    public string ReportId { get; set; } = "";
    public int Version { get; set; }
    public DateOnly PlannedOn { get; set; }
}

public sealed class PlanReportMeetingInputType : MutationInputType<PlanReportMeetingInput>
{
    public PlanReportMeetingInputType()
        : base("PlanReportMeetingInput", "The day of a report meeting (anmälningsmöte), to which the reporting unit is invited.")
    {
        Field<NonNullGraphType<IdGraphType>>("reportId").Description("The report of concern.");
        Field(i => i.Version).Description("The report's version as last read.");
        Field(i => i.PlannedOn).Description("Day of the meeting; not before the report's receipt. It may be planned again until the meeting is held or waived.");
    }
}

public sealed class HoldReportMeetingInputType : MutationInputType<HoldReportMeetingInput>
{
    public HoldReportMeetingInputType()
        : base("HoldReportMeetingInput", "The report meeting (anmälningsmöte: child, family, reporter, social services), held or waived.")
    {
        Field<NonNullGraphType<IdGraphType>>("reportId").Description("The report of concern.");
        Field(i => i.Version).Description("The report's version as last read.");
        Field(i => i.HeldOn, nullable: true).Description("Day the meeting was held; from the report's receipt to today. Exactly one of heldOn and waivedReason.");
        Field<ListGraphType<NonNullGraphType<ReportMeetingParticipantType>>>("participants")
            .Description("With heldOn (only then): who took part; SOCIAL_SERVICES always, who hold it.");
        Field(i => i.WaivedReason, nullable: true)
            .Description($"Why no meeting is held, as it would be against the child's best interests (at most {MaxReasonLength} characters).");
    }
}

public sealed class OpenInvestigationInput : MutationInput
{
    public string? PupilId { get; set; }
    public string? PersonalIdentityNumber { get; set; }
    public InvestigationOrigin Origin { get; set; }
    public string? ReportId { get; set; }
    public DateOnly OpenedOn { get; set; }
    public bool EducationInvestigated { get; set; }
    public string? Summary { get; set; }
}

public sealed class OpenInvestigationInputType : MutationInputType<OpenInvestigationInput>
{
    public OpenInvestigationInputType()
        : base("OpenInvestigationInput", "A child-welfare investigation (barnavårdsutredning) opened by the district's investigation unit.")
    {
        Field<IdGraphType>("pupilId").Description("A pupil the district has a case with (or the pupil of reportId). Exactly one of pupilId and personalIdentityNumber.");
        Field(i => i.PersonalIdentityNumber, nullable: true).Description("The pupil, when a family's own application starts the district's relationship.");
        Field<NonNullGraphType<EnumerationGraphType<InvestigationOrigin>>>("origin").Description("What opens it: a report of concern, an application, or something else.");
        Field<IdGraphType>("reportId").Description("For REPORT_OF_CONCERN (only then): the report whose preliminary assessment decided to open an investigation.");
        Field(i => i.OpenedOn).Description("Day it opens; not in the future, not before the assessment's decision. Due four months later.");
        Field(i => i.EducationInvestigated)
            .Description("Whether BBIC's need area education is investigated: the investigating unit then reads the school's placements and absence under the duty to inform.");
        Field(i => i.Summary, nullable: true).Description($"What is investigated (at most {MaxSummaryLength} characters).");
    }
}

public sealed class CloseInvestigationInput : MutationInput
{
    public string InvestigationId { get; set; } = "";
    public int Version { get; set; }
    public DateOnly ClosedOn { get; set; }
    public string ClosingNote { get; set; } = "";
    public string? DelayReason { get; set; }
}

public sealed class CloseInvestigationInputType : MutationInputType<CloseInvestigationInput>
{
    public CloseInvestigationInputType()
        : base("CloseInvestigationInput", "Closing a child-welfare investigation.")
    {
        Field<NonNullGraphType<IdGraphType>>("investigationId").Description("The investigation.");
        Field(i => i.Version).Description("The investigation's version as last read.");
        Field(i => i.ClosedOn).Description("Day it closes; from its opening to today. Its legal bases end that day.");
        Field(i => i.ClosingNote).Description($"What it concluded (at most {MaxSummaryLength} characters).");
        Field(i => i.DelayReason, nullable: true).Description($"Why it closes after its due day; required then (at most {MaxReasonLength} characters).");
    }
}

public sealed class ExtendInvestigationInput : MutationInput
{
    public string InvestigationId { get; set; } = "";
    public int Version { get; set; }
    public DateOnly NewDueOn { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class ExtendInvestigationInputType : MutationInputType<ExtendInvestigationInput>
{
    public ExtendInvestigationInputType()
        : base("ExtendInvestigationInput", "Extending an open investigation's due day for special reasons.")
    {
        Field<NonNullGraphType<IdGraphType>>("investigationId").Description("The investigation.");
        Field(i => i.Version).Description("The investigation's version as last read.");
        Field(i => i.NewDueOn).Description("The new due day: later than the current one, at most six months after the investigation opened.");
        Field(i => i.Reason).Description($"The special reasons (at most {MaxReasonLength} characters); recorded as the investigation's delay reason.");
    }
}
