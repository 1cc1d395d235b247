using GraphQL.Types;
using Hub.Access;
using Hub.Records;

namespace Hub.Pupils;

/// <summary>One page of pupils; the total is counted only when asked for.</summary>
public sealed record PupilPage(IReadOnlyList<Pupil> Nodes, bool HasNextPage, bool HasPreviousPage, Func<CancellationToken, Task<int>> CountAsync)
{
    public static string CursorOf(Pupil pupil) => PupilCursor.Encode(pupil.Id);

    /// <summary>
    /// The page's pupils, logged as found: nodes, edges and the page's cursors each tell who is on
    /// it, whatever is asked of them. A page fetched only for its count is not.
    /// </summary>
    public IReadOnlyList<Pupil> Found(global::GraphQL.IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        services.GetRequiredService<AccessRecorder>().Found(services.GetRequiredService<AccessDecisions>(), Nodes.Select(p => p.Id));
        return Nodes;
    }
}

public sealed class PupilConnectionType : ObjectGraphType<PupilPage>
{
    public PupilConnectionType()
    {
        Name = "PupilConnection";
        Description = "A page of the pupils the caller may see.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PupilType>>>>("nodes").Description("The pupils on this page.").Resolve(c => c.Source.Found(c));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PupilEdgeType>>>>("edges").Description("The pupils on this page, each with its cursor.").Resolve(c => c.Source.Found(c));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page lies.").Resolve(c =>
        {
            c.Source.Found(c);
            return c.Source;
        });
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many pupils the caller may see with these filters.")
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken));
        // Paging plumbing carries no personal data itself: the pupils inside it carry theirs.
        this.TagAllFields(DataCategory.Directory);
    }
}

public sealed class PupilEdgeType : ObjectGraphType<Pupil>
{
    public PupilEdgeType()
    {
        Name = "PupilEdge";
        Description = "A pupil and its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to continue after this pupil.").Resolve(c => PupilPage.CursorOf(c.Source));
        Field<NonNullGraphType<PupilType>>("node").Description("The pupil.").Resolve(c => c.Source);
        // Paging plumbing carries no personal data itself: the pupils inside it carry theirs.
        this.TagAllFields(DataCategory.Directory);
    }
}

public sealed class PageInfoType : ObjectGraphType<PupilPage>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Paging information of a connection.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Whether more items follow.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Whether items precede this page.").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("Cursor of the first item.").Resolve(c => c.Source.Nodes.Count > 0 ? PupilPage.CursorOf(c.Source.Nodes[0]) : null);
        Field<StringGraphType>("endCursor").Description("Cursor of the last item.").Resolve(c => c.Source.Nodes.Count > 0 ? PupilPage.CursorOf(c.Source.Nodes[^1]) : null);
        // Paging plumbing carries no personal data itself: the pupils inside it carry theirs.
        this.TagAllFields(DataCategory.Directory);
    }
}
