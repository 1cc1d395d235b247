using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Identity;
using Hub.Organisation;
using Hub.Records;

namespace Hub.Audit;

/// <summary>One page of the access log, newest first; the total is counted only when asked for.</summary>
public sealed record AccessLogPage(IReadOnlyList<AccessLogEntry> Nodes, bool HasNextPage, bool HasPreviousPage, Func<CancellationToken, Task<int>> CountAsync);

public sealed class AccessLogEntryType : ObjectGraphType<AccessLogEntry>
{
    public AccessLogEntryType()
    {
        Name = "AccessLogEntry";
        Description = "One request's read of one pupil's personal data (or of the access log itself): who, when, what and on which basis.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the row.").Resolve(c => LogIds.Encode(LogIds.Entry, c.Source.Id));
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When the request was answered (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.At, DateTimeKind.Utc));
        Field(e => e.PersonId).Description("Who read: the person's id at the identity provider (the token's subject).");
        Field<NonNullGraphType<AgencyType>>("agency").Description("The reader's agency.").Resolve(c => Enum.Parse<Agency>(c.Source.Agency));
        Field(e => e.UnitCode).Description("The code of the unit the reader acted for.");
        Field<UnitType>("unit").Description("The unit the reader acted for; null if it has left the directory.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<UnitDirectory>().FindAsync(c.Source.UnitCode, c.CancellationToken));
        Field<NonNullGraphType<RoleType>>("role").Description("The reader's role.").Resolve(c => Enum.Parse<Role>(c.Source.Role));
        Field(e => e.Operation).Description("The name of the GraphQL operation that read.");
        Field<IdGraphType>("pupilId").Description("Global id of the pupil read; null for a read of the log not narrowed to one pupil.")
            .Resolve(c => c.Source.PupilId is int id ? GlobalId.Encode(RecordKinds.Pupil.TypeName, id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataCategoryType>>>>("categories").Description("The data categories read.")
            .Resolve(c => CategoriesOf(c.Source.Categories));
        Field(e => e.Basis).Description("On which basis each category was read, e.g. `Placement: own records`.");
        Field(e => e.Emergency).Description("Whether the read was made by emergency access (break-glass), to be followed up.");
        Field(e => e.ProtectedIdentity).Description("Whether the pupil has a protected identity (skyddade personuppgifter).");
        Field<SharingPurposeType>("purpose").Description("The purpose the request declared (or its role's default); null for rows from before purposes were declared.")
            .Resolve(c => c.Source.Purpose is { } name ? Enum.GetValues<SharingPurpose>().Single(p => DeclaredPurposes.NameOf(p) == name) : null);
        this.TagAllFields(DataCategory.AccessLog);
    }

    public static List<DataCategory> CategoriesOf(string stored) =>
        DataCategorySet.Parse(stored).ToList();
}

public sealed class AccessLogConnectionType : ObjectGraphType<AccessLogPage>
{
    public AccessLogConnectionType()
    {
        Name = "AccessLogConnection";
        Description = "A page of the access log, newest first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccessLogEntryType>>>>("nodes").Description("The rows on this page.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<AccessLogPageInfoType>>("pageInfo").Description("Where this page lies.").Resolve(c => c.Source);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many rows match the filters.")
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken));
        this.TagAllFields(DataCategory.AccessLog);
    }
}

public sealed class AccessLogPageInfoType : ObjectGraphType<AccessLogPage>
{
    public AccessLogPageInfoType()
    {
        Name = "AccessLogPageInfo";
        Description = "Paging information of the access log.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Whether older rows follow.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Whether newer rows precede this page.").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("endCursor").Description("Pass as `after` to continue with older rows.")
            .Resolve(c => c.Source.Nodes.Count > 0 ? LogIds.Encode(LogIds.Cursor, c.Source.Nodes[^1].Id) : null);
        this.TagAllFields(DataCategory.AccessLog);
    }
}
