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

    /// <summary>The districts' local cooperation agreements, with their parties and revisions: directory data, the same for every caller.</summary>
    public IQueryable<CooperationAgreement> CooperationAgreements =>
        db.CooperationAgreements.AsNoTracking().Include(a => a.Parties).Include(a => a.Revisions);

    /// <summary>Cooperation agreements by district and signing day, of one district or all; with <paramref name="overdue"/>, only those whose revision has (or has not) passed.</summary>
    public Task<List<CooperationAgreement>> CooperationAgreementsAsync(int? districtId, bool? overdue, int max, CancellationToken ct)
    {
        var today = Today;
        return CooperationAgreements.AsSplitQuery()
            .Where(a => districtId == null || a.DistrictId == districtId)
            .Where(a => overdue == null || (a.RevisionDueOn < today) == overdue)
            .OrderBy(a => a.DistrictId).ThenBy(a => a.SignedOn).ThenBy(a => a.Id)
            .Take(max).ToListAsync(ct);
    }

    /// <summary>
    /// Contact-person notices the caller may see: those sent to the caller's own school, and, for a
    /// district's social services, all those of its district (who has acknowledged, who has not).
    /// Directory data: none names a pupil.
    /// </summary>
    public IQueryable<ContactPersonNotice> ContactPersonNotices
    {
        get
        {
            var caller = Caller;
            var district = caller.Agency == Agency.SocialServices ? caller.DistrictId : null;
            return db.ContactPersonNotices.AsNoTracking().Include(n => n.ContactPerson)
                .Where(n => n.SchoolId == caller.UnitId || (district != null && n.DistrictId == district));
        }
    }

    /// <summary>The notices the caller sees, newest first; with <paramref name="acknowledged"/> false, only those still to acknowledge about a person serving or about to.</summary>
    public Task<List<ContactPersonNotice>> ContactPersonNoticesAsync(bool? acknowledged, int max, CancellationToken ct) =>
        ContactPersonNotices
            .Where(n => acknowledged == null || (n.AcknowledgedAt != null) == acknowledged)
            .Where(n => acknowledged != false || n.ContactPerson.EndsOn == null)
            .OrderByDescending(n => n.EffectiveOn).ThenBy(n => n.SchoolId).ThenBy(n => n.Id)
            .Take(max).ToListAsync(ct);

    /// <summary>What the districts' principals set for their RSU groups: directory data, the same for every caller.</summary>
    public IQueryable<RsuGroup> RsuGroups => db.RsuGroups.AsNoTracking();

    /// <summary>
    /// How many places of each group are taken on a day: placements not ended by then (one decided
    /// to start later holds its place already). A count, never who: callers read it only as
    /// <c>Unit.rsuGroup.freePlaces</c> decides.
    /// </summary>
    public async Task<ILookup<int, int>> PlacesTakenAsync(IReadOnlyCollection<int> groupIds, DateOnly day, CancellationToken ct)
    {
        var counts = await db.Placements.AsNoTracking()
            .Where(p => groupIds.Contains(p.GroupId) && (p.EndsOn == null || p.EndsOn > day))
            .GroupBy(p => p.GroupId).Select(g => new { GroupId = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return groupIds.ToLookup(id => id, id => counts.FirstOrDefault(c => c.GroupId == id)?.Count ?? 0);
    }

    /// <summary>Reports of concern the caller's own unit made: what a reporter sees of its report (the receipt).</summary>
    public IQueryable<ReportOfConcern> ReportsMadeByCallersUnit
    {
        get
        {
            var unit = Caller.UnitId;
            return db.Interventions.OfType<ReportOfConcern>().AsNoTracking().Where(r => r.ReporterUnitId == unit);
        }
    }

    /// <summary>The population-register notices the caller's own unit sent: its receipts, and nothing about any child.</summary>
    public IQueryable<RegisterNotice> RegisterNoticesFromCallersUnit
    {
        get
        {
            var unit = Caller.UnitId;
            return db.RegisterNotices.AsNoTracking().Where(n => n.UnitId == unit);
        }
    }

    /// <summary>Reports the caller's own unit made, newest first.</summary>
    public Task<List<ReportOfConcern>> ReportsMadeByCallersUnitAsync(int max, CancellationToken ct) =>
        ReportsMadeByCallersUnit.OrderByDescending(r => r.OpenedOn).ThenByDescending(r => r.Id).Take(max).ToListAsync(ct);

    /// <summary>
    /// What a professional reporter may be told of a report its unit made, and nothing more: whether
    /// the preliminary assessment decided an investigation, none, or found one already running (null
    /// while undecided); with the pupil and whether its identity is protected, for the access log.
    /// </summary>
    public Task<ILookup<int, ReportTold>> ReportsToldAsync(IReadOnlyCollection<int> reportIds, CancellationToken ct) =>
        LookupAsync(
            from r in ReportsMadeByCallersUnit
            where reportIds.Contains(r.Id)
            select new ReportTold(r.Id, r.PupilId, r.Pupil.ProtectedIdentity,
                db.Interventions.OfType<PreliminaryAssessment>().Where(a => a.ReportId == r.Id).Select(a => a.Decision).FirstOrDefault()),
            t => t.ReportId,
            ct);

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

    /// <summary>
    /// Provisions waiting for the caller's authority: pending, naming it as the one that keeps the
    /// records, of categories the caller's role reads, in consents of pupils the caller sees that
    /// still run and were not withdrawn; oldest consent first, each with its pupil.
    /// </summary>
    public async Task<List<(ConsentRecord Consent, ConsentProvision Provision)>> PendingProvisionsAsync(int max, CancellationToken ct)
    {
        var (authority, today) = (Caller.Authority, Today);
        var readable = RolePolicy.CategoriesOf(Caller.Role).ToList();
        var waiting = db.ConsentProvisions.Where(ConsentProvision.IsPending)
            .Where(p => p.FromAuthority == authority && readable.Contains(p.Category)).Select(p => p.ConsentId);
        var consents = await Consents.Include(c => c.Pupil)
            .Where(c => c.WithdrawnAt == null && c.ValidTo >= today && waiting.Contains(c.Id))
            .OrderBy(c => c.RecordedAt).ThenBy(c => c.Id).Take(max).ToListAsync(ct);
        return consents.SelectMany(c => c.Provisions
                .Where(p => p.FromAuthority == authority && p.Status == ProvisionStatus.Pending)
                .OrderBy(p => p.Id)
                .Select(p => (c, p)))
            .ToList();
    }

    /// <summary>
    /// Emergency accesses another authority opened to pupils the caller's unit has a relationship
    /// with, during which records of the caller's agency were read: what the authority whose records
    /// were read is told, newest first. Each with the categories of the caller's agency read under
    /// it; openings that read none of them are not told.
    /// </summary>
    public async Task<List<EmergencyNotice>> EmergencyNoticesAsync(int max, CancellationToken ct)
    {
        var today = Today;
        var (authority, agency) = (Caller.Authority, Caller.Agency);
        var related = db.Pupils.Where(PupilScope.Relationship(db, Caller, Grants, today)).Select(p => p.Id);
        var openings = await db.EmergencyAccesses.AsNoTracking().Include(e => e.Review).Include(e => e.Unit).Include(e => e.Pupil)
            .Where(e => related.Contains(e.PupilId) && e.Unit.Authority != authority)
            .OrderByDescending(e => e.OpenedAt).ThenByDescending(e => e.Id).Take(max)
            .ToListAsync(ct);
        var pupilIds = openings.Select(e => (int?)e.PupilId).Distinct().ToList();
        var reads = await db.AccessLog.AsNoTracking().Where(r => r.Emergency && pupilIds.Contains(r.PupilId))
            .Select(r => new { r.PupilId, r.PersonId, r.UnitCode, r.At, r.Categories }).ToListAsync(ct);
        var ours = DataCategories.AboutPupils.Where(c => DataCategories.ProducedBy(c) == agency).ToHashSet();
        return openings
            .Select(e => new EmergencyNotice(e, reads
                .Where(r => r.PupilId == e.PupilId && r.PersonId == e.PersonId && r.UnitCode == e.Unit.Code && r.At >= e.OpenedAt && r.At <= e.ExpiresAt)
                .SelectMany(r => DataCategorySet.Parse(r.Categories)).Where(ours.Contains).Distinct().Order().ToList()))
            .Where(n => n.CategoriesRead.Count > 0)
            .ToList();
    }
}

/// <summary>An emergency access under which records of the caller's agency were read, and which of them.</summary>
public sealed record EmergencyNotice(EmergencyAccess Access, IReadOnlyList<DataCategory> CategoriesRead) : IPupilDataRoot
{
    int? IPupilDataRoot.PupilId => Access.PupilId;
}

/// <summary>What a reporter is told of its report: the assessment's decision (null while undecided), about which pupil.</summary>
public sealed record ReportTold(int ReportId, int PupilId, bool ProtectedIdentity, AssessmentDecision? Decision);
