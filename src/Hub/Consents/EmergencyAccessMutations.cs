using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Data;
using Hub.Records;
using Microsoft.Extensions.Options;

namespace Hub.Consents;

/// <summary>Opening emergency access: social services and BUP only, for one pupil, with a written reason.</summary>
public static class EmergencyAccessMutations
{
    public const int MinimumReasonLength = 20;
    public const int MaximumReasonLength = 2000;

    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<EmergencyAccessType>>("openEmergencyAccess")
            .Description("Break-glass (nödåtkomst): opens one pupil's data to the caller for a limited time, for acute danger only. "
                + "Social services' and BUP's staff who work with pupils (not a unit's manager); the reason is required; every read it causes is flagged in the access log "
                + "and followed up by the data-protection officer or the unit's manager.")
            .Argument<NonNullGraphType<StringGraphType>>("personalIdentityNumber", "The pupil's personal identity number (the caller may not yet see the pupil).")
            .Argument<NonNullGraphType<StringGraphType>>("reason", $"Why, in {MinimumReasonLength}–{MaximumReasonLength} characters.")
            .Category(DataCategory.Directory)
            .ResolveAsync(async c => await OpenAsync(c));

    private static async Task<EmergencyAccess> OpenAsync(IResolveFieldContext c)
    {
        var services = c.RequestServices!;
        var data = services.GetRequiredService<PersonalData>();
        var caller = data.Caller;
        // A unit's manager follows emergency accesses up; opening one is for the staff who work with the child.
        if (caller.Agency is not (Agency.SocialServices or Agency.Bup) || caller.Role == Role.UnitManager)
        {
            throw new AccessDeniedError(DataCategory.Identity, "a social-services or BUP caller who works with pupils: only they may open emergency access");
        }

        var reason = c.GetArgument<string>("reason").Trim();
        if (reason.Length is < MinimumReasonLength or > MaximumReasonLength)
        {
            throw new InvalidInputError("reason", $"must be {MinimumReasonLength}–{MaximumReasonLength} characters");
        }

        if (!PersonalIdentityNumber.TryNormalize(c.GetArgument<string>("personalIdentityNumber"), out var number, out var problem))
        {
            throw new InvalidInputError("personalIdentityNumber", problem!);
        }

        // Break-glass is not bound by jurisdiction: acute danger may concern a child of any district. The look-up
        // goes through the access layer like every other, logged and flagged as emergency.
        var pupilId = await services.GetRequiredService<IdentityNumbers>().FindByIdentityNumberAsync(number!, NumberReach.Emergency, c.CancellationToken)
            ?? throw new ExecutionError("No pupil in the hub has that personal identity number.") { Code = "NOT_FOUND" };
        var options = services.GetRequiredService<IOptions<AccessOptions>>().Value;
        var clock = services.GetRequiredService<HubClock>();
        var now = clock.UtcNow;
        var access = new EmergencyAccess
        {
            PupilId = pupilId,
            PersonId = caller.PersonId,
            PersonName = caller.Name,
            UnitId = caller.UnitId,
            Reason = reason,
            OpenedAt = now,
            ExpiresAt = now + options.EmergencyAccessDuration,
            Categories = new DataCategorySet(options.EffectiveEmergencyCategories).ToString(),

            // Fixed when opened, on the business date, so that a later change of the setting moves no deadline already set.
            ReviewDueOn = clock.Today.AddDays(options.EmergencyReviewDays),
        };
        await services.GetRequiredService<ChangeStore>().OpenEmergencyAccessAsync(access, c.CancellationToken);
        return access;
    }
}

public sealed class EmergencyAccessType : ObjectGraphType<EmergencyAccess>
{
    public EmergencyAccessType()
    {
        Name = "EmergencyAccess";
        Description = "Emergency access (nödåtkomst) opened by one person for one pupil, for a limited time.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the emergency access.").Resolve(c => GlobalId.Encode("EmergencyAccess", c.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("pupilId").Description("Global id of the pupil it opened.").Resolve(c => GlobalId.Encode(RecordKinds.Pupil.TypeName, c.Source.PupilId));
        Field(e => e.PersonName).Description("Who opened it.");
        Field(e => e.Reason).Description("The reason given.");
        Field(e => e.OpenedAt).Description("When it was opened (UTC).");
        Field(e => e.ExpiresAt).Description("When it lapses (UTC).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Access.DataCategoryType>>>>("categories").Description("The categories it opened.")
            .Resolve(c => DataCategorySet.Parse(c.Source.Categories).ToList());
        Field(e => e.ReviewDueOn).Description("The day by which the data-protection officer or the opening unit's manager reviews it; overdue once the day has passed without a review.");
        Field<EmergencyAccessReviewType>("review").Description("The review; null until it is made.").Resolve(c => c.Source.Review);
        // Read by the caller who opened it, and by those who follow it up: the data-protection officer, the opening unit's manager.
        foreach (var field in Fields)
        {
            field.Metadata[FieldCategories.MetadataKey] = new[] { DataCategory.Identity, DataCategory.EmergencyFollowUp };
        }
    }
}
