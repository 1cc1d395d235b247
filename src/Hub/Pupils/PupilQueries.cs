using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Organisation;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Pupils;

/// <summary>The query fields that find pupils; both go through <see cref="PersonalData.Pupils"/>.</summary>
public static class PupilQueries
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const double ScopeImpact = 1000;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<PupilType>("pupil")
            .Description("A pupil by id. A pupil the caller has no relationship with is answered exactly as one that does not exist: null.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id of the pupil.")
            .Category(DataCategory.Directory)
            .ResolveAsync(async c =>
            {
                var key = GlobalId.DecodeArgument(c.GetArgument<string>("id"), RecordKinds.Pupil.TypeName, "id");
                var data = c.RequestServices!.GetRequiredService<PersonalData>();
                var pupil = await data.Pupils.FirstOrDefaultAsync(p => p.Id == key, c.CancellationToken);
                if (pupil is not null)
                {
                    var decisions = c.RequestServices!.GetRequiredService<AccessDecisions>();
                    await decisions.PrepareAsync([pupil], c.CancellationToken);
                    c.RequestServices!.GetRequiredService<AccessRecorder>().Found(decisions, [pupil.Id]);
                }

                return pupil;
            });

        query.Field<NonNullGraphType<PupilConnectionType>>("pupils")
            .Description("The pupils the caller has a relationship with, in a stable order, a page at a time.")
            .Argument<IntGraphType>("first", $"Page size, 0–{MaxPageSize} (default {DefaultPageSize}).")
            .Argument<StringGraphType>("after", "Continue after this cursor (from edges.cursor or pageInfo.endCursor).")
            .Argument<IdGraphType>("district", "Only pupils registered in this district.")
            .Argument<IdGraphType>("school", "Only pupils whose home school, or current school, is this one.")
            .Argument<IntGraphType>("grade", "Only pupils in this school year, 0–9.")
            .Argument<PlacementLevelType>("placementLevel", "Only pupils with an active placement of this level that the caller may read.")
            .Argument<StringGraphType>("search", "A name (or part of one), or a full personal identity number.")
            .Argument<DeadlineType>("overdue", "Only pupils with this deadline overdue in records the caller may read (e.g. RSU placements whose termly review has passed).")
            .Category(DataCategory.Directory)
            // Every page, filtered or searched, runs over the caller's whole scope (and again for
            // totalCount): it costs the database far more than its few fields say, so it weighs that
            // much in the caller's budget.
            .WithComplexityImpact(ScopeImpact)
            .ResolveAsync(async c => await PageAsync(c));
    }

    private static async Task<PupilPage> PageAsync(IResolveFieldContext c)
    {
        var first = c.GetArgument("first", DefaultPageSize);
        if (first is < 0 or > MaxPageSize)
        {
            throw new InvalidInputError("first", $"must be between 0 and {MaxPageSize}");
        }

        var after = c.GetArgument<string?>("after");
        var afterId = 0;
        if (after is not null && !PupilCursor.TryDecode(after, out afterId))
        {
            throw new InvalidInputError("after", "is not a cursor from this connection");
        }

        var data = c.RequestServices!.GetRequiredService<PersonalData>();
        var filter = new PupilFilter(
            c.GetArgument<string?>("district"), c.GetArgument<string?>("school"), c.GetArgument<int?>("grade"),
            c.GetArgument<PlacementLevel?>("placementLevel"), c.GetArgument<string?>("search"), c.GetArgument<Deadline?>("overdue"));
        var filtered = filter.Apply(data.Pupils, data);
        var rows = first == 0
            ? []
            : await filtered.Where(p => p.Id > afterId).OrderBy(p => p.Id).Take(first + 1).ToListAsync(c.CancellationToken);
        var page = rows.Take(first).ToList();
        await c.RequestServices!.GetRequiredService<AccessDecisions>().PrepareAsync(page, c.CancellationToken);

        // What the criteria and the count tell about the pupils is logged even when no pupil is returned.
        var learned = c.RequestServices!.GetRequiredService<AccessRecorder>().Search("pupils");
        learned.UnionWith(filter.Kinds());
        return new PupilPage(page, rows.Count > first, after is not null, async ct =>
        {
            learned.Add("count");
            return await filtered.CountAsync(ct);
        });
    }
}
