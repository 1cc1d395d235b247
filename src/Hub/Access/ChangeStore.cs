using System.Linq.Expressions;
using Hub.Data;
using Hub.Identity;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Access;

/// <summary>
/// The store as a mutation changes it, inside the mutation's transaction: new records added,
/// records the caller reached through <see cref="PersonalData"/> tracked for change, and the named
/// reads a mutation's own checks need. Those checks may look past the caller's view (a pupil has
/// one placement at a time, whoever decided it), so each is a narrow question with a yes, a date or
/// the caller's own records for an answer; a refusal built on one tells only what
/// <c>Write.AboutPupilAsync</c> lets it. Nothing else outside the access layer opens the store.
/// </summary>
public sealed partial class ChangeStore(HubDbContext db, CallerContext callers)
{
    public void Add<T>(T record)
        where T : class => db.Add(record);

    /// <summary>Saves inside the mutation's transaction, for a record whose id another record needs now.</summary>
    public Task SaveAsync(CancellationToken ct) => db.SaveChangesAsync(ct);

    /// <summary>
    /// A record found in a set the access layer handed out, then tracked for change; null when the
    /// set does not hold it, so an id the caller may not see is answered like one that does not exist.
    /// </summary>
    public async Task<T?> ForChangeAsync<T>(IQueryable<T> visible, int id, CancellationToken ct)
        where T : class
    {
        var found = await visible.AsNoTracking().Where(e => EF.Property<int>(e, "Id") == id).AnyAsync(ct);
        return found ? await db.Set<T>().SingleAsync(e => EF.Property<int>(e, "Id") == id, ct) : null;
    }

    /// <summary>
    /// A pupil the access layer already gave the caller (in its scope, found by number in its
    /// jurisdiction, or the pupil of a record it reached), tracked for change.
    /// </summary>
    public Task<Pupil> PupilAsync(int pupilId, CancellationToken ct) => db.Pupils.SingleAsync(p => p.Id == pupilId, ct);

    /// <summary>A guardian the caller already sees (<see cref="IdentityNumbers.VisibleGuardians"/>), tracked for change.</summary>
    public Task<Guardian> GuardianAsync(int guardianId, CancellationToken ct) => db.Guardians.SingleAsync(g => g.Id == guardianId, ct);

    /// <summary>Refuses nothing itself: marks a record changed at the version the caller read, so a concurrent change fails the save.</summary>
    public void ExpectVersion(IVersioned record, int version)
    {
        var entry = db.Entry(record);
        entry.Property(nameof(IVersioned.Version)).OriginalValue = version;
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Modified;
        }
    }

    /// <summary>The id the store gave a record (after it was saved).</summary>
    public int IdOf(object record) => (int)db.Entry(record).Property("Id").CurrentValue!;

    /// <summary>A record that the write makes anew from an earlier one (a reported child enrolled): saved as version 0, as a new record is.</summary>
    public void StartOver(IVersioned record) => db.StartOver(record);

    /// <summary>Marks a record changed as a whole, so its version goes up with the rows that changed beside it.</summary>
    public void MarkChanged(object record) => db.Entry(record).State = EntityState.Modified;

    /// <summary>Loads the related rows of a record the caller is changing (a consent's signatures, a SIP's goals).</summary>
    public Task LoadAsync<T, TItem>(T record, Expression<Func<T, IEnumerable<TItem>>> items, CancellationToken ct)
        where T : class
        where TItem : class => db.Entry(record).Collection(items).LoadAsync(ct);

    /// <summary>Whether any pupil in the hub has the number: registering a pupil must not make a second record of one person.</summary>
    public Task<bool> NumberInHubAsync(string number, CancellationToken ct) => db.Pupils.AnyAsync(p => p.PersonalIdentityNumber == number, ct);

    /// <summary>
    /// The child with the number, wherever registered and whoever may read it, tracked for change:
    /// for a write that must reach every child (a report of concern, an enrolment) and answers alike
    /// whether it found one.
    /// </summary>
    public Task<Pupil?> PupilByNumberAsync(string number, CancellationToken ct) => db.Pupils.SingleOrDefaultAsync(p => p.PersonalIdentityNumber == number, ct);

    /// <summary>The pupil's placements (any authority's) that last past a day: a pupil has one at a time.</summary>
    public IQueryable<Placement> PlacementsLastingPast(int pupilId, DateOnly day) =>
        db.Placements.Where(p => p.PupilId == pupilId && (p.EndsOn == null || p.EndsOn > day));

    /// <summary>How many places of a group are taken on a day (placements not ended by then, whoever decided them): a group is full at its capacity.</summary>
    public Task<int> PlacesTakenAsync(int groupId, DateOnly day, CancellationToken ct) =>
        db.Placements.CountAsync(p => p.GroupId == groupId && (p.EndsOn == null || p.EndsOn > day), ct);

    /// <summary>The settings of an RSU group, tracked for change; null before the district's principals first set them.</summary>
    public Task<RsuGroup?> RsuGroupAsync(int groupId, CancellationToken ct) => db.RsuGroups.SingleOrDefaultAsync(g => g.GroupId == groupId, ct);

    /// <summary>The pupil's enrolments that last past a day: a move ends them.</summary>
    public IQueryable<Enrolment> EnrolmentsLastingPast(int pupilId, DateOnly day) =>
        db.Enrolments.Where(e => e.PupilId == pupilId && (e.EndsOn == null || e.EndsOn > day));

    /// <summary>The pupil's custodies that last past a day.</summary>
    public IQueryable<Custody> CustodiesLastingPast(int pupilId, DateOnly day) =>
        db.Custodies.Where(c => c.PupilId == pupilId && (c.EndsOn == null || c.EndsOn > day));

    /// <summary>The guardians with custody of the pupil on a day: who may sign a consent.</summary>
    public Task<List<int>> CustodiansAsync(int pupilId, DateOnly day, CancellationToken ct) =>
        db.Custodies.Where(c => c.PupilId == pupilId && c.StartsOn <= day && (c.EndsOn == null || c.EndsOn > day))
            .Select(c => c.GuardianId).ToListAsync(ct);

    /// <summary>The guardians who have ever had custody of the pupil: a guardian id outside them is answered like one that does not exist.</summary>
    public Task<List<int>> GuardiansEverAsync(int pupilId, CancellationToken ct) =>
        db.Custodies.Where(c => c.PupilId == pupilId).Select(c => c.GuardianId).Distinct().ToListAsync(ct);

    /// <summary>The school's report of a pupil's absence for a term, if it has made one, tracked for change.</summary>
    public Task<AbsenceRecord?> AbsenceReportAsync(int pupilId, string term, int schoolId, CancellationToken ct) =>
        db.AbsenceRecords.SingleOrDefaultAsync(a => a.PupilId == pupilId && a.Term == term && a.SchoolId == schoolId, ct);

    /// <summary>The records the caller's own authority keeps: its own workflow's checks (an open investigation, a report's assessment).</summary>
    public IQueryable<Intervention> KeptByCallersAuthority
    {
        get
        {
            var authority = callers.Current.Authority;
            return db.Interventions.Where(i => i.OwnerAuthority == authority);
        }
    }

    /// <summary>The legal bases an intervention of the caller's authority opened that last past a day: closing it ends them.</summary>
    public IQueryable<LegalBasis> BasesOpenedBy(Intervention source, DateOnly day) =>
        db.LegalBases.Where(b => b.SourceInterventionId == source.Id && (b.ValidTo == null || b.ValidTo > day));

    /// <summary>The legal bases a disclosure decision of the caller's authority opened that last past a day: ending it ends them.</summary>
    public IQueryable<LegalBasis> BasesOpenedBy(DisclosureDecision source, DateOnly day) =>
        db.LegalBases.Where(b => b.SourceDisclosureId == source.Id && (b.ValidTo == null || b.ValidTo > day));

    /// <summary>
    /// A provision of a consent the caller sees (<paramref name="visible"/>), tracked for change;
    /// null when no such consent holds it, so another family's provision id answers like a missing one.
    /// </summary>
    public async Task<ConsentProvision?> ProvisionForChangeAsync(IQueryable<ConsentRecord> visible, int provisionId, CancellationToken ct)
    {
        var found = await db.ConsentProvisions.AsNoTracking().AnyAsync(p => p.Id == provisionId && visible.Any(c => c.Id == p.ConsentId), ct);
        return found ? await db.ConsentProvisions.SingleAsync(p => p.Id == provisionId, ct) : null;
    }

    /// <summary>The school the pupil is enrolled at on the day, if any: whose authority keeps the pupil's school records.</summary>
    public Task<int?> EnrolledSchoolAsync(int pupilId, DateOnly day, CancellationToken ct) =>
        db.Enrolments.Where(e => e.PupilId == pupilId && e.StartsOn <= day && (e.EndsOn == null || e.EndsOn > day))
            .OrderByDescending(e => e.StartsOn).Select(e => (int?)e.SchoolId).FirstOrDefaultAsync(ct);

    /// <summary>The provisions of a consent the caller reached through the access layer, tracked for change.</summary>
    public IQueryable<ConsentProvision> ProvisionsOf(ConsentRecord consent) => db.ConsentProvisions.Where(p => p.ConsentId == consent.Id);

    /// <summary>The pupil's consent with this id and its provisions, or null: a SIP names the consent that covers it.</summary>
    public Task<ConsentRecord?> ConsentOfPupilAsync(int consentId, int pupilId, CancellationToken ct) =>
        db.Consents.AsNoTracking().Include(c => c.Provisions).SingleOrDefaultAsync(c => c.Id == consentId && c.PupilId == pupilId, ct);

    /// <summary>Records an emergency access the caller opened, at once: the access it gives must hold before anything is read.</summary>
    public async Task OpenEmergencyAccessAsync(EmergencyAccess access, CancellationToken ct)
    {
        if (access.PersonId != callers.Current.PersonId || access.UnitId != callers.Current.UnitId)
        {
            throw new InvalidOperationException("An emergency access is opened only by the caller, for itself.");
        }

        db.EmergencyAccesses.Add(access);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The emergency accesses the caller follows up (<see cref="EmergencyFollowUp"/>): every one in
    /// the hub for the data-protection officer, its own unit's for a unit's manager. Refused to any other role.
    /// </summary>
    public IQueryable<EmergencyAccess> EmergencyAccessesToReview => EmergencyFollowUp.Of(db, callers.Current);

    /// <summary>The review of an emergency access, if one was made: an opening is reviewed once.</summary>
    public Task<EmergencyAccessReview?> ReviewOfAsync(EmergencyAccess access, CancellationToken ct) =>
        db.EmergencyAccessReviews.AsNoTracking().SingleOrDefaultAsync(r => r.EmergencyAccessId == access.Id, ct);

    /// <summary>The district's contact persons still serving (directory data), tracked for change.</summary>
    /// <summary>Whether the school social team works at the school (a directory fact, told only as the caller's refusals allow).</summary>
    public Task<bool> SchoolServedAsync(int teamId, int? schoolId, CancellationToken ct) =>
        db.SchoolSocialTeamSchools.AnyAsync(s => s.TeamId == teamId && s.SchoolId == schoolId, ct);

    /// <summary>The schools a school social team works at, tracked for change.</summary>
    public Task<List<SchoolSocialTeamSchool>> SchoolsServedAsync(int teamId, CancellationToken ct) =>
        db.SchoolSocialTeamSchools.Where(s => s.TeamId == teamId).ToListAsync(ct);

    /// <summary>A unit of the directory, tracked, for a change filed under it.</summary>
    public Task<Unit> UnitForChangeAsync(int unitId, CancellationToken ct) => db.Units.SingleAsync(u => u.Id == unitId, ct);

    public void Remove<T>(T record)
        where T : class => db.Remove(record);

    public Task<List<ContactPerson>> ServingContactPersonsAsync(int districtId, CancellationToken ct) =>
        db.ContactPersons.Where(c => c.DistrictId == districtId && c.EndsOn == null).ToListAsync(ct);
}
