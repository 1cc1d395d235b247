using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Records;

namespace Hub.Interventions;

/// <summary>Base of the concrete intervention types: the shared fields, the interface, the category.</summary>
public abstract class InterventionObjectType<T> : ObjectGraphType<T>
    where T : Intervention
{
    protected InterventionObjectType(string name, string description)
    {
        Name = name;
        Description = description;
        IsTypeOf = o => o is T;
        Interface<InterventionInterface>();
        InterventionFields.AddCommon(this);
    }

    /// <summary>Called by each type after its own fields, so that all of them carry its category.</summary>
    protected void Tag(InterventionKind kind) => this.TagAllFields(RolePolicy.CategoryOf(kind));
}

public sealed class ReportOfConcernType : InterventionObjectType<ReportOfConcern>
{
    public ReportOfConcernType()
        : base("ReportOfConcern", "Report of concern (orosanmälan) about a child, received by social services.")
    {
        Field<NonNullGraphType<EnumerationGraphType<ReporterKind>>>("reporterKind").Description("Who reported: a school, BUP, the police or someone else.").Resolve(c => c.Source.ReporterKind);
        Field(r => r.ReporterName, nullable: true).Description("Name of the reporter; withheld for a protected identity.").Location();
        Field(r => r.ReporterContact, nullable: true).Description("How to reach the reporter; withheld for a protected identity.").Location();
        Field(r => r.AssessmentDueOn).Description("Day the preliminary assessment (förhandsbedömning) is due: 14 days after receipt.");
        Field(r => r.MeetingPlannedOn, nullable: true).Description("Day the report meeting is planned for, as the reporting unit was invited.");
        Field(r => r.MeetingHeldOn, nullable: true).Description("Day of the report meeting (anmälningsmöte), if held.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportMeetingParticipantType>>>>("meetingParticipants")
            .Description("Who took part in the report meeting held; empty while it is not held.").Resolve(c => ReportMeetingParticipantType.Each(c.Source.MeetingParticipants));
        Field(r => r.MeetingWaivedReason, nullable: true).Description("Why no report meeting is held, when one would be against the child's best interests.");
        Tag(InterventionKind.ReportOfConcern);
    }
}

public sealed class PreliminaryAssessmentType : InterventionObjectType<PreliminaryAssessment>
{
    public PreliminaryAssessmentType()
        : base("PreliminaryAssessment", "Preliminary assessment (förhandsbedömning) of a report of concern.")
    {
        Field<EnumerationGraphType<AssessmentDecision>>("decision").Description("Whether an investigation is opened, none, or the report joined the one running; null while undecided.").Resolve(c => c.Source.Decision);
        Field(a => a.DecidedOn, nullable: true).Description("Day of the decision.");
        Field<IdGraphType>("joinedInvestigationId")
            .Description("For ALREADY_INVESTIGATED: the investigation the report joined; null for a caller who may not read the pupil's investigations.")
            .Resolve(c => c.Source.JoinedInvestigationId is int id
                && c.RequestServices!.GetRequiredService<AccessDecisions>().For(c.Source.PupilId)[DataCategory.Investigation].Permitted
                    ? GlobalId.Encode(RecordKinds.Intervention.TypeName, id)
                    : null);
        Tag(InterventionKind.PreliminaryAssessment);
    }
}

public sealed class InvestigationType : InterventionObjectType<Investigation>
{
    public InvestigationType()
        : base("Investigation", "Child welfare investigation (barnavårdsutredning) structured by BBIC.")
    {
        Field(i => i.DueOn).Description("Day the investigation is due: normally four months after it opened.");
        Field<NonNullGraphType<EnumerationGraphType<InvestigationOrigin>>>("origin").Description("What opened it.").Resolve(c => c.Source.Origin);
        Field(i => i.EducationInvestigated).Description("Whether BBIC's need area education is investigated, which means contacting the school.");
        Tag(InterventionKind.Investigation);
    }
}

public sealed class SocialServicesInterventionType : InterventionObjectType<SocialServicesIntervention>
{
    public SocialServicesInterventionType()
        : base("SocialServicesIntervention", "Social-services intervention (insats): family treatment, contact person, out-of-home care.")
    {
        Field<NonNullGraphType<EnumerationGraphType<SocialInterventionType>>>("type").Description("Which intervention.").Resolve(c => c.Source.Type);
        Tag(InterventionKind.SocialServicesIntervention);
    }
}

public sealed class SchoolSocialTeamCaseType : InterventionObjectType<SchoolSocialTeamCase>
{
    public SchoolSocialTeamCaseType()
        : base("SchoolSocialTeamCase", "Work of a school social team (skolsocialt team, SST), including the SST 2.0/RSU track for high absence.")
    {
        Field<NonNullGraphType<EnumerationGraphType<SchoolSocialTeamTrack>>>("track").Description("SST or SST 2.0/RSU.").Resolve(c => c.Source.Track);
        Field<NonNullGraphType<EnumerationGraphType<SchoolSocialTeamReason>>>("reason").Description("Why the team works with the pupil: absence, behaviour, or another reason.").Resolve(c => c.Source.Reason);
        Field(s => s.AbsencePercentAtStart, nullable: true).Description("The pupil's absence when the work started, in percent; for absence always, otherwise if recorded.");
        Tag(InterventionKind.SchoolSocialTeamCase);
    }
}

public sealed class BupContactType : InterventionObjectType<BupContact>
{
    public BupContactType()
        : base("BupContact", "Contact with child and adolescent psychiatry (barn- och ungdomspsykiatri, BUP).") => Tag(InterventionKind.BupContact);
}

public sealed class SspfCaseType : InterventionObjectType<SspfCase>
{
    public SspfCaseType()
        : base("SspfCase", "A case in SSPF (skola, socialtjänst, polis, fritid), where the police take part.") => Tag(InterventionKind.SspfCase);
}

/// <summary>One participant of a report meeting, as the API names it; the record keeps them as one set.</summary>
public sealed class ReportMeetingParticipantType : EnumerationGraphType
{
    private static readonly ReportMeetingParticipants[] All =
        [ReportMeetingParticipants.Child, ReportMeetingParticipants.Guardians, ReportMeetingParticipants.Reporter, ReportMeetingParticipants.SocialServices];

    public ReportMeetingParticipantType()
    {
        Name = "ReportMeetingParticipant";
        Description = "Who takes part in a report meeting (anmälningsmöte).";
        Add("CHILD", ReportMeetingParticipants.Child, "The child the report is about.");
        Add("GUARDIANS", ReportMeetingParticipants.Guardians, "The child's guardians.");
        Add("REPORTER", ReportMeetingParticipants.Reporter, "The reporter (the reporting school, BUP clinic or police area).");
        Add("SOCIAL_SERVICES", ReportMeetingParticipants.SocialServices, "Social services, who hold the meeting.");
    }

    /// <summary>The participants of a set, in the order the API lists them.</summary>
    public static IEnumerable<ReportMeetingParticipants> Each(ReportMeetingParticipants set) => All.Where(p => set.HasFlag(p));
}
