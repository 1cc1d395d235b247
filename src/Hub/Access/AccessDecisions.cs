using Hub.Data;
using Hub.Identity;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Access;

/// <summary>
/// Decides, for the pupils a request has loaded, every category at once: a handful of statements
/// per batch of pupils, whatever their number. Decisions read only bases (relationship, consents,
/// legal bases, emergency access), never the records, so they are the same whether data exists.
/// </summary>
public sealed class AccessDecisions(PersonalData data, HubDbContext db)
{
    private readonly Dictionary<int, PupilAccess> _decided = [];

    public PupilAccess For(int pupilId) =>
        _decided.TryGetValue(pupilId, out var access) ? access : throw new InvalidOperationException($"Pupil {pupilId} was not loaded through the access layer.");

    /// <summary>Whether this request has decided the pupil already.</summary>
    public bool Has(int pupilId) => _decided.ContainsKey(pupilId);

    /// <summary>Takes a decision made for the same caller at the same moment in another scope (one event, many subscribers).</summary>
    public void Seed(PupilAccess access) => _decided[access.PupilId] = access;

    /// <summary>Drops what was decided about a pupil, after a change that may have moved its bases.</summary>
    public void Forget(int pupilId) => _decided.Remove(pupilId);

    public async Task PrepareAsync(IReadOnlyCollection<Pupil> pupils, CancellationToken ct)
    {
        var pending = pupils.Where(p => !_decided.ContainsKey(p.Id)).DistinctBy(p => p.Id).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var ids = pending.Select(p => p.Id).ToList();
        var grants = data.Grants;
        var caller = data.Caller;
        var consents = await (
            from p in grants.ProvisionsToCaller
            join c in db.Consents on p.ConsentId equals c.Id
            where ids.Contains(c.PupilId)
            select new { c.PupilId, c.Id, p.Category, p.FromAgency }).ToListAsync(ct);
        var legal = await grants.LegalBasesToCaller.Where(b => ids.Contains(b.PupilId))
            .Select(b => new { b.PupilId, b.Id, b.Category, b.FromAgency, b.Statute, b.Kind }).ToListAsync(ct);
        var emergency = await grants.OpenEmergencyAccesses.Where(e => ids.Contains(e.PupilId))
            .Select(e => new { e.PupilId, e.Id, e.Categories }).ToListAsync(ct);
        var related = await db.Pupils.Where(p => ids.Contains(p.Id)).Where(PupilScope.Relationship(db, caller, grants, data.Today))
            .Select(p => p.Id).ToListAsync(ct);
        var protectedIds = pending.Where(p => p.ProtectedIdentity).Select(p => p.Id).ToList();
        // Asked even for a page without protected pupils, so that the statements a page costs never hint at one.
        var cleared = await db.Pupils.Where(p => protectedIds.Contains(p.Id))
            .Where(PupilScope.ClearedForProtectedLocation(db, caller, data.Today)).Select(p => p.Id).ToListAsync(ct);

        foreach (var pupil in pending)
        {
            var decisions = DataCategories.AboutPupils.ToDictionary(c => c, c =>
            {
                var bases = new List<AccessBasis>();
                if (RolePolicy.Reads(caller.Role, c))
                {
                    bases.AddRange(StandingBases(c, caller, related.Contains(pupil.Id)));
                    var from = DataCategories.ProducedBy(c);
                    bases.AddRange(consents.Where(g => g.PupilId == pupil.Id && g.Category == c && g.FromAgency == from)
                        .Select(g => g.Id).Distinct().Select(id => new AccessBasis(BasisKind.Consent, id)));
                    bases.AddRange(legal.Where(g => g.PupilId == pupil.Id && g.Category == c && g.FromAgency == from)
                        .Select(g => new AccessBasis(BasisKind.LegalBasis, g.Id, g.Statute, g.Kind)));
                    bases.AddRange(emergency.Where(g => g.PupilId == pupil.Id && DataCategorySet.Parse(g.Categories).Contains(c))
                        .Select(g => new AccessBasis(BasisKind.EmergencyAccess, g.Id)));
                }

                return new AccessDecision(c, bases, bases.Count > 0 ? null : MissingRequirement(c, caller));
            });
            _decided[pupil.Id] = new PupilAccess(pupil.Id, pupil.ProtectedIdentity, cleared.Contains(pupil.Id), decisions);
        }
    }

    /// <summary>The bases that need no grant: who the pupil is through the relationship, own records, participation.</summary>
    private static IEnumerable<AccessBasis> StandingBases(DataCategory category, Caller caller, bool related)
    {
        if (category is DataCategory.Identity or DataCategory.Guardians)
        {
            return related ? [new AccessBasis(BasisKind.Relationship)] : [];
        }

        if (category is DataCategory.Sip or DataCategory.Consent)
        {
            return related ? [new AccessBasis(BasisKind.Participation)] : [];
        }

        return related && DataCategories.ProducedBy(category) == caller.Agency ? [new AccessBasis(BasisKind.OwnRecords)] : [];
    }

    private string MissingRequirement(DataCategory category, Caller caller)
    {
        if (!RolePolicy.Reads(caller.Role, category))
        {
            return AccessDeniedError.RoleRequirement(category, caller.Role);
        }

        return DataCategories.ProducedBy(category) is Agency from
            ? $"consent of the pupil's guardians (both, under joint custody; and the pupil's own from age {data.PupilConsentAge}) "
              + $"for {DataCategories.Describe(category)} {from} → {caller.Agency}, or a legal basis"
            : $"a relationship with the pupil";
    }
}
