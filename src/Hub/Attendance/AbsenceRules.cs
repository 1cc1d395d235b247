using Hub.Records;

namespace Hub.Attendance;

/// <summary>
/// What makes a termly absence report sound, whoever makes it: <c>reportAbsence</c> refuses by
/// these rules, and the demo city is held to them.
/// </summary>
public static class AbsenceRules
{
    /// <summary>Absence is a percentage of scheduled time.</summary>
    public static bool PercentFits(double percent) => percent is >= 0 and <= 100;

    /// <summary>A term is reported once it has started.</summary>
    public static bool Started(Term term, DateOnly on) => term.StartsOn <= on;

    /// <summary>
    /// Every rule a stored report breaks, in words: the term is a term and had started when it was
    /// reported, the report is not from the future, the percentage fits, and the school reporting it
    /// had the pupil enrolled during the term.
    /// </summary>
    public static IEnumerable<string> ProblemsOf(AbsenceRecord report, IEnumerable<Enrolment> enrolments, DateOnly today)
    {
        if (!Term.TryParse(report.Term, out var term))
        {
            yield return $"'{report.Term}' is not a term";
            yield break;
        }

        if (!Started(term, report.ReportedOn) || report.ReportedOn > today)
        {
            yield return $"reported {report.ReportedOn:yyyy-MM-dd}, before {term} started or after today";
        }

        if (!PercentFits(report.Percent))
        {
            yield return $"{report.Percent} is not a percentage";
        }

        var ends = term.Next.StartsOn;
        if (!enrolments.Any(e => e.SchoolId == report.SchoolId && e.StartsOn < ends && (e.EndsOn is null || e.EndsOn > term.StartsOn)))
        {
            yield return $"school {report.SchoolId} did not have the pupil enrolled in {term}";
        }
    }
}
