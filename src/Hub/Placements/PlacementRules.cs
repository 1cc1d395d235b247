using Hub.Records;

namespace Hub.Placements;

/// <summary>
/// What makes a placement sound, whoever makes it: the placing mutations refuse by these rules, and
/// the demo city is held to them, so no placement in the hub could not have been made through the API.
/// </summary>
public static class PlacementRules
{
    /// <summary>A school-level place is in a group of the pupil's own school.</summary>
    public static bool SchoolGroupOf(Unit group, int schoolId) => group.HostSchoolId == schoolId;

    /// <summary>An RSU place is in an RSU of the district where the pupil is registered (folkbokförd), wherever the home school is.</summary>
    public static bool RsuOfDistrict(Unit group, int registeredDistrictId) => group.DistrictId == registeredDistrictId;

    /// <summary>A school-level or RSU place is decided by the home school's principal; a CSU place by the pupil-health unit.</summary>
    public static bool DecidedByHomeSchool(Placement placement) => placement.Level == PlacementLevel.Csu || placement.DecidedByUnitId == placement.EnrolledAtId;

    /// <summary>
    /// Every rule a placement breaks, in words: for placements made other than by the mutations (the
    /// demo city). <paramref name="registeredDistrictId"/> is the pupil's district of registration;
    /// <paramref name="unit"/> finds a unit of the directory; <paramref name="others"/> are the pupil's
    /// other placements.
    /// </summary>
    public static IEnumerable<string> ProblemsOf(Placement placement, int registeredDistrictId, Func<int, Unit> unit, IEnumerable<Placement> others, DateOnly today)
    {
        var group = unit(placement.GroupId);
        var school = unit(placement.EnrolledAtId);
        if (group.Kind != UnitKind.TeachingGroup || group.GroupLevel != placement.Level)
        {
            yield return $"group {group.Name} is not a {placement.Level} group";
        }

        if (placement.DecidedOn > today || placement.DecidedOn > placement.StartsOn)
        {
            yield return $"decided {placement.DecidedOn:yyyy-MM-dd}, after today or after its start {placement.StartsOn:yyyy-MM-dd}";
        }

        if (placement.EndsOn is DateOnly ends && ends < placement.StartsOn)
        {
            yield return $"ends {ends:yyyy-MM-dd} before it starts";
        }

        var rule = placement.Level switch
        {
            PlacementLevel.SchoolLevel when !SchoolGroupOf(group, school.Id) => $"{group.Name} is not a group of {school.Name}",
            PlacementLevel.Rsu when !RsuOfDistrict(group, registeredDistrictId) => $"{group.Name} is the RSU of another district than the pupil's district of registration",
            PlacementLevel.Rsu when placement.EndsOn is null && placement.NextReviewOn is null => "an RSU placement without its next review",
            PlacementLevel.Csu when placement.EnrolledAtId != group.HostSchoolId => $"a CSU pupil is enrolled at {school.Name}, not the group's host school",
            _ => null,
        };
        if (rule is not null)
        {
            yield return rule;
        }

        if (!DecidedByHomeSchool(placement))
        {
            yield return $"decided by {unit(placement.DecidedByUnitId).Name}, not the home school {school.Name}";
        }

        if (others.Any(o => o.Id != placement.Id && Overlap(o, placement)))
        {
            yield return "overlaps another placement of the pupil: a pupil has one at a time";
        }
    }

    private static bool Overlap(Placement a, Placement b) =>
        (a.EndsOn is null || a.EndsOn > b.StartsOn) && (b.EndsOn is null || b.EndsOn > a.StartsOn);
}
