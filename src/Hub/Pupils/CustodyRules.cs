using Hub.Records;

namespace Hub.Pupils;

/// <summary>
/// What makes a pupil's custody record sound, whoever makes it: <c>registerGuardian</c> and
/// <c>endCustody</c> refuse by these rules, and the demo city is held to them.
/// </summary>
public static class CustodyRules
{
    /// <summary>A guardian is an adult when the custody starts.</summary>
    public const int AdultAge = 18;

    /// <summary>At most this many guardians have custody at once (joint custody).</summary>
    public const int MaxGuardians = 2;

    public static bool AdultOn(string guardianNumber, DateOnly day) =>
        PersonalIdentityNumber.BirthDate(guardianNumber) is DateOnly born && born.AddYears(AdultAge) <= day;

    /// <summary>Every rule the pupil's custodies break, in words; each custody with its guardian.</summary>
    public static IEnumerable<string> ProblemsOf(Pupil pupil, IReadOnlyList<Custody> custodies, DateOnly today)
    {
        foreach (var c in custodies)
        {
            if (c.StartsOn < pupil.BirthDate || c.StartsOn > today)
            {
                yield return $"custody {c.Id} starts {c.StartsOn:yyyy-MM-dd}, before the pupil's birth or after today";
            }

            if (c.EndsOn is DateOnly ends && (ends <= c.StartsOn || ends > today))
            {
                yield return $"custody {c.Id} ends {ends:yyyy-MM-dd}, not after its start or after today";
            }

            if (!AdultOn(c.Guardian.PersonalIdentityNumber, c.StartsOn))
            {
                yield return $"custody {c.Id}: the guardian is not an adult when it starts";
            }
        }

        // Each start is the day the number of guardians can go up: count those with custody then.
        foreach (var day in custodies.Select(c => c.StartsOn).Distinct())
        {
            var holding = custodies.Where(c => c.StartsOn <= day && (c.EndsOn == null || c.EndsOn > day)).ToList();
            if (holding.Count > MaxGuardians)
            {
                yield return $"{holding.Count} guardians have custody on {day:yyyy-MM-dd}";
            }

            if (holding.GroupBy(c => c.Guardian.PersonalIdentityNumber).Any(g => g.Count() > 1))
            {
                yield return $"the same guardian has custody twice on {day:yyyy-MM-dd}";
            }
        }
    }
}
