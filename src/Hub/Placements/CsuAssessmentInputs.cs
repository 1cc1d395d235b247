using GraphQL.Types;
using Hub.Changes;
using Hub.Records;

namespace Hub.Placements;

public sealed class AssessCsuPlaceInput : MutationInput
{
    public string? PersonalIdentityNumber { get; set; }
    public CsuRecommendation Recommendation { get; set; }
    public string? GroupId { get; set; }
    public string Reasons { get; set; } = "";
    public DateOnly? AssessedOn { get; set; }
}

public sealed class CsuRecommendationType : EnumerationGraphType<CsuRecommendation>
{
    public CsuRecommendationType()
    {
        Name = "CsuRecommendation";
        Description = "What the pupil-health unit's assessment recommends.";
    }
}

public sealed class CsuAssessmentStatusType : EnumerationGraphType<CsuAssessmentStatus>
{
    public CsuAssessmentStatusType()
    {
        Name = "CsuAssessmentStatus";
        Description = "Where an assessment stands: OPEN until the principal decides, DECIDED once a placement is decided on it, CLOSED when it recommends no place.";
    }
}

public sealed class AssessCsuPlaceInputType : MutationInputType<AssessCsuPlaceInput>
{
    public AssessCsuPlaceInputType()
        : base("AssessCsuPlaceInput", "The pupil-health unit's assessment (bedömning) of whether a pupil should get a CSU place.")
    {
        Field<NonNullGraphType<StringGraphType>>("personalIdentityNumber")
            .Description("The pupil, as the home school's application names them (the unit has no relationship with the pupil before assessing).");
        Field<NonNullGraphType<CsuRecommendationType>>("recommendation").Description("RECOMMENDED or NOT_RECOMMENDED.");
        Field<IdGraphType>("groupId").Description("For RECOMMENDED: the CSU group, whose host school's principal decides; none otherwise.");
        Field(i => i.Reasons).Description($"Why (at most {CsuAssessment.MaxReasonsLength} characters).");
        Field(i => i.AssessedOn, nullable: true).Description("Day of the assessment (default today); not in the future.");
    }
}

public sealed class PlaceInCsuInput : MutationInput
{
    public string PupilId { get; set; } = "";
    public string AssessmentId { get; set; } = "";
    public int AssessmentVersion { get; set; }
    public string GroupId { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly? DecidedOn { get; set; }
}

public sealed class PlaceInCsuInputType : MutationInputType<PlaceInCsuInput>
{
    public PlaceInCsuInputType()
        : base("PlaceInCsuInput", "The decision of the principal of the school a CSU group belongs to, on the pupil-health unit's recommendation; the enrolment moves to that school.")
    {
        Field<NonNullGraphType<IdGraphType>>("pupilId").Description("The pupil the assessment is about.");
        Field<NonNullGraphType<IdGraphType>>("assessmentId").Description("The pupil-health unit's open assessment recommending the place (csuRecommendationsToDecide).");
        Field(i => i.AssessmentVersion).Description("The assessment's version as last read.");
        Field<NonNullGraphType<IdGraphType>>("groupId").Description("The CSU group the assessment recommends, of the caller's school.");
        Field(i => i.StartsOn).Description("First day in the group and at the host school; not before the decision.");
        Field(i => i.DecidedOn, nullable: true).Description("Day of the decision (default today); not in the future, not before the assessment.");
    }
}

public sealed class CsuAssessmentPayloadType : PayloadType<CsuAssessmentType, CsuAssessment>
{
    public CsuAssessmentPayloadType()
        : base("CsuAssessmentPayload", "assessment", "a CSU assessment", RecordKinds.CsuAssessment)
    {
    }
}
