using GraphQL.Builders;
using Hub.Identity;

namespace Hub.Organisation;

public static class UnitFields
{
    /// <summary>Resolves a unit reference from the directory (read once), not from the database.</summary>
    public static FieldBuilder<TSource, object> ResolveUnit<TSource>(this FieldBuilder<TSource, object> field, Func<TSource, int?> unitId) =>
        field.ResolveAsync(async c => unitId(c.Source) is int id
            ? await c.RequestServices!.GetRequiredService<UnitDirectory>().UnitAsync(id, c.CancellationToken)
            : null);
}
