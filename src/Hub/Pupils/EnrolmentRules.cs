using Hub.Records;

namespace Hub.Pupils;

/// <summary>
/// What makes a pupil's enrolments sound, whoever records them: <c>enrolPupil</c> starts the first,
/// and a move (<c>movePupil</c>, or a CSU placement starting or ending) ends one on the day the next
/// starts; grade 9 leaves at the school year's end. The mutations refuse by these rules, and the
/// demo city is held to them.
/// </summary>
public static class EnrolmentRules
{
    /// <summary>A pupil is enrolled at most a year ahead.</summary>
    public static bool StartsInTime(DateOnly startsOn, DateOnly today) => startsOn <= today.AddYears(1);

    /// <summary>
    /// A pupil of grade 9 leaves compulsory school when the school year ends: the school-year
    /// rollover ends the enrolment on the year's last day (or, for one that would only have started
    /// after it, on the day it starts).
    /// </summary>
    public static bool LeftCompulsorySchool(Pupil pupil, Enrolment enrolment, DateOnly endsOn) =>
        pupil.Grade == SchoolYear.LastGrade && (endsOn == SchoolYear.Of(endsOn).LastDay || endsOn == enrolment.StartsOn);

    /// <summary>Every rule the pupil's enrolments break, in words; <paramref name="unit"/> finds a unit of the directory.</summary>
    public static IEnumerable<string> ProblemsOf(Pupil pupil, IEnumerable<Enrolment> enrolments, Func<int, Unit> unit, DateOnly today)
    {
        var chain = enrolments.OrderBy(e => e.StartsOn).ThenBy(e => e.Id).ToList();
        if (chain.Count == 0)
        {
            yield return "no enrolment: a pupil comes into the hub by one";
            yield break;
        }

        foreach (var e in chain)
        {
            var school = unit(e.SchoolId);
            if (school.Kind != UnitKind.School)
            {
                yield return $"enrolment {e.Id} is at {school.Name}, not a school";
            }

            if (e.StartsOn < pupil.BirthDate || !StartsInTime(e.StartsOn, today))
            {
                yield return $"enrolment {e.Id} starts {e.StartsOn:yyyy-MM-dd}, before the pupil's birth or more than a year ahead";
            }

            if (e.EndsOn is DateOnly ends && ends < e.StartsOn)
            {
                yield return $"enrolment {e.Id} ends {ends:yyyy-MM-dd}, before it starts";
            }
        }

        // Only a move ends an enrolment, and it starts the next one that day, at another school.
        foreach (var (from, to) in chain.Zip(chain.Skip(1)))
        {
            if (from.EndsOn != to.StartsOn)
            {
                yield return $"enrolment {from.Id} ends {from.EndsOn:yyyy-MM-dd} but the next starts {to.StartsOn:yyyy-MM-dd}: one at a time, moved on one day";
            }

            if (from.SchoolId == to.SchoolId)
            {
                yield return $"enrolment {to.Id} moves the pupil to the school the pupil was already enrolled at";
            }
        }

        var latest = chain[^1];
        if (latest.EndsOn is DateOnly last && !LeftCompulsorySchool(pupil, latest, last))
        {
            yield return $"the latest enrolment ({latest.Id}) has ended: a pupil leaves a school only by moving to another, or after grade {SchoolYear.LastGrade}";
        }

        if (latest.SchoolId != pupil.HomeSchoolId)
        {
            yield return $"home school {pupil.HomeSchoolId} is not the school of the latest enrolment ({latest.SchoolId})";
        }
    }
}
