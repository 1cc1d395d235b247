using System.Linq.Expressions;
using Hub.Data;
using Hub.Identity;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Access;

/// <summary>
/// The one way in to personal data. Every set it hands out is already narrowed, in the query,
/// to what the caller may see: pupils by relationship (or the caller's emergency access), records
/// by own authority or a grant (consent, legal basis, emergency access), within the role.
/// Batch methods take many pupils at once so that a page costs one statement per kind of record.
/// </summary>
public sealed partial class PersonalData(HubDbContext db, CallerContext callers, HubClock clock, IOptions<AccessOptions> options)
{
    private Grants? _grants;

    public Caller Caller => callers.Current;

    public DateOnly Today => clock.Today;

    public int PupilConsentAge => options.Value.PupilConsentAge;

    internal Grants Grants => _grants ??= new Grants(db, Caller, Today, clock.UtcNow, PupilConsentAge);

    /// <summary>The pupils the caller has a relationship with, or has opened by emergency access.</summary>
    public IQueryable<Pupil> Pupils =>
        db.Pupils.AsNoTracking().Where(PupilScope.Relationship(db, Caller, Grants, Today).Or(Grants.OpenedByEmergency()));

    /// <summary>Pupils whose location the caller may know: anyone without a protected identity, and the cleared few.</summary>
    public Expression<Func<Pupil, bool>> LocationVisible =>
        PupilScope.ClearedForProtectedLocation(db, Caller, Today).Or(p => !p.ProtectedIdentity);

    public bool Reads(DataCategory category) => RolePolicy.Reads(Caller.Role, category);

    /// <summary>Placements of the caller's own authority, or granted, for pupils already in scope.</summary>
    public IQueryable<Placement> Placements => Records(db.Placements, DataCategory.Placement, p => p.OwnerAuthority, p => p.PupilId);

    public IQueryable<AbsenceRecord> Absence => Records(db.AbsenceRecords, DataCategory.Absence, a => a.OwnerAuthority, a => a.PupilId);

    public IQueryable<Enrolment> Enrolments => Records(db.Enrolments, DataCategory.Enrolment, e => e.School.Authority, e => e.PupilId);

    public IQueryable<Intervention> Interventions
    {
        get
        {
            Expression<Func<Intervention, bool>> permitted = _ => false;
            foreach (var category in RolePolicy.InterventionCategories.Where(Reads))
            {
                var kinds = RolePolicy.KindsOf(category);
                var owned = Owned<Intervention>(category, i => i.OwnerAuthority, i => i.PupilId);
                permitted = permitted.Or(((Expression<Func<Intervention, bool>>)(i => kinds.Contains(i.Kind))).And(owned));
            }

            return db.Interventions.AsNoTracking().Where(permitted);
        }
    }

    public Task<ILookup<int, Placement>> PlacementsOfAsync(IReadOnlyCollection<int> pupilIds, CancellationToken ct) =>
        LookupAsync(Placements.Where(p => pupilIds.Contains(p.PupilId)).OrderBy(p => p.StartsOn).ThenBy(p => p.Id), p => p.PupilId, ct);

    /// <summary>The termly reviews of placements the caller reads, oldest first: a review is read with its placement, never without it.</summary>
    public Task<ILookup<int, PlacementReview>> PlacementReviewsOfAsync(IReadOnlyCollection<int> placementIds, CancellationToken ct)
    {
        var readable = Placements.Where(p => placementIds.Contains(p.Id)).Select(p => p.Id);
        return LookupAsync(db.PlacementReviews.AsNoTracking().Where(r => readable.Contains(r.PlacementId)).OrderBy(r => r.ReviewedOn).ThenBy(r => r.Id), r => r.PlacementId, ct);
    }

    public Task<ILookup<int, Intervention>> InterventionsOfAsync(IReadOnlyCollection<int> pupilIds, CancellationToken ct) =>
        LookupAsync(Interventions.Where(i => pupilIds.Contains(i.PupilId)).OrderBy(i => i.OpenedOn).ThenBy(i => i.Id), i => i.PupilId, ct);

    public Task<ILookup<int, AbsenceRecord>> AbsenceOfAsync(IReadOnlyCollection<int> pupilIds, CancellationToken ct) =>
        LookupAsync(Absence.Where(a => pupilIds.Contains(a.PupilId)).OrderBy(a => a.ReportedOn).ThenBy(a => a.Id), a => a.PupilId, ct);

    public Task<ILookup<int, Enrolment>> EnrolmentsOfAsync(IReadOnlyCollection<int> pupilIds, CancellationToken ct) =>
        LookupAsync(Enrolments.Where(e => pupilIds.Contains(e.PupilId)).OrderBy(e => e.StartsOn).ThenBy(e => e.Id), e => e.PupilId, ct);

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

    /// <summary>SIPs in which the caller's authority takes part, of pupils in scope.</summary>
    public IQueryable<Sip> Sips
    {
        get
        {
            var pupils = Pupils;
            return Reads(DataCategory.Sip) ? ParticipatingSips.Where(s => pupils.Any(p => p.Id == s.PupilId)) : ParticipatingSips.Where(_ => false);
        }
    }

    /// <summary>SIPs in which the caller's authority takes part.</summary>
    public Task<ILookup<int, Sip>> SipsOfAsync(IReadOnlyCollection<int> pupilIds, CancellationToken ct) =>
        LookupAsync(ParticipatingSips.Where(s => pupilIds.Contains(s.PupilId)).OrderBy(s => s.CreatedOn).ThenBy(s => s.Id), s => s.PupilId, ct);

    /// <summary>
    /// Consents of pupils in scope that the caller's agency takes part in (recorded by its
    /// authority, or giving to or from it), for roles that read consents.
    /// </summary>
    public IQueryable<ConsentRecord> Consents
    {
        get
        {
            var pupils = Pupils;
            return ParticipatingConsents.Where(c => pupils.Any(p => p.Id == c.PupilId));
        }
    }

    /// <summary>Consents the caller's agency takes part in, of pupils already in scope.</summary>
    public Task<ILookup<int, ConsentRecord>> ConsentsOfAsync(IReadOnlyCollection<int> pupilIds, CancellationToken ct) =>
        LookupAsync(ParticipatingConsents.Where(c => pupilIds.Contains(c.PupilId)).OrderBy(c => c.ValidFrom).ThenBy(c => c.Id), c => c.PupilId, ct);

    /// <summary>
    /// Requests for consent, of pupils in scope, that the caller's agency takes part in as it takes
    /// part in consents: asked by its authority, or asking for something to cross to or from it;
    /// each with only the requested provisions whose category the role reads, and none at all when
    /// it reads none of them.
    /// </summary>
    public IQueryable<ConsentRequest> ConsentRequests
    {
        get
        {
            var pupils = Pupils;
            return ParticipatingRequests.Where(r => pupils.Any(p => p.Id == r.PupilId));
        }
    }

    /// <summary>Requests for consent the caller's agency takes part in, of pupils already in scope, oldest first.</summary>
    public Task<ILookup<int, ConsentRequest>> ConsentRequestsOfAsync(IReadOnlyCollection<int> pupilIds, CancellationToken ct) =>
        LookupAsync(ParticipatingRequests.Where(r => pupilIds.Contains(r.PupilId)).OrderBy(r => r.AskedOn).ThenBy(r => r.Id), r => r.PupilId, ct);

    /// <summary>Open requests the caller's own authority asked, of pupils the caller sees, oldest first, each with its pupil: what waits for an answer.</summary>
    public Task<List<ConsentRequest>> OpenConsentRequestsAsync(int max, CancellationToken ct)
    {
        var authority = Caller.Authority;
        return ConsentRequests.Include(r => r.Pupil)
            .Where(r => r.Status == ConsentRequestStatus.Open && r.AskedByUnit.Authority == authority)
            .OrderBy(r => r.AskedOn).ThenBy(r => r.Id).Take(max).ToListAsync(ct);
    }

    /// <summary>Which of these consents grant today (the rule of <see cref="Grants.EffectiveConsents"/>): each effective id under itself.</summary>
    public Task<ILookup<int, int>> EffectiveConsentsAsync(IReadOnlyCollection<int> consentIds, CancellationToken ct) =>
        LookupAsync(Grants.EffectiveConsents.Where(c => consentIds.Contains(c.Id)).Select(c => c.Id), id => id, ct);

    /// <summary>
    /// SIPs the caller's authority takes part in, while a consent shares them with it: the SIP's
    /// own consent in effect, with a SIP provision in effect to the caller. Withdrawal or expiry
    /// ends that at once. The initiating authority keeps reading its plan as its own record (it
    /// closes it after a withdrawal); what the others wrote into it was given while the consent held.
    /// </summary>
    private IQueryable<Sip> ParticipatingSips
    {
        get
        {
            var authority = Caller.Authority;
            var sharing = Grants.ConsentsSharingSips;
            // One statement: a split query skips its follow-up statements when no plan is found, so what a page costs would vary with the plans it may read.
            return db.Sips.AsNoTracking().AsSingleQuery().Include(s => s.Participants).Include(s => s.Goals).Include(s => s.Meetings)
                .Where(s => s.Participants.Any(p => p.Authority == authority)
                    && (s.InitiatedByUnit.Authority == authority || sharing.Any(c => c.Id == s.ConsentId)));
        }
    }

    /// <summary>
    /// Consents the caller's agency takes part in (recorded by its authority, or giving to or from
    /// it), each with only the provisions whose category the caller's role reads; a consent with
    /// none of those is not shown at all, so neither a list nor its count tells what was left out.
    /// </summary>
    private IQueryable<ConsentRecord> ParticipatingConsents
    {
        get
        {
            var (agency, authority) = (Caller.Agency, Caller.Authority);
            var readable = RolePolicy.CategoriesOf(Caller.Role).ToList();
            var consents = db.Consents.AsNoTracking().AsSplitQuery()
                .Include(c => c.Provisions.Where(p => readable.Contains(p.Category))).ThenInclude(p => p.WithdrawnByGuardian)
                .Include(c => c.Signatures).ThenInclude(s => s.Guardian)
                .Include(c => c.WithdrawnByGuardian);
            return Reads(DataCategory.Consent)
                ? consents.Where(c => (c.RecordedByUnit.Authority == authority || c.Provisions.Any(p => p.FromAgency == agency || p.ToAgency == agency))
                    && c.Provisions.Any(p => readable.Contains(p.Category)))
                : consents.Where(_ => false);
        }
    }

    /// <summary>Requests for consent the caller's agency takes part in, by the rule of <see cref="ParticipatingConsents"/>.</summary>
    private IQueryable<ConsentRequest> ParticipatingRequests
    {
        get
        {
            var (agency, authority) = (Caller.Agency, Caller.Authority);
            var readable = RolePolicy.CategoriesOf(Caller.Role).ToList();
            var requests = db.ConsentRequests.AsNoTracking().AsSplitQuery()
                .Include(r => r.Provisions.Where(p => readable.Contains(p.Category)))
                .Include(r => r.AnsweredByGuardian);
            return Reads(DataCategory.Consent)
                ? requests.Where(r => (r.AskedByUnit.Authority == authority || r.Provisions.Any(p => p.FromAgency == agency || p.ToAgency == agency))
                    && r.Provisions.Any(p => readable.Contains(p.Category)))
                : requests.Where(_ => false);
        }
    }

    private IQueryable<T> Records<T>(DbSet<T> set, DataCategory category, Expression<Func<T, string>> authority, Expression<Func<T, int>> pupilId)
        where T : class =>
        Reads(category) ? set.AsNoTracking().Where(Owned(category, authority, pupilId)) : set.Where(_ => false);

    /// <summary>The caller's own authority's records, or records a grant opens.</summary>
    private Expression<Func<T, bool>> Owned<T>(DataCategory category, Expression<Func<T, string>> authority, Expression<Func<T, int>> pupilId)
    {
        var own = Caller.Authority;
        Expression<Func<string>> ownAuthority = () => own;
        var isOwn = Expression.Lambda<Func<T, bool>>(Expression.Equal(authority.Body, ownAuthority.Body), authority.Parameters);
        var from = DataCategories.ProducedBy(category) ?? throw new ArgumentException($"{category} is not one agency's records.", nameof(category));
        return isOwn.Or(Grants.GrantedFor(category, from, pupilId, authority));
    }

    private static async Task<ILookup<int, T>> LookupAsync<T>(IQueryable<T> query, Func<T, int> key, CancellationToken ct) =>
        (await query.ToListAsync(ct)).ToLookup(key);
}
