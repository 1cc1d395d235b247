using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Identity;
using Hub.Records;

namespace Hub.Organisation;

public sealed class UnitType : ObjectGraphType<Unit>
{
    public UnitType()
    {
        Name = "Unit";
        Description = "An organisational unit that acts: a school, a special teaching group, a social-services unit, a BUP clinic, a police area, the pupil-health unit.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the unit.").Resolve(c => GlobalId.Encode("Unit", c.Source.Id));
        Field(u => u.Code).Description("Stable code of the unit, as identity providers put it in the unit claim.");
        Field(u => u.Name).Description("The unit's name.");
        Field<NonNullGraphType<UnitKindType>>("kind").Description("What the unit is.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<AgencyType>>("agency").Description("The agency the unit belongs to.").Resolve(c => c.Source.Agency);
        Field<SchoolOwnershipType>("ownership").Description("For a school: municipal or independent.").Resolve(c => c.Source.Ownership);
        Field<PlacementLevelType>("groupLevel").Description("For a special teaching group: its level.").Resolve(c => c.Source.GroupLevel);
        Field<DistrictType>("district").Description("The district the unit belongs to, if any.")
            .ResolveAsync(async c => c.Source.DistrictId is int id
                ? await c.RequestServices!.GetRequiredService<UnitDirectory>().DistrictAsync(id, c.CancellationToken)
                : null);
        Field<UnitType>("hostSchool").Description("For a special teaching group: the school that hosts it.")
            .ResolveUnit(u => u.HostSchoolId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("schoolsServed")
            .Description("For a district's preventive unit: the schools its school social team works at, by name (setSchoolsServed); empty for any other unit.")
            .ResolveAsync(async c =>
            {
                var units = await c.RequestServices!.GetRequiredService<UnitDirectory>().UnitsAsync(c.CancellationToken);
                return c.RequestServices!.GetRequiredService<DirectoryLoaders>().SchoolsServed.Load(c.Source.Id)
                    .Then(ids => units.Where(u => ids.Contains(u.Id)).OrderBy(u => u.Name, StringComparer.Ordinal).ToList());
            });
        Field<RsuGroupType>("rsuGroup").Description("For an RSU group: its orientation, grades and places, as the district's principals set them; null until set, and for other units.")
            .Resolve(c => c.Source.GroupLevel == PlacementLevel.Rsu
                ? c.RequestServices!.GetRequiredService<DirectoryLoaders>().RsuGroups.Load(c.Source.Id).Then(list => list.Count > 0 ? list[0] : null)
                : null);
        this.TagAllFields(DataCategory.Directory);
    }
}
