using GraphQL.Types;
using Hub.Access;
using Hub.Identity;
using Hub.Records;

namespace Hub.Organisation;

/// <summary>An RSU group's orientation, grades and places, as the district's principals set them: directory data.</summary>
public sealed class RsuGroupType : ObjectGraphType<RsuGroup>
{
    public RsuGroupType()
    {
        Name = RecordKinds.RsuGroup.TypeName;
        Description = "What the district's principals decided about an RSU group (regional särskild undervisningsgrupp): its orientation (inriktning), "
            + "the grades it takes and its places (omfattning).";
        Field<NonNullGraphType<UnitType>>("group").Description("The RSU group.").ResolveUnit(g => g.GroupId);
        Field(g => g.Orientation).Description("The group's orientation (inriktning), e.g. neuropsychiatric or social-emotional difficulties.");
        Field(g => g.LowestGrade).Description("The lowest grade it takes (0 is förskoleklass).");
        Field(g => g.HighestGrade).Description("The highest grade it takes.");
        Field(g => g.Capacity).Description("Its places: a new placement needs one free.");
        Field<IntGraphType>("freePlaces")
            .Description("Places not held by a placement today. A count of the pupils placed is told only to those who decide the group, the principals of "
                + "the district's municipal schools (setRsuGroup refuses them fewer places than are taken), and to the group and its host school, "
                + "which see every pupil placed in it; null for everyone else.")
            .ResolveAsync(async c =>
            {
                var services = c.RequestServices!;
                if (!await TellsPlacesAsync(services.GetRequiredService<PersonalData>().Caller, c.Source, services.GetRequiredService<UnitDirectory>(), c.CancellationToken))
                {
                    return null;
                }

                var taken = await services.GetRequiredService<DirectoryLoaders>().PlacesTaken.Load(c.Source.GroupId).GetResultAsync(c.CancellationToken);
                return Math.Max(0, c.Source.Capacity - (taken.Count > 0 ? taken[0] : 0));
            });
        Field(g => g.SetBy).Description("The principal who last set them.");
        Field(g => g.SetOn).Description("Day they were last set.");
        Field(g => g.Version).Description("Version for optimistic concurrency: pass it back to setRsuGroup.");
        this.TagAllFields(DataCategory.Directory);
    }

    private static async Task<bool> TellsPlacesAsync(Caller caller, RsuGroup settings, UnitDirectory directory, CancellationToken ct)
    {
        var group = await directory.UnitAsync(settings.GroupId, ct);
        if (caller.Agency != Agency.School || group is null)
        {
            return false;
        }

        if (caller.UnitId == group.Id || caller.UnitId == group.HostSchoolId)
        {
            return true;
        }

        var unit = await directory.UnitAsync(caller.UnitId, ct);
        return caller.Role == Role.Principal && unit is { Kind: UnitKind.School, Ownership: SchoolOwnership.Municipal } && unit.DistrictId == group.DistrictId;
    }
}
