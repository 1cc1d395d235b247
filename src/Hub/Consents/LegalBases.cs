using Hub.Access;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Consents;

/// <summary>
/// The one place that decides which legal bases an intervention opens, and ends them with it. A
/// child-welfare investigation that investigates education lets the investigating unit read the
/// school's placements and absence (the school's duty to inform the investigation); a school's
/// report of concern records the reporting school's contact for the unit that received it. Each
/// basis runs from the intervention's first day to the day it closes.
/// </summary>
public static class LegalBases
{
    /// <summary>Other agencies' duty to provide information to a child-welfare investigation.</summary>
    public const string DutyToInform = "OSL 2009:400 10 kap. 28 §; SoL 2025:400";

    /// <summary>The duty to report concern for a child (anmälningsskyldighet).</summary>
    public const string DutyToReport = "OSL 2009:400 10 kap. 28 §; SoL 2025:400, anmälningsskyldighet";

    /// <summary>The bases the intervention opens (none for most kinds), for its unit, its pupil and its dates.</summary>
    public static IReadOnlyList<LegalBasis> OpenedBy(Intervention source) => source switch
    {
        Investigation { EducationInvestigated: true } =>
        [
            Basis(source, LegalBasisKind.InvestigationDutyToInform, DutyToInform, DataCategory.Placement),
            Basis(source, LegalBasisKind.InvestigationDutyToInform, DutyToInform, DataCategory.Absence),
        ],
        ReportOfConcern { ReporterKind: ReporterKind.School } =>
            [Basis(source, LegalBasisKind.ReportOfConcernContact, DutyToReport, DataCategory.ReportOfConcern)],
        _ => [],
    };

    /// <summary>
    /// Adds the bases a new intervention opens. A basis names its intervention's id, so the
    /// intervention is saved first: inside the mutation's transaction, which a later refusal rolls back.
    /// </summary>
    public static async Task OpenAsync(ChangeStore store, Intervention source, CancellationToken cancellationToken)
    {
        if (OpenedBy(source).Count == 0)
        {
            return;
        }

        if (source.Id == 0)
        {
            await store.SaveAsync(cancellationToken);
        }

        foreach (var basis in OpenedBy(source))
        {
            store.Add(basis);
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

    private static LegalBasis Basis(Intervention source, LegalBasisKind kind, string statute, DataCategory category) => new()
    {
        PupilId = source.PupilId,
        Kind = kind,
        Statute = statute,
        GrantedToUnitId = source.UnitId,
        Category = category,
        FromAgency = Agency.School,
        ValidFrom = source.OpenedOn,
        ValidTo = source.ClosedOn,
        SourceInterventionId = source.Id,
    };
}
