using GraphQL.Types;
using Hub.Access;
using Hub.Records;

namespace Hub.Placements;

/// <summary>What waits for a principal whose school a CSU group belongs to: the pupil-health unit's recommendations to decide.</summary>
public static class CsuAssessmentQueries
{
    public const int Max = 200;

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsuRecommendationToDecideType>>>>("csuRecommendationsToDecide")
            .Description($"The pupil-health unit's open recommendations of a place in a CSU group of the caller's school, which the caller, its principal, decides "
                + $"(placeInCsu); oldest first, at most {Max}. Empty for anyone else.")
            .Category(DataCategory.CsuAssessment)
            .ResolveAsync(async c =>
            {
                var open = await c.RequestServices!.GetRequiredService<PersonalData>().CsuRecommendationsToDecideAsync(Max, c.CancellationToken);
                await c.RequestServices!.GetRequiredService<AccessDecisions>().PrepareAsync(open.Select(a => a.Pupil).DistinctBy(p => p.Id).ToList(), c.CancellationToken);
                return open.Select(a => new CsuRecommendationToDecide(a)).ToList();
            });
}

/// <summary>A recommendation waiting for the principal's decision, with its pupil: fields read of that pupil.</summary>
public sealed record CsuRecommendationToDecide(CsuAssessment Assessment) : IPupilDataRoot
{
    int? IPupilDataRoot.PupilId => Assessment.PupilId;
}

public sealed class CsuRecommendationToDecideType : ObjectGraphType<CsuRecommendationToDecide>
{
    public CsuRecommendationToDecideType()
    {
        Name = "CsuRecommendationToDecide";
        Description = "A recommendation of a place in a CSU (central särskild undervisningsgrupp) that waits for the decision of the principal of the school the group belongs to.";
        Field<NonNullGraphType<CsuAssessmentType>>("assessment").Description("The pupil-health unit's assessment.").Resolve(c => c.Source.Assessment);
        // By name: the pupil's type is composed above the placements feature, which it shows.
        Field<NonNullGraphType<GraphQLTypeReference>>("pupil").Description("The pupil it is about.").Resolve(c => c.Source.Assessment.Pupil)
            .Type(new NonNullGraphType(new GraphQLTypeReference(RecordKinds.Pupil.TypeName)));
        this.TagAllFields(DataCategory.CsuAssessment);
    }
}
