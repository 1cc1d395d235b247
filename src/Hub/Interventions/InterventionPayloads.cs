using Hub.Access;
using Hub.Changes;
using Hub.Records;

namespace Hub.Interventions;

/// <summary>A payload whose record is one kind of intervention, read through the caller's interventions in that kind's category.</summary>
public abstract class InterventionPayloadType<TGraph, TEntity>(string name, string field, string what, InterventionKind kind)
    : PayloadType<TGraph, TEntity>(name, field, what, RolePolicy.CategoryOf(kind), data => data.Interventions.OfType<TEntity>())
    where TGraph : InterventionObjectType<TEntity>
    where TEntity : Intervention;

public sealed class ReportOfConcernPayloadType()
    : InterventionPayloadType<ReportOfConcernType, ReportOfConcern>("ReportOfConcernPayload", "report", "a report of concern", InterventionKind.ReportOfConcern);

public sealed class PreliminaryAssessmentPayloadType()
    : InterventionPayloadType<PreliminaryAssessmentType, PreliminaryAssessment>(
        "PreliminaryAssessmentPayload", "assessment", "a preliminary assessment", InterventionKind.PreliminaryAssessment);

public sealed class InvestigationPayloadType()
    : InterventionPayloadType<InvestigationType, Investigation>("InvestigationPayload", "investigation", "an investigation", InterventionKind.Investigation);

public sealed class SocialServicesInterventionPayloadType()
    : InterventionPayloadType<SocialServicesInterventionType, SocialServicesIntervention>(
        "SocialServicesInterventionPayload", "intervention", "a social-services intervention", InterventionKind.SocialServicesIntervention);

public sealed class SchoolSocialTeamCasePayloadType()
    : InterventionPayloadType<SchoolSocialTeamCaseType, SchoolSocialTeamCase>(
        "SchoolSocialTeamCasePayload", "case", "a school social team's case", InterventionKind.SchoolSocialTeamCase);

public sealed class BupContactPayloadType()
    : InterventionPayloadType<BupContactType, BupContact>("BupContactPayload", "contact", "a BUP contact", InterventionKind.BupContact);

public sealed class SspfCasePayloadType()
    : InterventionPayloadType<SspfCaseType, SspfCase>("SspfCasePayload", "case", "an SSPF case", InterventionKind.SspfCase);

/// <summary>
/// The payload of ending either kind of ongoing social-services work: an intervention or a school
/// social team's case. Its field carries both categories; the record's own type carries its one.
/// </summary>
public sealed class EndedInterventionPayloadType : PayloadType<InterventionInterface, Intervention>
{
    public static readonly InterventionKind[] EndedKinds = [InterventionKind.SocialServicesIntervention, InterventionKind.SchoolSocialTeamCase];

    public EndedInterventionPayloadType()
        : base("EndInterventionPayload", "intervention", "a social-services intervention or a school social team's case",
            DataCategory.SocialServicesIntervention, data => data.Interventions.Where(i => EndedKinds.Contains(i.Kind))) =>
        GetField("intervention")!.Metadata[FieldCategories.MetadataKey] =
            new[] { DataCategory.SocialServicesIntervention, DataCategory.SchoolSocialTeam };
}
