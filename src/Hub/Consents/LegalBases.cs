using Hub.Access;
using Hub.Changes;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Consents;

/// <summary>The parties a basis names beside its intervention, which only a look-up finds.</summary>
/// <param name="Reporter">For a report of concern: the reporting unit, if the reporter is one.</param>
/// <param name="DistrictSocialServices">For an SSPF case: the preventive unit of the pupil's registered district.</param>
/// <param name="BirthDate">The pupil's birth date: the SSPF exchange is for people under 21.</param>
public sealed record BasisParties(Unit? Reporter = null, Unit? DistrictSocialServices = null, DateOnly? BirthDate = null);

/// <summary>
/// The one place that decides which legal bases an intervention opens, by the catalogue
/// (<see cref="LegalBasisKinds"/>), and ends them with it. Each basis runs from the intervention's
/// first day to the day it closes.
/// </summary>
public static class LegalBases
{
    /// <summary>The age from which the SSPF exchange (OSL 10 kap. 18 a §) no longer applies.</summary>
    public const int SspfAgeLimit = 21;

    /// <summary>The bases the intervention opens (none for most kinds), for its pupil and its dates.</summary>
    public static IReadOnlyList<LegalBasis> OpenedBy(Intervention source, BasisParties parties) => source switch
    {
        Investigation investigation => [.. LegalBasisKinds.Of(LegalBasisKind.InvestigationDutyToInform).Flows
            .Where(f => f.From != Agency.School || investigation.EducationInvestigated)
            .Select(f => Basis(source, LegalBasisKind.InvestigationDutyToInform, f, source.UnitId, null))],
        ReportOfConcern { ReporterKind: ReporterKind.School or ReporterKind.Bup or ReporterKind.Police } when parties.Reporter is Unit reporter =>
            [.. LegalBasisKinds.From(LegalBasisKind.ReportOfConcernReporter, reporter.Agency)
                .Select(f => Basis(source, LegalBasisKind.ReportOfConcernReporter, f, source.UnitId, reporter.Authority))],
        SspfCase when parties.DistrictSocialServices is Unit social && UnderAgeLimit(source.OpenedOn, parties.BirthDate) =>
            [.. LegalBasisKinds.Of(LegalBasisKind.SspfExchange).Flows.Select(f => f.From == Agency.Police
                ? Sspf(source, f, social.Id, source.OwnerAuthority, parties.BirthDate)
                : Sspf(source, f, source.UnitId, social.Authority, parties.BirthDate))],
        _ => [],
    };

    /// <summary>Looks up the parties a new intervention's bases name.</summary>
    public static async Task<BasisParties> PartiesAsync(Write w, Intervention source)
    {
        switch (source)
        {
            case ReportOfConcern { ReporterUnitId: int reporter }:
                return new BasisParties(Reporter: await w.UnitAsync(reporter));
            case SspfCase:
                var pupil = await w.Store.PupilAsync(source.PupilId, w.Cancel);
                var social = (await w.UnitsAsync()).OrderBy(u => u.Id)
                    .FirstOrDefault(u => u.Kind == UnitKind.SocialServicesPreventive && u.DistrictId == pupil.RegisteredDistrictId);
                return new BasisParties(DistrictSocialServices: social, BirthDate: pupil.BirthDate);
            default:
                return new BasisParties();
        }
    }

    /// <summary>
    /// Adds the bases a new intervention opens. A basis names its intervention's id, so the
    /// intervention is saved first: inside the mutation's transaction, which a later refusal rolls back.
    /// </summary>
    public static async Task OpenAsync(Write w, Intervention source)
    {
        var bases = OpenedBy(source, await PartiesAsync(w, source));
        if (bases.Count == 0)
        {
            return;
        }

        if (source.Id == 0)
        {
            await w.Store.SaveAsync(w.Cancel);
        }

        foreach (var basis in bases)
        {
            basis.SourceInterventionId = source.Id;
            w.Store.Add(basis);
        }
    }

    /// <summary>Ends on <paramref name="on"/> the bases that follow the intervention's life and still run then.</summary>
    public static async Task EndAsync(ChangeStore store, Intervention source, DateOnly on, CancellationToken cancellationToken)
    {
        var running = await store.BasesOpenedBy(source, on).ToListAsync(cancellationToken);
        foreach (var basis in running)
        {
            basis.ValidTo = on;
        }
    }

    private static bool UnderAgeLimit(DateOnly on, DateOnly? birthDate) => birthDate is DateOnly born && on < born.AddYears(SspfAgeLimit);

    private static LegalBasis Sspf(Intervention source, BasisFlow flow, int toUnit, string fromAuthority, DateOnly? birthDate)
    {
        var basis = Basis(source, LegalBasisKind.SspfExchange, flow, toUnit, fromAuthority);
        var turns21 = birthDate!.Value.AddYears(SspfAgeLimit);
        basis.ValidTo = basis.ValidTo is DateOnly closed && closed < turns21 ? closed : turns21;
        return basis;
    }

    private static LegalBasis Basis(Intervention source, LegalBasisKind kind, BasisFlow flow, int toUnit, string? fromAuthority) => new()
    {
        PupilId = source.PupilId,
        Kind = kind,
        Statute = LegalBasisKinds.Of(kind).Citation.ToString(),
        GrantedToUnitId = toUnit,
        Category = flow.Category,
        FromAgency = flow.From,
        FromAuthority = fromAuthority,
        ValidFrom = source.OpenedOn,
        ValidTo = source.ClosedOn,
        SourceInterventionId = source.Id == 0 ? null : source.Id,
    };
}
