using GraphQL.Types;
using Hub.Changes;
using Hub.Records;

namespace Hub.Placements;

public sealed class PlaceInGroupInput : MutationInput
{
    public string? PupilId { get; set; }
    public string GroupId { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly? DecidedOn { get; set; }
}

public sealed class PlaceInSchoolGroupInputType : MutationInputType<PlaceInGroupInput>
{
    public PlaceInSchoolGroupInputType()
        : base("PlaceInSchoolGroupInput", "A principal's decision to place a pupil of the school in one of its own school-level groups.")
    {
        Field<NonNullGraphType<IdGraphType>>("pupilId").Description("The pupil, enrolled at the caller's school.");
        Field<NonNullGraphType<IdGraphType>>("groupId").Description("A school-level teaching group hosted by the caller's school.");
        Field(i => i.StartsOn).Description("First day in the group; not before the decision.");
        Field(i => i.DecidedOn, nullable: true).Description("Day of the decision (default today); not in the future.");
    }
}

public sealed class PlaceInRsuInputType : MutationInputType<PlaceInGroupInput>
{
    public PlaceInRsuInputType()
        : base("PlaceInRsuInput", "A decision of the home school's principal to place a pupil in the RSU of the district where the pupil is registered; the pupil stays enrolled at the home school.")
    {
        Field<NonNullGraphType<IdGraphType>>("pupilId").Description("The pupil, enrolled at the caller's school.");
        Field<NonNullGraphType<IdGraphType>>("groupId").Description("An RSU group of the district where the pupil is registered (folkbokförd).");
        Field(i => i.StartsOn).Description("First day in the group; not before the decision. The first termly review is set from it.");
        Field(i => i.DecidedOn, nullable: true).Description("Day of the decision (default today); not in the future.");
    }
}

public sealed class ReviewPlacementInput : MutationInput
{
    public string PlacementId { get; set; } = "";
    public int Version { get; set; }
    public DateOnly ReviewedOn { get; set; }
    public ReviewOutcome Outcome { get; set; }
    public DateOnly? NextReviewOn { get; set; }
    public string? Notes { get; set; }
}

public sealed class ReviewOutcomeType : EnumerationGraphType<ReviewOutcome>
{
    public ReviewOutcomeType()
    {
        Name = "ReviewOutcome";
        Description = "What a termly review of an RSU placement decided.";
    }
}

public sealed class ReviewPlacementInputType : MutationInputType<ReviewPlacementInput>
{
    public ReviewPlacementInputType()
        : base("ReviewPlacementInput", "The termly review (uppföljning) of an RSU placement.")
    {
        Field<NonNullGraphType<IdGraphType>>("placementId").Description("The RSU placement.");
        Field(i => i.Version).Description("The placement's version as last read.");
        Field(i => i.ReviewedOn).Description("Day of the review; not in the future.");
        Field<NonNullGraphType<ReviewOutcomeType>>("outcome").Description("CONTINUE to a next review, or END the placement.");
        Field(i => i.NextReviewOn, nullable: true).Description("For CONTINUE: the next review, at the latest on the next term's review day (default: the first review day at least three weeks ahead).");
        Field(i => i.Notes, nullable: true).Description($"What the review found (at most {PlacementFollowUpMutations.MaxTextLength} characters).");
    }
}

public sealed class EndPlacementInput : MutationInput
{
    public string PlacementId { get; set; } = "";
    public int Version { get; set; }
    public DateOnly EndsOn { get; set; }
    public string Reason { get; set; } = "";
    public string? ReturnToSchoolId { get; set; }
}

public sealed class EndPlacementInputType : MutationInputType<EndPlacementInput>
{
    public EndPlacementInputType()
        : base("EndPlacementInput", "Ending a placement, with the reason.")
    {
        Field<NonNullGraphType<IdGraphType>>("placementId").Description("The placement.");
        Field(i => i.Version).Description("The placement's version as last read.");
        Field(i => i.EndsOn).Description("The day the pupil leaves the group; not before it started.");
        Field(i => i.Reason).Description($"Why it ends (at most {PlacementFollowUpMutations.MaxTextLength} characters).");
        Field<IdGraphType>("returnToSchoolId")
            .Description("For a CSU placement: the school the pupil is enrolled at again (default: the school the pupil came from).");
    }
}

public sealed class PlacementPayloadType : PayloadType<PlacementType, Placement>
{
    public PlacementPayloadType()
        : base("PlacementPayload", "placement", "a placement", RecordKinds.Placement)
    {
    }
}
