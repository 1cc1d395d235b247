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

    /// <summary>Provisions in effect that let this category cross from the producing agency to the caller (its agency, or its unit).</summary>
    public IQueryable<ConsentProvision> ProvisionsGranting(DataCategory category, Agency from)
    {
        var (to, unit) = (caller.Agency, caller.UnitId);
        return ProvisionsInEffect.Where(p => p.Category == category && p.FromAgency == from && p.ToAgency == to && (p.ToUnitId == null || p.ToUnitId == unit));
    }

    /// <summary>Effective consents with a SIP provision in effect to the caller: what lets a SIP's participant read it.</summary>
    public IQueryable<ConsentRecord> ConsentsSharingSips
    {
        get
        {
            var (to, unit) = (caller.Agency, caller.UnitId);
            var provisions = ProvisionsInEffect.Where(p => p.Purpose == SharingPurpose.Sip && p.ToAgency == to && (p.ToUnitId == null || p.ToUnitId == unit));
            return db.Consents.Where(c => provisions.Any(p => p.ConsentId == c.Id));
        }
    }

    public IQueryable<LegalBasis> LegalBasesGranting(DataCategory category, Agency from)
    {
        var unit = caller.UnitId;
        return ActiveLegalBases.Where(b => b.GrantedToUnitId == unit && b.Category == category && b.FromAgency == from);
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
    /// </summary>
    public Expression<Func<T, bool>> GrantedFor<T>(DataCategory category, Agency from, Expression<Func<T, int>> pupilId, Expression<Func<T, string>> authority)
    {
        var consents = ProvisionsGranting(category, from).Join(db.Consents, p => p.ConsentId, c => c.Id, (p, c) => new { c.PupilId, p.DisclosedByAuthority });
        var legal = LegalBasesGranting(category, from);
        var emergency = EmergencyAccessesGranting(category);
        Expression<Func<int, string, bool>> granted = (id, keeper) =>
            consents.Any(c => c.PupilId == id && c.DisclosedByAuthority == keeper) || legal.Any(b => b.PupilId == id) || emergency.Any(e => e.PupilId == id);
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
