using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Organisation;
using Hub.Records;

namespace Hub.Placements;

/// <summary>The pupil-health unit's assessment of a CSU place, as those it concerns read it.</summary>
public sealed class CsuAssessmentType : ObjectGraphType<CsuAssessment>
{
    public CsuAssessmentType()
    {
        Name = RecordKinds.CsuAssessment.TypeName;
        Description = "The pupil-health unit's assessment (bedömning) of whether a pupil should get a CSU place; the decision is the principal's of the school the group belongs to.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the assessment.").Resolve(c => GlobalId.Encode(RecordKinds.CsuAssessment.TypeName, c.Source.Id));
        Field<UnitType>("assessedByUnit").Description("The pupil-health unit that assessed.").ResolveUnit(s => s.AssessedByUnitId);
        Field(a => a.AssessedBy).Description("Who assessed (the unit's officer); withheld for a protected identity.").Location();
        Field(a => a.AssessedOn).Description("Day of the assessment.");
        Field<NonNullGraphType<CsuRecommendationType>>("recommendation").Description("RECOMMENDED or NOT_RECOMMENDED.").Resolve(c => c.Source.Recommendation);
        Field<UnitType>("group").Description("The CSU group recommended; withheld for a protected identity.").Location().ResolveUnit(s => s.GroupId);
        Field(a => a.Reasons).Description("Why, as the unit wrote it.");
        Field<NonNullGraphType<CsuAssessmentStatusType>>("status").Description("OPEN until the principal decides, DECIDED, or CLOSED (no place recommended).").Resolve(c => c.Source.Status);
        Field(a => a.Version).Description("Version for optimistic concurrency: pass it back when deciding on the assessment.");
        this.TagAllFields(DataCategory.CsuAssessment);
    }
}
