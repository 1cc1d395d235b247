using Hub.Data;
using Hub.Identity;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Access;

/// <summary>
/// The data-protection officer's reads beside the access log: not pupil data behind a
/// relationship, so not in <see cref="PersonalData"/>, and each refused to any other role, but
/// for the follow-up of emergency accesses, which a unit's manager shares for its own unit's.
/// </summary>
public sealed class OversightData(HubDbContext db, CallerContext callers)
{
    /// <summary>
    /// Whether a pupil has a protected identity today, outside the caller's scope: for the oversight
    /// reports of the access log, which must withhold by the pupil's protection now, never by what
    /// was true when a read was logged.
    /// </summary>
    public async Task<bool> HasProtectedIdentityAsync(int pupilId, CancellationToken ct)
    {
        Require();
        return await db.Pupils.AnyAsync(p => p.Id == pupilId && p.ProtectedIdentity, ct);
    }

    /// <summary>
    /// Emergency accesses opened in a period that the caller follows up (<see cref="EmergencyFollowUp"/>), newest first,
    /// with their reviews; with <paramref name="overdueOn"/>, only those whose review was due before that day and has not been made.
    /// </summary>
    public Task<List<EmergencyAccess>> EmergencyAccessesAsync(DateTime? from, DateTime? to, DateOnly? overdueOn, int max, CancellationToken ct) =>
        EmergencyFollowUp.Of(db, callers.Current).AsNoTracking().Include(e => e.Review)
            .Where(e => (from == null || e.OpenedAt >= from) && (to == null || e.OpenedAt < to))
            .Where(e => overdueOn == null || (e.ReviewDueOn < overdueOn && e.Review == null))
            .OrderByDescending(e => e.OpenedAt).ThenByDescending(e => e.Id)
            .Take(max)
            .ToListAsync(ct);

    /// <summary>
    /// Disclosure decisions taken in a period (by when they were recorded), newest first: every
    /// authority's, for the officer to follow up. With <paramref name="runningOn"/>, only those that apply that day.
    /// </summary>
    public async Task<List<DisclosureDecision>> DisclosureDecisionsAsync(DateTime? from, DateTime? to, DateOnly? runningOn, int max, CancellationToken ct)
    {
        Require();
        return await db.DisclosureDecisions.AsNoTracking().Include(d => d.Pupil)
            .Where(d => (from == null || d.DecidedAt >= from) && (to == null || d.DecidedAt < to))
            .Where(d => runningOn == null || (d.ValidFrom <= runningOn && d.ValidUntil >= runningOn && (d.EndedOn == null || d.EndedOn > runningOn)))
            .OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id)
            .Take(max)
            .ToListAsync(ct);
    }

    /// <summary>One emergency access the caller follows up, with its review, or null: what a review answers with.</summary>
    public Task<EmergencyAccess?> EmergencyAccessAsync(int id, CancellationToken ct) =>
        EmergencyFollowUp.Of(db, callers.Current).AsNoTracking().Include(e => e.Review).FirstOrDefaultAsync(e => e.Id == id, ct);

    /// <summary>The emergency accesses ever opened to one pupil, oldest first, with their reviews: for the guardians' report.</summary>
    public async Task<List<EmergencyAccess>> EmergencyAccessesOfPupilAsync(int pupilId, CancellationToken ct)
    {
        Require();
        return await db.EmergencyAccesses.AsNoTracking().Include(e => e.Review)
            .Where(e => e.PupilId == pupilId).OrderBy(e => e.OpenedAt).ThenBy(e => e.Id).ToListAsync(ct);
    }

    /// <summary>
    /// The pupil with this (normalised) number anywhere in the hub, for a report the officer makes
    /// to a guardian; null when none has it. The officer's read of it is logged by the report.
    /// </summary>
    public async Task<int?> PupilAsync(string number, CancellationToken ct)
    {
        Require();
        return await db.Pupils.Where(p => p.PersonalIdentityNumber == number).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Refuses every role but the data-protection officer's: the one check of every oversight read and write.</summary>
    public static void RequireOfficer(Caller caller)
    {
        if (!RolePolicy.Reads(caller.Role, DataCategory.AccessLog))
        {
            throw new AccessDeniedError(DataCategory.AccessLog, "the data-protection officer's role");
        }
    }

    private void Require() => RequireOfficer(callers.Current);
}
