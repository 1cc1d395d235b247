using System.Linq.Expressions;
using Hub.Data;
using Hub.Identity;
using Hub.Records;

namespace Hub.Access;

/// <summary>
/// What lets a caller read another agency's records, as queries the database evaluates: active
/// consents, legal bases and emergency access. Record filters compose these, and the decisions
/// that report a basis read the same queries, so the two can never disagree.
/// </summary>
internal sealed class Grants(HubDbContext db, Caller caller, DateOnly today, DateTime now, int pupilConsentAge)
{
    /// <summary>
    /// A consent grants only while it is in its period, not withdrawn, signed by every guardian
    /// with custody today (at least one), and by the pupil too from the configured age.
    /// </summary>
    public IQueryable<ConsentRecord> EffectiveConsents
    {
        get
        {
            var bornBefore = today.AddYears(-pupilConsentAge);
            return db.Consents.Where(c => c.WithdrawnAt == null && c.ValidFrom <= today && c.ValidTo >= today
                && c.Signatures.Any(s => s.GuardianId != null)
                && !db.Custodies.Any(cu => cu.PupilId == c.PupilId && cu.StartsOn <= today && (cu.EndsOn == null || cu.EndsOn > today)
                    && !c.Signatures.Any(s => s.GuardianId == cu.GuardianId))
                && (c.Pupil.BirthDate > bornBefore || c.Signatures.Any(s => s.ByPupil)));
        }
    }

    /// <summary>
    /// Provisions of effective consents that are in effect: the authority that keeps the records
    /// recorded or confirmed them (<see cref="ConsentProvision.DisclosedByAuthority"/>), and nobody
    /// has withdrawn them.
    /// </summary>
    public IQueryable<ConsentProvision> ProvisionsInEffect
    {
        get
        {
            var effective = EffectiveConsents;
            return db.ConsentProvisions.Where(p => p.DisclosedByAuthority != null && p.WithdrawnAt == null && effective.Any(c => c.Id == p.ConsentId));
        }
    }

    /// <summary>
    /// Provisions in effect given to the caller (its agency, or its unit) for the purpose the request
    /// declared: a consent grants only for its provision's purpose, and a request with no purpose
    /// (the data-protection officer's) is granted nothing by consent.
    /// </summary>
    public IQueryable<ConsentProvision> ProvisionsToCaller => ProvisionsToCallerFor(caller.Purpose);

    /// <summary>Provisions in effect given to the caller (its agency, or its unit) for this purpose; none for no purpose.</summary>
    public IQueryable<ConsentProvision> ProvisionsToCallerFor(SharingPurpose? purpose)
    {
        var (to, unit) = (caller.Agency, caller.UnitId);
        return ProvisionsInEffect.Where(p => p.ToAgency == to && (p.ToUnitId == null || p.ToUnitId == unit) && (SharingPurpose?)p.Purpose == purpose);
    }

    /// <summary>Provisions in effect that let this category cross from the producing agency to the caller, for its declared purpose.</summary>
    public IQueryable<ConsentProvision> ProvisionsGranting(DataCategory category, Agency from) =>
        ProvisionsToCaller.Where(p => p.Category == category && p.FromAgency == from);

    /// <summary>
    /// Effective consents with a SIP provision in effect to the caller: what lets a SIP's participant
    /// read it. A SIP is shared for the SIP's own purpose, so it is read for that purpose only.
    /// </summary>
    public IQueryable<ConsentRecord> ConsentsSharingSips
    {
        get
        {
            var provisions = ProvisionsToCaller.Where(p => p.Purpose == SharingPurpose.Sip);
            return db.Consents.Where(c => provisions.Any(p => p.ConsentId == c.Id));
        }
    }

    public IQueryable<LegalBasis> LegalBasesGranting(DataCategory category, Agency from) =>
        LegalBasesToCaller.Where(b => b.Category == category && b.FromAgency == from);

    /// <summary>
    /// Legal bases running today for the caller's unit, for the purpose the request declared: a
    /// basis of the catalogue carries its kind's purpose (<see cref="LegalBasisKinds"/>), a disclosure
    /// decision's basis the decision's own. A request with no purpose is granted nothing by law either.
    /// </summary>
    public IQueryable<LegalBasis> LegalBasesToCaller
    {
        get
        {
            var (unit, purpose) = (caller.UnitId, caller.Purpose);
            var kinds = LegalBasisKinds.All.Where(k => k.Purpose is not null && k.Purpose == purpose).Select(k => k.Kind).ToList();
            var decisions = db.DisclosureDecisions.Where(d => (SharingPurpose?)d.Purpose == purpose).Select(d => (int?)d.Id);
            return ActiveLegalBases.Where(b => b.GrantedToUnitId == unit && (kinds.Contains(b.Kind) || decisions.Contains(b.SourceDisclosureId)));
        }
    }

    public IQueryable<LegalBasis> ActiveLegalBases =>
        db.LegalBases.Where(b => b.ValidFrom <= today && (b.ValidTo == null || b.ValidTo > today));

    /// <summary>The caller's own emergency accesses that are open now.</summary>
    public IQueryable<EmergencyAccess> OpenEmergencyAccesses
    {
        get
        {
            var (person, unit, at) = (caller.PersonId, caller.UnitId, now);
            return db.EmergencyAccesses.Where(e => e.PersonId == person && e.UnitId == unit && e.OpenedAt <= at && e.ExpiresAt > at);
        }
    }

    public IQueryable<EmergencyAccess> EmergencyAccessesGranting(DataCategory category)
    {
        var marker = DataCategorySet.Marker(category);
        return OpenEmergencyAccesses.Where(e => ("," + e.Categories + ",").Contains(marker));
    }

    /// <summary>
    /// Whether any grant covers this category of the record whose pupil and keeping authority the
    /// expressions give (both over the same record parameter). A consent opens only the records of
    /// the authority that recorded or confirmed its provision: one authority cannot lift another's secrecy.
    /// A legal basis that names its disclosing authority (a reporter's, a disclosure decision's) opens only that authority's.
    /// </summary>
    public Expression<Func<T, bool>> GrantedFor<T>(DataCategory category, Agency from, Expression<Func<T, int>> pupilId, Expression<Func<T, string>> authority)
    {
        var consented = Consented(category, from);
        var legal = LegalBasesGranting(category, from);
        var emergency = EmergencyAccessesGranting(category);
        Expression<Func<int, string, bool>> granted = (id, keeper) =>
            consented.Any(c => c.PupilId == id && c.DisclosedByAuthority == keeper)
            || legal.Any(b => b.PupilId == id && (b.FromAuthority == null || b.FromAuthority == keeper))
            || emergency.Any(e => e.PupilId == id);
        return Bind(granted, pupilId, authority);
    }

    /// <summary>Whether a consent alone covers this category of the record, as <see cref="GrantedFor"/> counts a consent.</summary>
    public Expression<Func<T, bool>> ConsentedFor<T>(DataCategory category, Agency from, Expression<Func<T, int>> pupilId, Expression<Func<T, string>> authority)
    {
        var consented = Consented(category, from);
        return Bind((id, keeper) => consented.Any(c => c.PupilId == id && c.DisclosedByAuthority == keeper), pupilId, authority);
    }

    /// <summary>The pupils and disclosing authorities of the provisions in effect for this category to the caller.</summary>
    private IQueryable<ConsentedPupil> Consented(DataCategory category, Agency from) =>
        ProvisionsGranting(category, from).Join(db.Consents, p => p.ConsentId, c => c.Id, (p, c) => new ConsentedPupil { PupilId = c.PupilId, DisclosedByAuthority = p.DisclosedByAuthority });

    /// <summary>A test of (pupil, keeping authority) as a test of the record the two expressions read them from.</summary>
    private static Expression<Func<T, bool>> Bind<T>(Expression<Func<int, string, bool>> granted, Expression<Func<T, int>> pupilId, Expression<Func<T, string>> authority)
    {
        var record = pupilId.Parameters[0];
        var keeperBody = new Substitute(authority.Parameters[0], record).Visit(authority.Body);
        var body = new Substitute(granted.Parameters[0], pupilId.Body).Visit(granted.Body);
        body = new Substitute(granted.Parameters[1], keeperBody).Visit(body);
        return Expression.Lambda<Func<T, bool>>(body, record);
    }

    /// <summary>Pupils the caller sees through emergency access rather than a relationship.</summary>
    public Expression<Func<Pupil, bool>> OpenedByEmergency()
    {
        var open = OpenEmergencyAccesses;
        return p => open.Any(e => e.PupilId == p.Id);
    }

    private sealed class Substitute(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

/// <summary>A pupil a consent provision covers, and the authority that disclosed under it.</summary>
internal sealed class ConsentedPupil
{
    public int PupilId { get; init; }

    public string? DisclosedByAuthority { get; init; }
}
