using GraphQL.Types;
using Hub.Changes;
using Hub.Organisation;
using Hub.Records;
using static Hub.Changes.Write;

namespace Hub.Placements;

/// <summary>
/// The district's principals decide each RSU group's orientation, grades and places (seed 001:
/// "rektorerna i stadsdelen beslutar om elevgruppens inriktning, ålder och omfattning"): a
/// principal of a municipal school in the group's district sets them, under the settings' version;
/// every change is in the record of changes, filed under the district.
/// </summary>
public static class RsuGroupMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<SetRsuGroupInputType, SetRsuGroupInput, RsuGroupPayloadType>("setRsuGroup",
            "Sets or changes an RSU group's orientation, the grades it takes and its places: new placements are held to them; "
            + "the places are never fewer than the placements that hold one.",
            PlaceInGroupMutations.Principal, SetAsync);

    private static async Task<object> SetAsync(Write w, SetRsuGroupInput input)
    {
        var orientation = Text(input.Orientation, "orientation", PlacementRules.MaxOrientation)!;
        if (PlacementRules.GradesProblem(input.LowestGrade, input.HighestGrade) is string grades)
        {
            var field = input.LowestGrade < PlacementRules.LowestGrade || input.LowestGrade > PlacementRules.HighestGrade ? "lowestGrade" : "highestGrade";
            throw Refuse(UserErrorCode.Invalid, field, $"Not a range of grades: {grades}.");
        }

        if (input.Capacity < 1)
        {
            throw Refuse(UserErrorCode.Invalid, "capacity", "A group has at least one place.");
        }

        var group = await w.UnitAsync(input.GroupId, "groupId", UnitKind.TeachingGroup);
        if (group.GroupLevel != PlacementLevel.Rsu)
        {
            throw Refuse(UserErrorCode.Invalid, "groupId", $"{group.Name} is a {group.GroupLevel} group, not an RSU.");
        }

        var school = await w.UnitAsync(w.Caller.UnitId);
        if (school.Kind != UnitKind.School || school.Ownership != SchoolOwnership.Municipal || school.DistrictId != group.DistrictId)
        {
            throw Refuse(UserErrorCode.NotPermitted, "groupId", $"Only the principals of the municipal schools of {group.Name}'s district decide its orientation, grades and places.");
        }

        var settings = await w.Store.RsuGroupAsync(group.Id, w.Cancel);
        if (settings is null && input.Version != 0)
        {
            throw Refuse(UserErrorCode.StaleVersion, "version", "The group has no settings yet: pass version 0 to set the first.");
        }

        var taken = await w.Store.PlacesTakenAsync(group.Id, w.Today, w.Cancel);
        if (input.Capacity < taken)
        {
            throw Refuse(UserErrorCode.WrongState, "capacity",
                $"{taken} placements hold a place in the group: set at least {taken} places, or end placements at their review first.");
        }

        if (settings is null)
        {
            settings = new RsuGroup { GroupId = group.Id, DistrictId = group.DistrictId!.Value, Orientation = orientation, SetBy = w.Caller.Name };
            w.Store.Add(settings);
        }
        else
        {
            w.Expect(settings, input.Version);
        }

        settings.Orientation = orientation;
        settings.LowestGrade = input.LowestGrade;
        settings.HighestGrade = input.HighestGrade;
        settings.Capacity = input.Capacity;
        settings.SetBy = w.Caller.Name;
        settings.SetByUnitId = w.Caller.UnitId;
        settings.SetOn = w.Today;
        return settings;
    }
}

public sealed class SetRsuGroupInput : MutationInput
{
    public string GroupId { get; set; } = "";
    public int Version { get; set; }
    public string Orientation { get; set; } = "";
    public int LowestGrade { get; set; }
    public int HighestGrade { get; set; }
    public int Capacity { get; set; }
}

public sealed class SetRsuGroupInputType : MutationInputType<SetRsuGroupInput>
{
    public SetRsuGroupInputType()
        : base("SetRsuGroupInput", "What the district's principals decided about one of its RSU groups: orientation, grades and places.")
    {
        Field<NonNullGraphType<IdGraphType>>("groupId").Description("An RSU group of the district of the caller's school.");
        Field(i => i.Version).Description("The settings' version as last read (Unit.rsuGroup.version); 0 when the group has none yet.");
        Field(i => i.Orientation).Description($"The group's orientation (inriktning), e.g. neuropsychiatric difficulties (at most {PlacementRules.MaxOrientation} characters).");
        Field(i => i.LowestGrade).Description($"The lowest grade it takes ({PlacementRules.LowestGrade}–{PlacementRules.HighestGrade}; 0 is förskoleklass).");
        Field(i => i.HighestGrade).Description($"The highest grade it takes, not below the lowest (at most {PlacementRules.HighestGrade}).");
        Field(i => i.Capacity).Description("Its places: at least one, and not fewer than the placements that hold one now.");
    }
}

public sealed class RsuGroupPayloadType : PayloadType<RsuGroupType, RsuGroup>
{
    public RsuGroupPayloadType()
        : base("RsuGroupPayload", "rsuGroup", "an RSU group's orientation, grades and places", RecordKinds.RsuGroup)
    {
    }
}
