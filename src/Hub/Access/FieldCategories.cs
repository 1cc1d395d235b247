using GraphQL.Builders;
using GraphQL.Types;
using Hub.Records;

namespace Hub.Access;

/// <summary>
/// Tags schema fields with the data categories they carry. A field with several categories (a
/// list of mixed records) is readable when any of them is; its resolver narrows per record.
/// </summary>
public static class FieldCategories
{
    public const string MetadataKey = "hub:categories";
    public const string LocationKey = "hub:location";

    public static FieldBuilder<TSource, TReturn> Category<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, params DataCategory[] categories)
    {
        field.FieldType.Metadata[MetadataKey] = categories;
        return field;
    }

    /// <summary>
    /// Marks a field that tells where a pupil is: a unit (school, group, district), a member of staff
    /// whom other answers tie to a unit, or a way to reach the family. Withheld for protected
    /// identities, all through this one mark, so that a name cannot give away what the unit would.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> Location<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        field.FieldType.Metadata[LocationKey] = true;
        return field;
    }

    public static bool IsLocation(IFieldType field) => field.GetMetadata(LocationKey, false);

    public static DataCategory[]? CategoriesOf(IFieldType field) =>
        field.GetMetadata<DataCategory[]?>(MetadataKey);

    /// <summary>Tags every field of a type that has no category yet: for types all of whose fields share one.</summary>
    public static void TagAllFields(this IComplexGraphType type, DataCategory category)
    {
        foreach (var field in type.Fields.Where(f => CategoriesOf(f) is null))
        {
            field.Metadata[MetadataKey] = new[] { category };
        }
    }
}
