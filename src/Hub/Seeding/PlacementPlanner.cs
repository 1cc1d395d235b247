using Hub.Records;

namespace Hub.Seeding;

/// <summary>
/// Plans placements before any row is written, because a CSU placement changes the pupil's
/// enrolments: the home-school enrolment ends when the placement starts and the pupil is enrolled
/// at the group's host school. An RSU or school-level placement leaves enrolment as it is. A CSU
/// place is decided by the host school's principal on the pupil-health unit's assessment.
/// </summary>
internal static class PlacementPlanner
{
    public static void Plan(CityMap city, List<PupilPlan> pupils, SeedProfile profile, DateOnly today)
    {
        var random = new Random(4004);
        var planned = 0;
        foreach (var pupil in pupils.Where(p => p.Script is not null))
        {
            planned += Scripted(pupil, pupil.Script!.Placement);
        }

        var candidates = pupils.Where(p => p.Script is null && p.Grade >= 1).ToArray();
        random.Shuffle(candidates);
        foreach (var pupil in candidates.TakeWhile(_ => planned < profile.Placements))
        {
            var ended = random.NextDouble() < 0.2;
            var placed = random.NextDouble() switch
            {
                < 0.45 => Rsu(pupil, ended, overdue: random.NextDouble() < 0.25),
                < 0.6 => Csu(pupil, Names.Pick(random, city.CsuGroups), ended),
                _ => SchoolLevel(pupil, ended),
            };
            planned += placed ? 1 : 0;
        }

        int Scripted(PupilPlan pupil, ScriptedPlacement placement)
        {
            var csuBromma = city["group:csu-bromma"];
            var placed = placement switch
            {
                ScriptedPlacement.Rsu => Rsu(pupil, ended: false, overdue: false),
                ScriptedPlacement.RsuReviewOverdue => Rsu(pupil, ended: false, overdue: true),
                ScriptedPlacement.RsuEnded => Rsu(pupil, ended: true, overdue: false),
                ScriptedPlacement.RsuAfterSchoolLevel => SchoolLevel(pupil, ended: true) && Rsu(pupil, ended: false, overdue: false),
                ScriptedPlacement.SchoolLevel => SchoolLevel(pupil, ended: false),
                ScriptedPlacement.CsuBromma => Csu(pupil, csuBromma, ended: false),
                ScriptedPlacement.CsuBrommaEnded => Csu(pupil, csuBromma, ended: true),
                _ => true,
            };
            return placed ? pupil.Placements.Count : throw new InvalidOperationException($"Scripted pupil at {pupil.HomeSchool.Code} cannot be placed: {placement}.");
        }

        bool Rsu(PupilPlan pupil, bool ended, bool overdue) =>
            CityMap.IsMunicipal(pupil.HomeSchool) && pupil.Grade >= 3 && pupil.District.Rsu is { } group
            && Place(pupil, group, pupil.HomeSchool, ended, overdue);

        bool Csu(PupilPlan pupil, Unit group, bool ended) =>
            CityMap.IsMunicipal(pupil.HomeSchool) && pupil.Grade >= 4 && Place(pupil, group, group.HostSchool!, ended, overdue: false);

        bool SchoolLevel(PupilPlan pupil, bool ended) =>
            city.SmallGroupAt(pupil.HomeSchool) is { } group && Place(pupil, group, pupil.HomeSchool, ended, overdue: false);

        bool Place(PupilPlan pupil, Unit group, Unit decidedBy, bool ended, bool overdue)
        {
            // Active placements started within the last two years, ended ones a year or more ago, none
            // before the pupil came to the current school; one that follows another starts as it ended.
            var earliest = pupil.CurrentStay.StartsOn.AddDays(30);
            var terms = SchoolCalendar.TermStarts(today).Skip(ended ? 2 : 0).Take(4).Where(t => t >= earliest).ToArray();
            var followsOn = pupil.Placements.LastOrDefault()?.EndsOn;
            if (terms.Length == 0 && followsOn is null)
            {
                return false;
            }

            var level = group.GroupLevel!.Value;
            var startsOn = followsOn ?? Names.Pick(random, terms);
            DateOnly? endsOn = ended ? Min(startsOn.AddDays(random.Next(100, 400)), today.AddDays(-14)) : null;
            var host = group.HostSchool!;
            var home = pupil.HomeSchool;
            pupil.Placements.Add(new PlacementPlan(
                level,
                group,
                decidedBy,
                EnrolledAt: level == PlacementLevel.Csu ? host : home,
                DecidedOn: startsOn.AddDays(-random.Next(7, 36)),
                startsOn,
                endsOn,
                EndReason: ended ? Texts.PlacementEnded(random, level, followedByRsu: pupil.Script?.Placement == ScriptedPlacement.RsuAfterSchoolLevel) : null,
                NextReviewOn: level == PlacementLevel.Rsu && !ended ? today.AddDays(overdue ? -random.Next(3, 46) : random.Next(7, 81)) : null,
                CameFrom: level == PlacementLevel.Csu ? home : null));
            if (level == PlacementLevel.Csu)
            {
                pupil.Stays[^1] = pupil.CurrentStay with { EndsOn = startsOn };
                pupil.Stays.Add(new Stay(host, startsOn, endsOn));
                if (endsOn is { } back)
                {
                    pupil.Stays.Add(new Stay(home, back, null));
                }
                else
                {
                    pupil.HomeSchool = host;
                }
            }

            return true;
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
