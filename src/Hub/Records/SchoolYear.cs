using System.Globalization;

namespace Hub.Records;

/// <summary>
/// The school year (läsår), named by the calendar year it starts in: 2026/27 runs from 1 July 2026
/// to 30 June 2027. Teaching runs from August to June, so 1 July, in the summer break, is the
/// boundary: the one place the hub writes it. Grades advance on a school year's first day (the
/// rollover), grade 9 leaves on the last day before it, and a term belongs to the year it falls in.
/// </summary>
public readonly record struct SchoolYear(int StartYear)
{
    /// <summary>The month a school year starts in: July.</summary>
    public const int FirstMonth = 7;

    /// <summary>Compulsory school's first grade: förskoleklass.</summary>
    public const int FirstGrade = 0;

    /// <summary>Compulsory school's last grade: its pupils leave at the end of the school year.</summary>
    public const int LastGrade = 9;

    /// <summary>The school year a day falls in.</summary>
    public static SchoolYear Of(DateOnly day) => new(day.Month >= FirstMonth ? day.Year : day.Year - 1);

    public DateOnly FirstDay => new(StartYear, FirstMonth, 1);

    public DateOnly LastDay => Next.FirstDay.AddDays(-1);

    public SchoolYear Next => new(StartYear + 1);

    public SchoolYear Previous => new(StartYear - 1);

    /// <summary>How many school years lie from <paramref name="earlier"/> to this one (negative if it is later).</summary>
    public int YearsSince(SchoolYear earlier) => StartYear - earlier.StartYear;

    /// <summary>As Swedish schools write it: "2026/27".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{StartYear}/{(StartYear + 1) % 100:00}");
}
