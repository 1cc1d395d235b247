using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Changes;
using Hub.Records;
using static Hub.Changes.Write;

namespace Hub.Consents;

/// <summary>
/// The data-protection officer's follow-up of each emergency access: justified or not, with a
/// comment, once, by the day it is due (<c>Hub:Access:EmergencyReviewDays</c> after the opening).
/// </summary>
public static class EmergencyAccessReviews
{
    public const int MaxCommentLength = 2000;

    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<ReviewEmergencyAccessInputType, ReviewEmergencyAccessInput, ReviewEmergencyAccessPayloadType>("reviewEmergencyAccess",
            "Records the data-protection officer's review of an emergency access: whether it was justified, and why. An opening is reviewed once.",
            Who.Of(Agency.Oversight, "the data-protection officer", Role.DataProtectionOfficer), ReviewAsync);

    private static async Task<object> ReviewAsync(Write w, ReviewEmergencyAccessInput input)
    {
        var comment = Text(input.Comment, "comment", MaxCommentLength)!;
        var access = await w.RecordAsync(w.Store.EmergencyAccessesToReview, input.EmergencyAccessId, "EmergencyAccess", "emergencyAccessId");
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
        : base("ReviewEmergencyAccessInput", "The data-protection officer's review of one emergency access.")
    {
        Field<NonNullGraphType<IdGraphType>>("emergencyAccessId").Description("The emergency access reviewed.");
        Field<NonNullGraphType<EmergencyReviewOutcomeType>>("outcome").Description("Whether it was justified.");
        Field(i => i.Comment).Description($"Why, in words (1–{EmergencyAccessReviews.MaxCommentLength} characters).");
    }
}

/// <summary>Answers with the emergency access and its review; the officer's reading it is logged, as in <c>emergencyAccesses</c>.</summary>
public sealed class ReviewEmergencyAccessPayloadType : PayloadType<EmergencyAccessType, EmergencyAccess>
{
    public ReviewEmergencyAccessPayloadType()
        : base("ReviewEmergencyAccessPayload", "emergencyAccess", "an emergency access, with its review", DataCategory.AccessLog, ReadAsync)
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
        Description = "The data-protection officer's review of an emergency access.";
        Field<NonNullGraphType<EmergencyReviewOutcomeType>>("outcome").Description("Whether it was justified.").Resolve(c => c.Source.Outcome);
        Field(r => r.Comment).Description("Why, as the officer wrote it.");
        Field<NonNullGraphType<StringGraphType>>("reviewedBy").Description("The officer who reviewed it.").Resolve(c => c.Source.ReviewedByName);
        Field(r => r.ReviewedAt).Description("When it was reviewed (UTC).");
        this.TagAllFields(DataCategory.AccessLog);
    }
}
