using Hub.Records;

namespace Hub.Interventions;

/// <summary>
/// What makes a school social team's case sound, whoever records it: <c>startSchoolSocialTeamCase</c>
/// refuses by these rules, and the demo city is held to them.
/// </summary>
public static class SchoolSocialTeamRules
{
    /// <summary>School social teams work with pupils from this grade (to 9).</summary>
    public const int LowestGrade = 4;

    /// <summary>The highest absence the ordinary SST track takes; above it is SST 2.0/RSU's.</summary>
    public const double SstAbsenceLimit = 40;

    /// <summary>Absence is a percentage of scheduled time.</summary>
    public static bool AbsenceFits(double percent) => !double.IsNaN(percent) && percent is >= 0 and <= 100;

    /// <summary>The ordinary track takes absence up to <see cref="SstAbsenceLimit"/>; SST 2.0/RSU any.</summary>
    public static bool TrackFits(SchoolSocialTeamTrack track, double? percent) => track != SchoolSocialTeamTrack.Sst || percent is not double given || given <= SstAbsenceLimit;

    /// <summary>The most schools one team works at (seed 001: five of the district's schools).</summary>
    public const int MaxSchoolsServed = 5;

    /// <summary>
    /// The grade a pupil in <paramref name="grade"/> today was in on <paramref name="day"/>: one lower for
    /// each school year (<see cref="SchoolYear"/>) between them.
    /// </summary>
    public static int GradeOn(int grade, DateOnly day, DateOnly today) => grade - SchoolYear.Of(today).YearsSince(SchoolYear.Of(day));

    /// <summary>
    /// Every rule a case breaks, in words; <paramref name="grade"/> is the pupil's grade today, and
    /// <paramref name="served"/> whether the team works at the pupil's school.
    /// </summary>
    public static IEnumerable<string> ProblemsOf(SchoolSocialTeamCase record, int grade, bool served, Func<int, Unit> unit, DateOnly today)
    {
        if (record.AbsencePercentAtStart is not double absence)
        {
            if (record.Reason == SchoolSocialTeamReason.Absence)
            {
                yield return "work for absence without the absence at start";
            }
        }
        else if (!AbsenceFits(absence))
        {
            yield return $"absence at start {absence} is not a percentage";
        }
        else if (!TrackFits(record.Track, absence))
        {
            yield return $"the SST track at {absence} % absence: above {SstAbsenceLimit} % the case is SST 2.0/RSU's";
        }

        if (GradeOn(grade, record.OpenedOn, today) is var then && then < LowestGrade)
        {
            yield return $"started {record.OpenedOn:yyyy-MM-dd}, when the pupil was in grade {then}: school social teams work from grade {LowestGrade}";
        }

        if (unit(record.UnitId).Agency != Agency.SocialServices)
        {
            yield return "kept by a unit outside social services";
        }

        if (!served)
        {
            yield return "the pupil's school is not one the team works at";
        }
    }
}
