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

    /// <summary>
    /// A school-level or RSU place is decided by the home school's principal; a CSU place by the
    /// principal of the school the group belongs to, where the pupil is enrolled during it.
    /// </summary>
    public static bool DecidedByHomeSchool(Placement placement) => placement.DecidedByUnitId == placement.EnrolledAtId;

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
            PlacementLevel.Csu when placement.CsuAssessmentId is null && placement.CsuAssessment is null => "a CSU place that rests on no assessment of the pupil-health unit",
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

    /// <summary>The grades a school has: 0 (förskoleklass) to 9.</summary>
    public const int LowestGrade = 0;
    public const int HighestGrade = 9;
    public const int MaxOrientation = 200;

    /// <summary>An RSU group takes a pupil whose grade is within the grades its district's principals set.</summary>
    public static bool TakesGrade(RsuGroup group, int? grade) => grade >= group.LowestGrade && grade <= group.HighestGrade;

    /// <summary>A placement holds its place in its group on a day unless it has ended by then (one decided to start later holds it already).</summary>
    public static bool HoldsPlaceOn(Placement placement, DateOnly day) => placement.EndsOn is null || placement.EndsOn > day;

    /// <summary>A group has a free place while fewer placements hold one than it has places.</summary>
    public static bool HasFreePlace(RsuGroup group, int taken) => taken < group.Capacity;

    /// <summary>What is wrong with a range of grades, if anything: within 0–9, the lowest not above the highest.</summary>
    public static string? GradesProblem(int lowest, int highest) =>
        lowest < LowestGrade || highest > HighestGrade ? $"grades run from {LowestGrade} to {HighestGrade}; {lowest}–{highest} given"
        : lowest > highest ? $"the lowest grade {lowest} is above the highest {highest}"
        : null;

    /// <summary>
    /// Every rule an RSU group's settings break, in words: they belong to an RSU group of their
    /// district, with an orientation, grades within 0–9 and at least one place, and no more
    /// placements hold a place today than it has places (the mutations refuse a placement into a
    /// full group and a capacity below the places taken, so no group made through the API is over
    /// it). The grades govern new placements only: a pupil placed stays when grades or the pupil's
    /// own grade change, until the termly review.
    /// </summary>
    public static IEnumerable<string> ProblemsOf(RsuGroup settings, Unit group, IEnumerable<Placement> placements, DateOnly today)
    {
        if (group.Kind != UnitKind.TeachingGroup || group.GroupLevel != PlacementLevel.Rsu || group.DistrictId != settings.DistrictId)
        {
            yield return $"{group.Name} is not an RSU group of district {settings.DistrictId}";
        }

        if (!Changes.Write.Fits(settings.Orientation, MaxOrientation))
        {
            yield return "an orientation is trimmed text, not empty, within its length";
        }

        if (GradesProblem(settings.LowestGrade, settings.HighestGrade) is string grades)
        {
            yield return grades;
        }

        var taken = placements.Count(p => p.GroupId == group.Id && HoldsPlaceOn(p, today));
        if (settings.Capacity < 1 || taken > settings.Capacity)
        {
            yield return $"capacity {settings.Capacity} with {taken} places taken: at least one place, and at least the places taken";
        }
    }

    private static bool Overlap(Placement a, Placement b) =>
        (a.EndsOn is null || a.EndsOn > b.StartsOn) && (b.EndsOn is null || b.EndsOn > a.StartsOn);
}
