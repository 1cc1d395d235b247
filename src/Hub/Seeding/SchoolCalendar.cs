namespace Hub.Seeding;

/// <summary>Teaching starts in August, in the school year (<see cref="Records.SchoolYear"/>) that starts on 1 July; a pupil starts grade 0 (förskoleklass) the year they turn six.</summary>
internal static class SchoolCalendar
{
    public static int SchoolYear(DateOnly today) => Records.SchoolYear.Of(today).StartYear;

    public static int BirthYear(DateOnly today, int grade) => SchoolYear(today) - 6 - grade;

    public static DateOnly AutumnStart(int year) => new(year, 8, 20);

    public static DateOnly SpringStart(int year) => new(year, 1, 9);

    /// <summary>The day a pupil in the given grade started grade 0.</summary>
    public static DateOnly SchoolStart(DateOnly today, int grade) => AutumnStart(SchoolYear(today) - grade);

    /// <summary>Term starts on or before today, the latest first.</summary>
    public static IEnumerable<DateOnly> TermStarts(DateOnly today)
    {
        for (var year = today.Year; ; year--)
        {
            if (AutumnStart(year) <= today)
            {
                yield return AutumnStart(year);
            }

            if (SpringStart(year) <= today)
            {
                yield return SpringStart(year);
            }
        }
    }

    /// <summary>The term a start date opens, e.g. "2026-HT" (autumn) or "2026-VT" (spring).</summary>
    public static string Term(DateOnly termStart) =>
        Records.Term.Of(termStart).ToString();

    /// <summary>When absence for a term is reported: at its end, or a few days ago for the running term.</summary>
    public static DateOnly AbsenceReportedOn(DateOnly termStart, DateOnly today)
    {
        var end = Records.Term.Of(termStart).Autumn ? new DateOnly(termStart.Year, 12, 18) : new DateOnly(termStart.Year, 6, 11);
        if (end < today)
        {
            return end;
        }

        var lately = today.AddDays(-3);
        return lately > termStart ? lately : termStart;
    }

    public static int Age(DateOnly birthDate, DateOnly on)
    {
        var age = on.Year - birthDate.Year;
        return on < birthDate.AddYears(age) ? age - 1 : age;
    }

    public static DateOnly RandomDate(Random random, DateOnly from, DateOnly to) =>
        from.AddDays(random.Next(Math.Max(1, to.DayNumber - from.DayNumber + 1)));
}
