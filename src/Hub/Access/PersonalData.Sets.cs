using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Access;

/// <summary>Sets beside the pupil-scoped ones: the directory's contact persons, and a reporter's own reports.</summary>
public sealed partial class PersonalData
{
    /// <summary>The narrow answers event delivery needs about records the subscriber's decisions rest on.</summary>
    public EventData Events => new(db);

    /// <summary>Whether the caller sees the pupil (a relationship, or its own emergency access) and its role reads the category.</summary>
    public async Task<bool> SeesAsync(int pupilId, DataCategory category, CancellationToken ct) =>
        Reads(category) && await Pupils.AnyAsync(p => p.Id == pupilId, ct);

    /// <summary>The districts' contact persons: directory data, the same for every caller.</summary>
    public IQueryable<ContactPerson> ContactPersons => db.ContactPersons.AsNoTracking();

    /// <summary>Reports of concern the caller's own unit made: what a reporter sees of its report (the receipt).</summary>
    public IQueryable<ReportOfConcern> ReportsMadeByCallersUnit
    {
        get
        {
            var unit = Caller.UnitId;
            return db.Interventions.OfType<ReportOfConcern>().AsNoTracking().Where(r => r.ReporterUnitId == unit);
        }
    }

    /// <summary>Disclosure decisions the caller's own authority took, about pupils the caller sees: what it may read back and end.</summary>
    public IQueryable<DisclosureDecision> DisclosureDecisionsOfCallersAuthority
    {
        get
        {
            var authority = Caller.Authority;
            var pupils = Pupils;
            return db.DisclosureDecisions.AsNoTracking().Where(d => d.FromAuthority == authority && pupils.Any(p => p.Id == d.PupilId));
        }
    }
}
