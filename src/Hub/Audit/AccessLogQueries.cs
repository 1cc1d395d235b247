using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Data;
using Hub.Identity;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Audit;

/// <summary>
/// The data-protection officer's view of the access log. The fields are tagged
/// <see cref="DataCategory.AccessLog"/>, which only that role reads, so the field guard turns
/// every other caller away; the resolvers demand the category again before touching the table.
/// Each read is logged in turn (<see cref="OversightReads"/>).
/// </summary>
public static class AccessLogQueries
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<AccessLogConnectionType>>("accessLog")
            .Description("The access log, newest first: every read of a pupil's personal data. For the data-protection officer; this read is logged too.")
            .Argument<IdGraphType>("pupil", "Only reads of this pupil.")
            .Argument<StringGraphType>("person", "Only reads by this person (the id in their token, e.g. p-1001).")
            .Argument<StringGraphType>("unit", "Only reads by this unit (its code, e.g. school:klubbacksskolan).")
            .Argument<DateTimeGraphType>("from", "Only reads at or after this time (UTC unless an offset is given).")
            .Argument<DateTimeGraphType>("to", "Only reads at or before this time (UTC unless an offset is given).")
            .Argument<BooleanGraphType>("emergencyOnly", "Only reads made by emergency access (default false).")
            .Argument<IntGraphType>("first", $"Page size, 0–{MaxPageSize} (default {DefaultPageSize}).")
            .Argument<StringGraphType>("after", "Continue after this cursor (pageInfo.endCursor), with older rows.")
            .Category(DataCategory.AccessLog)
            .ResolveAsync(async c => await PageAsync(c));

        query.Field<NonNullGraphType<GuardianReportType>>("guardianReport")
            .Description("Who has read a pupil's data, by day, agency and unit, without naming staff: the answer to a guardian's request. For the data-protection officer; this read is logged too.")
            .Argument<IdGraphType>("pupil", "Global id of the pupil; or give the personal identity number instead.")
            .Argument<StringGraphType>("personalIdentityNumber", "The pupil's personal identity number, as the guardian gives it; or give the pupil's id instead.")
            .Category(DataCategory.AccessLog)
            .ResolveAsync(async c =>
            {
                var db = Log(c);
                var pupilId = await PupilOfAsync(c);

                // The look-up itself is logged either way; for a pupil the hub does not have, without a pupil.
                c.RequestServices!.GetRequiredService<OversightReads>().Read(pupilId);
                if (pupilId is not int known)
                {
                    return GuardianReport.NoSuchPupil;
                }

                var oversight = c.RequestServices!.GetRequiredService<OversightData>();
                var protectedNow = await oversight.HasProtectedIdentityAsync(known, c.CancellationToken);
                var emergencies = await oversight.EmergencyAccessesOfPupilAsync(known, c.CancellationToken);
                return await GuardianReport.BuildAsync(
                    db, c.RequestServices!.GetRequiredService<UnitDirectory>(), known, protectedNow, emergencies, c.CancellationToken);
            });
    }

    private static async Task<AccessLogPage> PageAsync(IResolveFieldContext c)
    {
        var first = c.GetArgument("first", DefaultPageSize);
        if (first is < 0 or > MaxPageSize)
        {
            throw new InvalidInputError("first", $"must be between 0 and {MaxPageSize}");
        }

        var after = c.GetArgument<string?>("after");
        var afterId = long.MaxValue;
        if (after is not null && !LogIds.TryDecode(after, LogIds.Cursor, out afterId))
        {
            throw new InvalidInputError("after", "is not a cursor from this connection");
        }

        var filter = AccessLogFilter.Parse(c);
        var filtered = filter.Apply(Log(c).AccessLog.AsNoTracking());
        var rows = first == 0
            ? []
            : await filtered.Where(e => e.Id < afterId).OrderByDescending(e => e.Id).Take(first + 1).ToListAsync(c.CancellationToken);
        c.RequestServices!.GetRequiredService<OversightReads>().Read(filter.PupilId);
        return new AccessLogPage(rows.Take(first).ToList(), rows.Count > first, after is not null, filtered.CountAsync);
    }

    /// <summary>
    /// The store, for the officer's oversight reads (the access log, the record of changes): they are
    /// not pupil data behind a relationship, so they are not in PersonalData; the role check is.
    /// </summary>
    internal static HubDbContext Log(IResolveFieldContext c)
    {
        OversightData.RequireOfficer(c.RequestServices!.GetRequiredService<PersonalData>().Caller);
        return c.RequestServices!.GetRequiredService<HubDbContext>();
    }

    /// <summary>
    /// The pupil a report is for, by id or by personal identity number: exactly one of them. Null
    /// when no pupil has the number, so that nothing is reported or logged about a pupil that does
    /// not exist (an id is the log's own name for a pupil, and is reported as given).
    /// </summary>
    private static async Task<int?> PupilOfAsync(IResolveFieldContext c)
    {
        var id = c.GetArgument<string?>("pupil");
        var number = c.GetArgument<string?>("personalIdentityNumber");
        if ((id is null) == (number is null))
        {
            throw new InvalidInputError("pupil", "or personalIdentityNumber must be given, and not both");
        }

        if (id is not null)
        {
            return GlobalId.DecodeArgument(id, RecordKinds.Pupil.TypeName, "pupil");
        }

        if (!PersonalIdentityNumber.TryNormalize(number, out var normalized, out var problem))
        {
            throw new InvalidInputError("personalIdentityNumber", problem!);
        }

        return await c.RequestServices!.GetRequiredService<OversightData>().PupilAsync(normalized!, c.CancellationToken);
    }
}
