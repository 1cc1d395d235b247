using Hub.Identity;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Access;

/// <summary>
/// Named reads for the parts of the hub that are not a query of pupil data: event delivery, the
/// data-protection officer's oversight, emergency access and the directory. Each answers one
/// question, and none hands out a set that reaches past the caller.
/// </summary>
public sealed partial class PersonalData
{
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

    /// <summary>
    /// The category of an intervention record, for the access log of an event about it that the
    /// caller was found to see. Only the category comes back, never the record.
    /// </summary>
    public async Task<DataCategory> CategoryOfInterventionAsync(int interventionId, CancellationToken ct) =>
        RolePolicy.CategoryOf(await db.Interventions.Where(i => i.Id == interventionId).Select(i => i.Kind).SingleAsync(ct));

    /// <summary>When the first of these emergency accesses (those the caller's decisions rest on) ends; null for none.</summary>
    public Task<DateTime?> FirstExpiryAsync(IReadOnlyCollection<int?> emergencyAccessIds, CancellationToken ct) =>
        db.EmergencyAccesses.Where(e => emergencyAccessIds.Contains(e.Id)).MinAsync(e => (DateTime?)e.ExpiresAt, ct);

    /// <summary>Whether a consent the caller's decisions rested on has been withdrawn (rather than run out): why a subscription ended.</summary>
    public Task<bool> ConsentWithdrawnAsync(int? consentId, CancellationToken ct) =>
        db.Consents.AnyAsync(c => c.Id == consentId && c.WithdrawnAt != null, ct);

    /// <summary>Records an emergency access the caller opened, at once: the access it gives must hold before anything is read.</summary>
    public async Task OpenEmergencyAccessAsync(EmergencyAccess access, CancellationToken ct)
    {
        if (access.PersonId != Caller.PersonId || access.UnitId != Caller.UnitId)
        {
            throw new InvalidOperationException("An emergency access is opened only by the caller, for itself.");
        }

        db.EmergencyAccesses.Add(access);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Emergency accesses opened in a period, newest first: for the data-protection officer only.</summary>
    public Task<List<EmergencyAccess>> EmergencyAccessesAsync(DateTime? from, DateTime? to, int max, CancellationToken ct) =>
        Reads(DataCategory.AccessLog)
            ? db.EmergencyAccesses.AsNoTracking()
                .Where(e => (from == null || e.OpenedAt >= from) && (to == null || e.OpenedAt < to))
                .OrderByDescending(e => e.OpenedAt).ThenByDescending(e => e.Id)
                .Take(max)
                .ToListAsync(ct)
            : throw new AccessDeniedError(DataCategory.AccessLog, "the data-protection officer's role");

    /// <summary>
    /// The pupil with this (normalised) number anywhere in the hub, for a report the officer makes
    /// to a guardian; null when none has it. The officer's read of it is logged by the report.
    /// </summary>
    public Task<int?> PupilForOversightAsync(string number, CancellationToken ct) =>
        Reads(DataCategory.AccessLog)
            ? db.Pupils.Where(p => p.PersonalIdentityNumber == number).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct)
            : throw new AccessDeniedError(DataCategory.AccessLog, "the data-protection officer's role");
}
