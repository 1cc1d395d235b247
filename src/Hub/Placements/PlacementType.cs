using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Organisation;
using Hub.Records;

namespace Hub.Placements;

public sealed class PlacementType : ObjectGraphType<Placement>
{
    public PlacementType()
    {
        Name = RecordKinds.Placement.TypeName;
        Description = "A placement in a special teaching group (särskild undervisningsgrupp): a school decision, not a social-services intervention.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the placement.").Resolve(c => GlobalId.Encode(RecordKinds.Placement.TypeName, c.Source.Id));
        Field<NonNullGraphType<PlacementLevelType>>("level").Description("School level, RSU or CSU.").Resolve(c => c.Source.Level);
        Field<UnitType>("group").Description("The teaching group; withheld for a protected identity.").Location()
            .ResolveUnit(s => s.GroupId);
        Field<UnitType>("decidedByUnit").Description("The unit that decided the placement; withheld for a protected identity.").Location()
            .ResolveUnit(s => s.DecidedByUnitId);
        Field(p => p.DecidedBy, nullable: true).Description("Who decided: the principal (for CSU, of the school the group belongs to; CSU places decided before that rule name the pupil-health unit's officer); withheld for a protected identity.").Location();
        Field(p => p.DecidedOn).Description("Day of the decision.");
        Field(p => p.AppealableUntil, nullable: true)
            .Description("For a CSU decision (the principal's): the last day an appeal (överklagande) is in time, three weeks from the decision. Null for CSU places decided before, and for other levels.");
        Field<CsuAssessmentType>("csuAssessment")
            .Description("For a CSU placement: the pupil-health unit's assessment the decision rests on; null where the caller does not read it.")
            .Category(DataCategory.CsuAssessment)
            .Resolve(c => c.Source.CsuAssessmentId is int id
                ? c.RequestServices!.GetRequiredService<Loaders>().CsuAssessmentsById.Load(id).Then(found => found.Count > 0 ? found[0] : null)
                : null);
        Field<UnitType>("enrolledAt").Description("The school the pupil is enrolled at during the placement: the home school for RSU, the host school for CSU; withheld for a protected identity.").Location()
            .ResolveUnit(s => s.EnrolledAtId);
        Field(p => p.StartsOn).Description("First day of the placement.");
        Field(p => p.EndsOn, nullable: true).Description("Last day of the placement, if it has ended.");
        Field(p => p.EndReason, nullable: true).Description("Why the placement ended.");
        Field(p => p.NextReviewOn, nullable: true).Description("The next termly review (RSU placements are reviewed every term).");
        Field<NonNullGraphType<BooleanGraphType>>("reviewOverdue").Description("Whether the termly review date has passed while the placement lasts.")
            .Resolve(c => c.Source.EndsOn is null && c.Source.NextReviewOn < c.RequestServices!.GetRequiredService<PersonalData>().Today);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementReviewType>>>>("reviews")
            .Description("The termly reviews held so far (RSU), oldest first: when, the outcome and who reviewed.")
            .Resolve(c => c.RequestServices!.GetRequiredService<Loaders>().PlacementReviews.Load(c.Source.Id)
                .Then(reviews => reviews.Select(r => new PupilPart<PlacementReview>(c.Source.PupilId, r)).ToList()));
        Field(p => p.Version).Description("Version for optimistic concurrency: pass it back when changing the placement.");
        this.TagAllFields(DataCategory.Placement);
    }
}

/// <summary>One termly review of an RSU placement by the home school's principal (seed 001: the placement is reviewed every term).</summary>
public sealed class PlacementReviewType : ObjectGraphType<PupilPart<PlacementReview>>
{
    public PlacementReviewType()
    {
        Name = "PlacementReview";
        Description = "A termly review of a placement: the home school's principal decides whether it continues.";
        Field<NonNullGraphType<DateOnlyGraphType>>("reviewedOn").Description("Day of the review.").Resolve(c => c.Source.Part.ReviewedOn);
        Field<NonNullGraphType<ReviewOutcomeType>>("outcome").Description("CONTINUE to a next review, or END the placement.").Resolve(c => c.Source.Part.Outcome);
        Field<StringGraphType>("reviewedBy").Description("Who reviewed (the home school's principal); withheld for a protected identity.").Location().Resolve(c => c.Source.Part.ReviewedBy);
        Field<StringGraphType>("notes").Description("What the review noted.").Resolve(c => c.Source.Part.Notes);
        this.TagAllFields(DataCategory.Placement);
    }
}
