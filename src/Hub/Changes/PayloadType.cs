using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Changes;

/// <summary>
/// A mutation's payload type: the changed record under its own field name, read through an
/// access-layer set and checked as its data category, plus <c>errors</c> and <c>replayed</c>.
/// </summary>
public abstract class PayloadType<TGraph, TEntity> : ObjectGraphType<Payload>
    where TGraph : IGraphType
    where TEntity : class
{
    /// <summary>A payload of one record kind, read back through the kind's access-layer set and checked as its category.</summary>
    protected PayloadType(string name, string field, string what, RecordKindInfo kind)
        : this(name, field, what, kind.Category ?? throw new ArgumentException($"{kind.TypeName} records have a category each; name the payload's.", nameof(kind)),
            data => RecordSets.Visible<TEntity>(data, kind))
    {
    }

    /// <summary>A payload read through a narrower set than its kind's (an intervention of some kinds, a reporter's receipt).</summary>
    protected PayloadType(string name, string field, string what, DataCategory category, Func<PersonalData, IQueryable<TEntity>> visible)
        : this(name, field, what, category, async (c, key) =>
        {
            var data = c.RequestServices!.GetRequiredService<PersonalData>();
            return await visible(data).AsNoTracking().Where(e => EF.Property<int>(e, "Id") == key).FirstOrDefaultAsync(c.CancellationToken);
        })
    {
    }

    /// <summary>A payload whose record is read back some other way through the access layer (the officer's reads), given the caller's context and the record's id.</summary>
    protected PayloadType(string name, string field, string what, DataCategory category, Func<IResolveFieldContext, int, Task<TEntity?>> read)
    {
        Name = name;
        Description = $"The result of a mutation that changes {what}.";
        Field<TGraph>(field)
            .Description($"The changed record ({what}), read back with the caller's access; null when the mutation was refused, or when the caller may not read the result.")
            .Category(category)
            .ResolveAsync(async c =>
            {
                if (c.Source.Errors.Count > 0 || c.Source.EntityId == 0 || !c.Source.Readable)
                {
                    return null;
                }

                return await read(c, c.Source.EntityId);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why the mutation was refused; empty when it succeeded. A refused mutation changes nothing.")
            .Category(DataCategory.Directory)
            .Resolve(c => c.Source.Errors);
        Field<NonNullGraphType<BooleanGraphType>>("replayed")
            .Description("True when this answers a retry with an idempotency key already used for the same input: nothing changed again.")
            .Category(DataCategory.Directory)
            .Resolve(c => c.Source.Replayed);
    }
}

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "A domain refusal of a mutation: what kind, which input field, and why, in words for the user.";
        Field<NonNullGraphType<UserErrorCodeType>>("code").Description("What kind of refusal.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("field")
            .Description("Path to the input field at fault, e.g. [\"input\", \"endsOn\"].").Resolve(c => c.Source.Field);
        Field(e => e.Message).Description("Why, in English.");
        this.TagAllFields(DataCategory.Directory);
        this.OpenToFamily();
    }
}

public sealed class UserErrorCodeType : EnumerationGraphType<UserErrorCode>
{
    public UserErrorCodeType()
    {
        Name = "UserErrorCode";
        Description = "Kinds of domain refusal.";
    }
}
