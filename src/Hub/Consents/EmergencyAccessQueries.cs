using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Data;
using Hub.Records;

namespace Hub.Consents;

/// <summary>The data-protection officer's list of emergency accesses to follow up.</summary>
public static class EmergencyAccessQueries
{
    public const int MaxRows = 500;

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EmergencyAccessType>>>>("emergencyAccesses")
            .Description($"Emergency accesses opened in a period, newest first (at most {MaxRows}), for the data-protection officer to follow up.")
            .Argument<DateTimeGraphType>("from", "Opened at or after this instant.")
            .Argument<DateTimeGraphType>("to", "Opened before this instant.")
            .Argument<BooleanGraphType>("overdue", "True: only those whose review is overdue (its day has passed and no review was made). False or left out: all.")
            .Category(DataCategory.AccessLog)
            .ResolveAsync(async c =>
            {
                var from = c.GetArgument<DateTime?>("from")?.ToUniversalTime();
                var to = c.GetArgument<DateTime?>("to")?.ToUniversalTime();
                if (from > to)
                {
                    throw new InvalidInputError("from", "must not be after 'to'");
                }

                DateOnly? overdueOn = c.GetArgument<bool?>("overdue") == true ? c.RequestServices!.GetRequiredService<HubClock>().Today : null;
                var rows = await c.RequestServices!.GetRequiredService<OversightData>().EmergencyAccessesAsync(from, to, overdueOn, MaxRows, c.CancellationToken);

                // Each pupil whose emergency access the officer reads about is a read of its own.
                var oversight = c.RequestServices!.GetRequiredService<OversightReads>();
                foreach (var pupilId in rows.Select(e => e.PupilId).Distinct())
                {
                    oversight.Read(pupilId);
                }

                return rows;
            });
}
