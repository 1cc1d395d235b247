using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Records;

/// <summary>
/// A school term: spring (vårtermin, "VT", January–June) or autumn (hösttermin, "HT",
/// August–December), written "2026-HT". Absence is reported per term, and RSU placements are
/// reviewed once a term, by the term's review day.
/// </summary>
public readonly partial record struct Term(int Year, bool Autumn)
{
    /// <summary>The term a day falls in: autumn from the school year's start (<see cref="SchoolYear"/>), spring before it.</summary>
    public static Term Of(DateOnly day) => new(day.Year, SchoolYear.Of(day).StartYear == day.Year);

    public static bool TryParse(string? text, out Term term)
    {
        term = default;
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true })
        {
            return false;
        }

        term = new Term(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value == "HT");
        return true;
    }

    public DateOnly StartsOn => Autumn ? new DateOnly(Year, 8, 1) : new DateOnly(Year, 1, 1);

    /// <summary>The day by which a placement's review for this term is due: before the term's last weeks.</summary>
    public DateOnly ReviewDay => Autumn ? new DateOnly(Year, 12, 10) : new DateOnly(Year, 6, 1);

    public Term Next => Autumn ? new Term(Year + 1, false) : new Term(Year, true);

    /// <summary>The first review day after <paramref name="day"/>, at least three weeks away so a new placement has time to start.</summary>
    public static DateOnly NextReviewDay(DateOnly day)
    {
        var term = Of(day);
        return term.ReviewDay > day.AddDays(21) ? term.ReviewDay : term.Next.ReviewDay;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}-{(Autumn ? "HT" : "VT")}");

    [GeneratedRegex("^(20[0-9]{2})-(VT|HT)$")]
    private static partial Regex Pattern();
}
