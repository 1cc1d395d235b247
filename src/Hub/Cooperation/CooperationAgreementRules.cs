using Hub.Records;

namespace Hub.Cooperation;

/// <summary>
/// What makes a local cooperation agreement sound, whoever records it: the mutations refuse by these
/// rules and the demo city is held to them. An agreement binds the district's own social services
/// with at least one other party: schools of the district (municipal or independent), the pupil-health
/// unit, BUP clinics, first-line and habilitation units, police areas, the district's leisure unit. It is revised regularly: the next revision falls after the last,
/// at most <see cref="MaxMonthsBetweenRevisions"/> months on.
/// </summary>
public static class CooperationAgreementRules
{
    public const int MaxMonthsBetweenRevisions = 24;
    public const int MaxTitle = 200;
    public const int MaxReference = 100;
    public const int MaxNote = 2000;

    private static readonly UnitKind[] PartyKinds =
    [
        UnitKind.School, UnitKind.PupilHealthUnit, UnitKind.SocialServicesReception, UnitKind.SocialServicesInvestigation,
        UnitKind.SocialServicesPreventive, UnitKind.BupClinic, UnitKind.FirstLineUnit, UnitKind.HabilitationUnit, UnitKind.PoliceArea,
        UnitKind.LeisureUnit,
    ];

    /// <summary>Whether a revision due on <paramref name="dueOn"/> is regular after one on <paramref name="lastOn"/>.</summary>
    public static bool RevisedInTime(DateOnly lastOn, DateOnly dueOn) => dueOn > lastOn && dueOn <= lastOn.AddMonths(MaxMonthsBetweenRevisions);

    /// <summary>What is wrong with the parties, in words: empty when they make an agreement of the district.</summary>
    public static IEnumerable<string> PartyProblems(int districtId, IReadOnlyCollection<Unit> parties)
    {
        foreach (var unit in parties.Where(u => !PartyKinds.Contains(u.Kind)))
        {
            yield return $"{unit.Name} is a {unit.Kind}: not a party to a cooperation agreement";
        }

        // A school, a social-services or a leisure unit belongs to one district; the region's care and police areas serve several.
        foreach (var unit in parties.Where(u => u.Kind is (UnitKind.School or UnitKind.SocialServicesReception or UnitKind.SocialServicesInvestigation
            or UnitKind.SocialServicesPreventive or UnitKind.LeisureUnit) && u.DistrictId != districtId))
        {
            yield return $"{unit.Name} is of another district";
        }

        if (!parties.Any(u => u.Agency == Agency.SocialServices && u.DistrictId == districtId))
        {
            yield return "the district's own social services is not a party";
        }

        if (parties.Select(u => u.Agency).Distinct().Count() < 2)
        {
            yield return "an agreement binds at least two agencies";
        }

        if (parties.Select(u => u.Id).Distinct().Count() != parties.Count)
        {
            yield return "a unit is named twice";
        }
    }

    /// <summary>Every rule a whole agreement breaks, in words, for records made other than by the mutations (the demo city).</summary>
    public static IEnumerable<string> ProblemsOf(CooperationAgreement agreement, Func<int, Unit> unit, DateOnly today)
    {
        foreach (var problem in PartyProblems(agreement.DistrictId, agreement.Parties.Select(p => unit(p.UnitId)).ToList()))
        {
            yield return problem;
        }

        if (agreement.SignedOn > today)
        {
            yield return $"signed {agreement.SignedOn:yyyy-MM-dd}, after today";
        }

        var last = agreement.SignedOn;
        var due = agreement.RevisionDueOn;
        foreach (var revision in agreement.Revisions.OrderBy(r => r.RevisedOn).ThenBy(r => r.Id))
        {
            if (revision.RevisedOn < last || revision.RevisedOn > today || !RevisedInTime(revision.RevisedOn, revision.NextRevisionDueOn))
            {
                yield return $"revision of {revision.RevisedOn:yyyy-MM-dd} is out of order, after today, or sets its next one irregularly";
            }

            (last, due) = (revision.RevisedOn, revision.NextRevisionDueOn);
        }

        if (agreement.Revisions.Count == 0 && !RevisedInTime(agreement.SignedOn, agreement.RevisionDueOn))
        {
            yield return $"first revision due {agreement.RevisionDueOn:yyyy-MM-dd}: not within {MaxMonthsBetweenRevisions} months of signing";
        }

        if (due != agreement.RevisionDueOn)
        {
            yield return "the revision due is not the one the last revision set";
        }
    }
}
