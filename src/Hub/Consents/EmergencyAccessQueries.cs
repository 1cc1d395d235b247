using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Data;
using Hub.Organisation;
using Hub.Records;

namespace Hub.Consents;

/// <summary>The lists of emergency accesses to follow up: the officer's, a unit's manager's, and the notices to the authorities whose records were read.</summary>
public static class EmergencyAccessQueries
{
    public const int MaxRows = 500;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EmergencyAccessNoticeType>>>>("emergencyAccessNotices")
            .Description($"What the authority whose records were read is told: emergency accesses another authority opened to pupils the caller's unit "
                + $"has a relationship with, during which records of the caller's agency were read; newest first, at most {MaxRows}.")
            .Category(DataCategory.Identity)
            .ResolveAsync(async c =>
            {
                var notices = await c.RequestServices!.GetRequiredService<PersonalData>().EmergencyNoticesAsync(MaxRows, c.CancellationToken);
                await c.RequestServices!.GetRequiredService<AccessDecisions>().PrepareAsync(notices.Select(n => n.Access.Pupil).ToList(), c.CancellationToken);
                return notices;
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EmergencyAccessType>>>>("emergencyAccesses")
            .Description($"Emergency accesses opened in a period, newest first (at most {MaxRows}), to follow up: every one for the data-protection officer, "
                + "those its own unit's staff opened for a unit's manager.")
            .Argument<DateTimeGraphType>("from", "Opened at or after this instant.")
            .Argument<DateTimeGraphType>("to", "Opened before this instant.")
            .Argument<BooleanGraphType>("overdue", "True: only those whose review is overdue (its day has passed and no review was made). False or left out: all.")
            .Category(DataCategory.EmergencyFollowUp)
            .ResolveAsync(async c =>
            {
                var (from, to) = PeriodArguments.Read(c);

                DateOnly? overdueOn = c.GetArgument<bool?>("overdue") == true ? c.RequestServices!.GetRequiredService<HubClock>().Today : null;
                var rows = await c.RequestServices!.GetRequiredService<OversightData>().EmergencyAccessesAsync(from, to, overdueOn, MaxRows, c.CancellationToken);

                // Each pupil whose emergency access the officer or the manager reads about is a read of its own.
                var oversight = c.RequestServices!.GetRequiredService<OversightReads>();
                foreach (var pupilId in rows.Select(e => e.PupilId).Distinct())
                {
                    oversight.Read(pupilId);
                }

                return rows;
            });
    }
}

public sealed class EmergencyAccessNoticeType : ObjectGraphType<EmergencyNotice>
{
    public EmergencyAccessNoticeType()
    {
        Name = "EmergencyAccessNotice";
        Description = "An emergency access under which records of the caller's agency were read: told to the authority that keeps them, without who opened it or why.";
        Field<NonNullGraphType<GraphQLTypeReference>>("pupil").Description("The pupil whose records were read.").Resolve(c => c.Source.Access.Pupil)
            .Type(new NonNullGraphType(new GraphQLTypeReference(RecordKinds.Pupil.TypeName)));
        Field<NonNullGraphType<DateTimeGraphType>>("openedAt").Description("When it was opened (UTC).").Resolve(c => c.Source.Access.OpenedAt);
        Field<NonNullGraphType<AgencyType>>("agency").Description("The agency whose staff opened it.").Resolve(c => c.Source.Access.Unit.Agency);
        Field<StringGraphType>("unit").Description("The unit's name; withheld for a protected identity.").Location().Resolve(c => c.Source.Access.Unit.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataCategoryType>>>>("categoriesRead")
            .Description("The categories of the caller's agency read under it.").Resolve(c => c.Source.CategoriesRead);
        Field<NonNullGraphType<DateOnlyGraphType>>("reviewDueOn").Description("The day by which it is to be reviewed.").Resolve(c => c.Source.Access.ReviewDueOn);
        Field<EmergencyReviewOutcomeType>("outcome").Description("The review's outcome; null until it is reviewed.").Resolve(c => c.Source.Access.Review?.Outcome);
        this.TagAllFields(DataCategory.Identity);
    }
}
