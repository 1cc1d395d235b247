using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Changes;
using Hub.Records;
using static Hub.Changes.Write;

namespace Hub.Consents;

/// <summary>
/// The follow-up of each emergency access: justified or not, with a comment, once, by the day it
/// is due (<c>Hub:Access:EmergencyReviewDays</c> after the opening). The data-protection officer
/// reviews any opening, a unit's manager those of its own unit (<c>EmergencyFollowUp</c>); nobody
/// reviews an opening of their own.
/// </summary>
public static class EmergencyAccessReviews
{
    public const int MaxCommentLength = 2000;

    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<ReviewEmergencyAccessInputType, ReviewEmergencyAccessInput, ReviewEmergencyAccessPayloadType>("reviewEmergencyAccess",
            "Records the review of an emergency access: whether it was justified, and why. An opening is reviewed once, by the data-protection officer "
                + "or the manager of the unit whose staff opened it (another unit's opening is not found), never by the person who opened it.",
            Who.Of(Agency.Oversight, "the data-protection officer", Role.DataProtectionOfficer)
                .Or(Who.Of(Agency.SocialServices, "a social-services unit's manager", Role.UnitManager))
                .Or(Who.Of(Agency.Bup, "a BUP unit's manager", Role.UnitManager)),
            ReviewAsync);

    private static async Task<object> ReviewAsync(Write w, ReviewEmergencyAccessInput input)
    {
        var comment = Text(input.Comment, "comment", MaxCommentLength)!;
        var access = await w.RecordAsync(w.Store.EmergencyAccessesToReview, input.EmergencyAccessId, "EmergencyAccess", "emergencyAccessId");
        if (access.PersonId == w.Caller.PersonId)
        {
            throw Refuse(UserErrorCode.NotPermitted, "emergencyAccessId", "You opened this emergency access: someone else reviews it.");
        }

        if (await w.Store.ReviewOfAsync(access, w.Cancel) is { } earlier)
        {
            throw Refuse(UserErrorCode.Duplicate, "emergencyAccessId",
                $"This emergency access was reviewed on {earlier.ReviewedAt:yyyy-MM-dd} by {earlier.ReviewedByName}: a review is final.");
        }

        w.Store.Add(new EmergencyAccessReview
        {
            EmergencyAccessId = access.Id,
            Outcome = input.Outcome,
            Comment = comment,
            ReviewedById = w.Caller.PersonId,
            ReviewedByName = w.Caller.Name,
            ReviewerRole = w.Caller.Role,
            ReviewedAt = w.Now,
        });
        return access;
    }
}

public sealed class ReviewEmergencyAccessInput : MutationInput
{
    public string EmergencyAccessId { get; set; } = "";
    public EmergencyReviewOutcome Outcome { get; set; }
    public string Comment { get; set; } = "";
}

public sealed class ReviewEmergencyAccessInputType : MutationInputType<ReviewEmergencyAccessInput>
{
    public ReviewEmergencyAccessInputType()
        : base("ReviewEmergencyAccessInput", "The review of one emergency access, by the data-protection officer or the opening unit's manager.")
    {
        Field<NonNullGraphType<IdGraphType>>("emergencyAccessId").Description("The emergency access reviewed.");
        Field<NonNullGraphType<EmergencyReviewOutcomeType>>("outcome").Description("Whether it was justified.");
        Field(i => i.Comment).Description($"Why, in words (1–{EmergencyAccessReviews.MaxCommentLength} characters).");
    }
}

/// <summary>Answers with the emergency access and its review; the reviewer's reading it is logged, as in <c>emergencyAccesses</c>.</summary>
public sealed class ReviewEmergencyAccessPayloadType : PayloadType<EmergencyAccessType, EmergencyAccess>
{
    public ReviewEmergencyAccessPayloadType()
        : base("ReviewEmergencyAccessPayload", "emergencyAccess", "an emergency access, with its review", DataCategory.EmergencyFollowUp, ReadAsync)
    {
    }

    private static async Task<EmergencyAccess?> ReadAsync(IResolveFieldContext c, int id)
    {
        var access = await c.RequestServices!.GetRequiredService<OversightData>().EmergencyAccessAsync(id, c.CancellationToken);
        if (access is not null)
        {
            c.RequestServices!.GetRequiredService<OversightReads>().Read(access.PupilId);
        }

        return access;
    }
}

public sealed class EmergencyAccessReviewType : ObjectGraphType<EmergencyAccessReview>
{
    public EmergencyAccessReviewType()
    {
        Name = "EmergencyAccessReview";
        Description = "The review of an emergency access, by the data-protection officer or the opening unit's manager.";
        Field<NonNullGraphType<EmergencyReviewOutcomeType>>("outcome").Description("Whether it was justified.").Resolve(c => c.Source.Outcome);
        Field(r => r.Comment).Description("Why, as the reviewer wrote it.");
        Field<NonNullGraphType<StringGraphType>>("reviewedBy").Description("Who reviewed it.").Resolve(c => c.Source.ReviewedByName);
        Field<NonNullGraphType<RoleType>>("reviewerRole").Description("As what: DATA_PROTECTION_OFFICER or UNIT_MANAGER.").Resolve(c => c.Source.ReviewerRole);
        Field(r => r.ReviewedAt).Description("When it was reviewed (UTC).");
        this.TagAllFields(DataCategory.EmergencyFollowUp);
    }
}
