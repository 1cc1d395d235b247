using Hub.Attendance;
using Hub.Data;
using Hub.Interventions;
using Hub.Placements;
using Hub.Pupils;
using Hub.Sips;
using Microsoft.EntityFrameworkCore;

namespace Hub.Access;

/// <summary>
/// The one way in to personal data. Every set it hands out is already narrowed, in the query,
/// to what the caller may see: pupils by relationship, records by own authority and role.
/// Batch methods take many pupils at once so that a page costs one statement per kind of record.
/// </summary>
public sealed class PersonalData(HubDbContext db, CallerContext callers, HubClock clock)
{
    public Caller Caller => callers.Current;

    public DateOnly Today => clock.Today;

    /// <summary>The pupils the caller has a relationship with.</summary>
    public IQueryable<Pupil> Pupils => db.Pupils.AsNoTracking().VisibleTo(Caller, Today);

    public bool Permits(DataCategory category) => RolePolicy.Permits(Caller.Role, category);

    /// <summary>Why the caller may read a category of a pupil it sees: the relationship for who the pupil is, its own records otherwise.</summary>
    public string BasisFor(DataCategory category) =>
        category is DataCategory.Identity or DataCategory.Guardians ? "relationship" : "own records";

    /// <summary>Throws <see cref="AccessDeniedError"/> unless the caller's role reads the category.</summary>
    public void Demand(DataCategory category)
    {
        if (!Permits(category))
        {
            throw new AccessDeniedError(category, Caller.Role);
        }
    }

    /// <summary>Placements the caller's own authority decided, for pupils already in scope.</summary>
    public IQueryable<Placement> Placements => Permits(DataCategory.Placement)
        ? db.Placements.AsNoTracking().Where(p => p.OwnerAuthority == Caller.Authority)
        : db.Placements.Where(_ => false);

    public Task<ILookup<int, Placement>> PlacementsOfAsync(IReadOnlyCollection<int> pupilIds, CancellationToken ct) =>
        LookupAsync(Placements.Where(p => pupilIds.Contains(p.PupilId)).OrderBy(p => p.StartsOn).ThenBy(p => p.Id), p => p.PupilId, ct);

    public Task<ILookup<int, Intervention>> InterventionsOfAsync(IReadOnlyCollection<int> pupilIds, CancellationToken ct)
    {
        var kinds = RolePolicy.ReadableKinds(Caller.Role);
        var authority = Caller.Authority;
        var query = db.Interventions.AsNoTracking()
            .Where(i => pupilIds.Contains(i.PupilId) && i.OwnerAuthority == authority && kinds.Contains(i.Kind))
            .OrderBy(i => i.OpenedOn).ThenBy(i => i.Id);
        return LookupAsync(query, i => i.PupilId, ct);
    }

    public Task<ILookup<int, AbsenceRecord>> AbsenceOfAsync(IReadOnlyCollection<int> pupilIds, CancellationToken ct) =>
        LookupAsync(
            db.AbsenceRecords.AsNoTracking()
                .Where(a => pupilIds.Contains(a.PupilId) && a.OwnerAuthority == Caller.Authority)
                .OrderBy(a => a.ReportedOn).ThenBy(a => a.Id),
            a => a.PupilId,
            ct);

    public Task<ILookup<int, Enrolment>> EnrolmentsOfAsync(IReadOnlyCollection<int> pupilIds, CancellationToken ct) =>
        LookupAsync(
            db.Enrolments.AsNoTracking()
                .Where(e => pupilIds.Contains(e.PupilId) && e.School.Authority == Caller.Authority)
                .OrderBy(e => e.StartsOn).ThenBy(e => e.Id),
            e => e.PupilId,
            ct);

    /// <summary>Current custodies with their guardians.</summary>
    public Task<ILookup<int, Custody>> CustodiesOfAsync(IReadOnlyCollection<int> pupilIds, CancellationToken ct)
    {
        var today = Today;
        return LookupAsync(
            db.Custodies.AsNoTracking().Include(c => c.Guardian)
                .Where(c => pupilIds.Contains(c.PupilId) && c.StartsOn <= today && (c.EndsOn == null || c.EndsOn > today))
                .OrderBy(c => c.Id),
            c => c.PupilId,
            ct);
    }

    /// <summary>SIPs in which the caller's authority takes part.</summary>
    public Task<ILookup<int, Sip>> SipsOfAsync(IReadOnlyCollection<int> pupilIds, CancellationToken ct) =>
        LookupAsync(
            db.Sips.AsNoTracking().Include(s => s.Participants)
                .Where(s => pupilIds.Contains(s.PupilId) && s.Participants.Any(p => p.Authority == Caller.Authority))
                .OrderBy(s => s.CreatedOn).ThenBy(s => s.Id),
            s => s.PupilId,
            ct);

    private static async Task<ILookup<int, T>> LookupAsync<T>(IQueryable<T> query, Func<T, int> key, CancellationToken ct) =>
        (await query.ToListAsync(ct)).ToLookup(key);
}
