using Hub.Access;
using Hub.Records;

namespace Hub.Consents;

/// <summary>
/// What makes a consent record sound, whoever makes it: <c>recordConsent</c> and
/// <c>addConsentSignature</c> refuse by these rules, and the demo city is held to them, so no
/// record in the hub could not have been made through the API.
/// </summary>
public static class ConsentRules
{
    /// <summary>A consent lasts at most this many months.</summary>
    public const int MaxMonths = 12;

    public static bool PeriodFits(DateOnly validFrom, DateOnly validTo) => validTo > validFrom && validTo <= validFrom.AddMonths(MaxMonths);

    /// <summary>A consent lets an agency give only its own records.</summary>
    public static bool Keeps(Agency from, DataCategory category) => DataCategories.ProducedBy(category) == from;

    /// <summary>The receiving agency is another one that takes part in the cooperation.</summary>
    public static bool Receives(Agency from, Agency to) => to != from && to is not (Agency.Oversight or Agency.PopulationRegister);

    public static bool SameProvision(ConsentProvision a, ConsentProvision b) =>
        a.Category == b.Category && a.FromAgency == b.FromAgency && a.ToAgency == b.ToAgency && a.ToUnitId == b.ToUnitId && a.Purpose == b.Purpose;

    /// <summary>
    /// Every rule a whole record breaks, in words: for records made other than by the mutations
    /// (the demo city). <paramref name="custodiansOn"/> answers who had custody on a day;
    /// <paramref name="agencyOfUnit"/> the agency of a receiving unit.
    /// </summary>
    public static IEnumerable<string> ProblemsOf(ConsentRecord consent, Func<DateOnly, IReadOnlyCollection<int>> custodiansOn, Func<int, Agency> agencyOfUnit, DateOnly today)
    {
        if (!PeriodFits(consent.ValidFrom, consent.ValidTo))
        {
            yield return $"period {consent.ValidFrom:yyyy-MM-dd}–{consent.ValidTo:yyyy-MM-dd} is not within {MaxMonths} months";
        }

        foreach (var problem in ProvisionProblems(consent.Provisions, agencyOfUnit))
        {
            yield return problem;
        }

        foreach (var s in consent.Signatures)
        {
            if (s.ByPupil == (s.GuardianId is not null))
            {
                yield return "a signature is neither only a guardian's nor only the pupil's";
            }

            if (s.SignedOn > today)
            {
                yield return $"a signature is dated {s.SignedOn:yyyy-MM-dd}, after today";
            }

            if (s.GuardianId is int guardian && !custodiansOn(s.SignedOn).Contains(guardian))
            {
                yield return $"guardian {guardian} signed without custody on {s.SignedOn:yyyy-MM-dd}";
            }
        }

        if (consent.Signatures.Count(s => s.ByPupil) > 1 || consent.Signatures.Where(s => s.GuardianId != null).GroupBy(s => s.GuardianId).Any(g => g.Count() > 1))
        {
            yield return "someone signed twice";
        }
    }

    /// <summary>Every rule a list of provisions breaks (a consent's, or a request's as they would stand in the consent), in words.</summary>
    public static IEnumerable<string> ProvisionProblems(IReadOnlyList<ConsentProvision> provisions, Func<int, Agency> agencyOfUnit)
    {
        if (provisions.Count == 0)
        {
            yield return "no provision";
        }

        for (var i = 0; i < provisions.Count; i++)
        {
            var p = provisions[i];
            if (!Keeps(p.FromAgency, p.Category))
            {
                yield return $"provision {i}: {p.FromAgency} does not keep {p.Category}";
            }

            if (!Receives(p.FromAgency, p.ToAgency))
            {
                yield return $"provision {i}: {p.FromAgency} cannot give to {p.ToAgency}";
            }

            if (p.ToUnitId is int unit && agencyOfUnit(unit) != p.ToAgency)
            {
                yield return $"provision {i}: unit {unit} is not of {p.ToAgency}";
            }

            if (provisions.Take(i).Any(earlier => SameProvision(earlier, p)))
            {
                yield return $"provision {i}: the same as an earlier one";
            }
        }
    }
}
