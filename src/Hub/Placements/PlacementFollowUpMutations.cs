using GraphQL.Types;
using Hub.Changes;
using Hub.Records;
using static Hub.Changes.Write;

namespace Hub.Placements;

/// <summary>Following a placement up: the termly review of an RSU place, and ending a placement.</summary>
public static class PlacementFollowUpMutations
{
    public const int MaxTextLength = 1000;

    private static readonly Who Principal = PlaceInGroupMutations.Principal;

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ReviewPlacementInputType, ReviewPlacementInput, PlacementPayloadType>("reviewPlacement",
            "Records the termly review of an RSU placement: it continues to a next review, or it ends.", Principal, ReviewAsync);
        mutation.Mutation<EndPlacementInputType, EndPlacementInput, PlacementPayloadType>("endPlacement",
            "Ends a placement with a reason, by the principal who decides such a placement: the home school's for school-level and RSU, "
            + "the principal of the school a CSU group belongs to for CSU (also for CSU places the pupil-health unit decided before). "
            + "A CSU pupil's enrolment returns to the school the pupil came from.", Principal, EndAsync);
    }

    private static async Task<object> ReviewAsync(Write w, ReviewPlacementInput input)
    {
        var placement = await ActiveAsync(w, input.PlacementId, input.Version);
        if (placement.Level != PlacementLevel.Rsu)
        {
            throw Refuse(UserErrorCode.WrongState, "placementId", "Only RSU placements have termly reviews.");
        }

        await HomePrincipalAsync(w, placement);
        w.NotFuture(input.ReviewedOn, "reviewedOn");
        Order(placement.StartsOn, input.ReviewedOn, "reviewedOn", "the placement's start");
        var notes = Text(input.Notes, "notes", MaxTextLength, required: false);
        if (input.Outcome == ReviewOutcome.Continue)
        {
            var next = input.NextReviewOn ?? Term.NextReviewDay(input.ReviewedOn);
            var latest = Term.Of(input.ReviewedOn).Next.ReviewDay;
            if (next <= input.ReviewedOn || next > latest)
            {
                throw Refuse(UserErrorCode.Invalid, "nextReviewOn",
                    $"An RSU placement is reviewed every term: the next review must fall after this one and by {latest:yyyy-MM-dd}, the next term's review day.");
            }

            placement.NextReviewOn = next;
        }
        else
        {
            placement.EndsOn = input.ReviewedOn;
            placement.EndReason = notes is null ? "Ended at the termly review." : $"Ended at the termly review: {notes}";
            placement.NextReviewOn = null;
        }

        placement.Reviews.Add(new PlacementReview { ReviewedOn = input.ReviewedOn, Outcome = input.Outcome, ReviewedBy = w.Caller.Name, Notes = notes });
        return placement;
    }

    private static async Task<object> EndAsync(Write w, EndPlacementInput input)
    {
        var placement = await ActiveAsync(w, input.PlacementId, input.Version);
        if (placement.Level == PlacementLevel.Csu)
        {
            if ((await w.UnitAsync(placement.GroupId)).HostSchoolId != w.Caller.UnitId)
            {
                throw Refuse(UserErrorCode.NotPermitted, "placementId", "Only the principal of the school the CSU group belongs to ends a CSU placement.");
            }
        }
        else
        {
            await HomePrincipalAsync(w, placement);
        }

        placement.EndReason = Text(input.Reason, "reason", MaxTextLength);
        Order(placement.StartsOn, input.EndsOn, "endsOn", "the placement's start");
        placement.EndsOn = input.EndsOn;
        placement.NextReviewOn = null;
        if (placement.Level == PlacementLevel.Csu)
        {
            var back = input.ReturnToSchoolId is null ? placement.ReturnSchoolId : (await w.UnitAsync(input.ReturnToSchoolId, "returnToSchoolId", UnitKind.School)).Id;
            var pupil = await w.Store.PupilAsync(placement.PupilId, w.Cancel);
            await Enrolments.MoveAsync(w, pupil, back ?? throw Refuse(UserErrorCode.Invalid, "returnToSchoolId",
                "The placement does not record where the pupil came from: name the school the pupil returns to."), input.EndsOn);
        }

        return placement;
    }

    /// <summary>An active placement the caller may read, at the version the caller read.</summary>
    private static async Task<Placement> ActiveAsync(Write w, string id, int version)
    {
        var placement = await w.RecordAsync(w.Data.Placements, id, RecordKinds.Placement.TypeName, "placementId");
        w.Expect(placement, version);
        if (placement.EndsOn is not null && placement.EndsOn <= w.Today)
        {
            throw Refuse(UserErrorCode.WrongState, "placementId", $"The placement already ended on {placement.EndsOn:yyyy-MM-dd}.");
        }

        return placement;
    }

    private static async Task HomePrincipalAsync(Write w, Placement placement)
    {
        var home = (await w.Store.PupilAsync(placement.PupilId, w.Cancel)).HomeSchoolId;
        if (home != w.Caller.UnitId)
        {
            throw Refuse(UserErrorCode.NotPermitted, "placementId", "Only the principal of the pupil's home school follows up this placement.");
        }
    }
}
