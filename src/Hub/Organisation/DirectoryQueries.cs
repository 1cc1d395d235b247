using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Identity;
using Hub.Records;

namespace Hub.Organisation;

/// <summary>The directory: districts, units and contact persons. Not personal data about pupils.</summary>
public static class DirectoryQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DistrictType>>>>("districts")
            .Description("Stockholm's 13 districts, by name.")
            .Category(DataCategory.Directory)
            .ResolveAsync(async c => await Directory(c).DistrictsAsync(c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("units")
            .Description("Units in the directory, by name, optionally of one kind or district.")
            .Argument<UnitKindType>("kind", "Only units of this kind.")
            .Argument<IdGraphType>("district", "Only units in this district.")
            .Category(DataCategory.Directory)
            .ResolveAsync(async c =>
            {
                var kind = c.GetArgument<UnitKind?>("kind");
                var district = c.GetArgument<string?>("district");
                var districtId = district is null ? 0 : GlobalId.DecodeArgument(district, "District", "district");

                var units = await Directory(c).UnitsAsync(c.CancellationToken);
                return units.Where(u => (kind is null || u.Kind == kind) && (district is null || u.DistrictId == districtId)).ToList();
            });
    }

    private static UnitDirectory Directory(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<UnitDirectory>();
}
