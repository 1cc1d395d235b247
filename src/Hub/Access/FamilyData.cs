using Hub.Data;
using Hub.Identity;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Access;

/// <summary>
/// The family's own door to personal data, beside the staff's <see cref="PersonalData"/>: a
/// guardian's children are the pupils in the custody, today, of a guardian row with the signed-in
/// person's identity number (a guardian is recorded per family, so there may be several rows); a
/// pupil from the consent age is only themself. Every set it hands out is narrowed to those
/// children in the query, and every read is recorded for the access log: agency Family, unit
/// "family", the member's role (Guardian or Pupil), the basis "custody" or "own data".
/// </summary>
public sealed class FamilyData(HubDbContext db, CallerContext callers, HubClock clock, IOptions<AccessOptions> options)
{
    /// <summary>The unit code a family member's log rows name: a family is no unit of any agency.</summary>
    public const string UnitCode = "family";

    private readonly Dictionary<int, (SortedSet<DataCategory> Categories, bool Protected)> _reads = [];

    public FamilyMember Member => callers.Family ?? throw new InvalidOperationException("The request is not a family member's.");

    public DateOnly Today => clock.Today;

    public bool IsEmpty => _reads.Count == 0;

    /// <summary>The signed-in member's children (a guardian's, with custody today), or the pupil themself from the consent age.</summary>
    public IQueryable<Pupil> Children
    {
        get
        {
            var (number, today) = (Member.PersonalIdentityNumber, clock.Today);
            if (Member.Role == Role.Guardian)
            {
                return db.Pupils.AsNoTracking().Where(p => db.Custodies.Any(c => c.PupilId == p.Id && c.StartsOn <= today
                    && (c.EndsOn == null || c.EndsOn > today) && c.Guardian.PersonalIdentityNumber == number));
            }

            var bornBefore = today.AddYears(-options.Value.PupilConsentAge);
            return db.Pupils.AsNoTracking().Where(p => p.PersonalIdentityNumber == number && p.BirthDate <= bornBefore);
        }
    }

    /// <summary>The children, each read as who they are.</summary>
    public async Task<List<Pupil>> ChildrenAsync(CancellationToken ct)
    {
        var children = await Children.OrderBy(p => p.BirthDate).ThenBy(p => p.Id).ToListAsync(ct);
        children.ForEach(p => Read(p, DataCategory.Identity));
        return children;
    }

    /// <summary>The emergency accesses opened to one of the family's own children, with their reviews: for the child's access report.</summary>
    public async Task<List<EmergencyAccess>> EmergencyAccessesOfAsync(Pupil child, CancellationToken ct)
    {
        var children = Children;
        return await db.EmergencyAccesses.AsNoTracking().Include(e => e.Review)
            .Where(e => e.PupilId == child.Id && children.Any(p => p.Id == e.PupilId))
            .OrderBy(e => e.OpenedAt).ThenBy(e => e.Id).ToListAsync(ct);
    }

    /// <summary>The child's consents, every provision, with signatures and who withdrew; read as the pupil's consents.</summary>
    public async Task<List<ConsentRecord>> ConsentsOfAsync(Pupil child, CancellationToken ct)
    {
        var children = Children;
        var consents = await db.Consents.AsNoTracking().AsSplitQuery()
            .Include(c => c.Provisions).ThenInclude(p => p.ToUnit)
            .Include(c => c.Provisions).ThenInclude(p => p.WithdrawnByGuardian)
            .Include(c => c.Signatures).ThenInclude(s => s.Guardian)
            .Include(c => c.WithdrawnByGuardian)
            .Include(c => c.RecordedByUnit)
            .Where(c => c.PupilId == child.Id && children.Any(p => p.Id == c.PupilId))
            .OrderBy(c => c.ValidFrom).ThenBy(c => c.Id).ToListAsync(ct);
        Read(child, DataCategory.Consent);
        return consents;
    }

    /// <summary>The requests for consent the family was asked about the child, every provision asked for; read as the pupil's consents.</summary>
    public async Task<List<ConsentRequest>> ConsentRequestsOfAsync(Pupil child, CancellationToken ct)
    {
        var children = Children;
        var requests = await db.ConsentRequests.AsNoTracking().AsSplitQuery()
            .Include(r => r.Provisions).ThenInclude(p => p.ToUnit)
            .Include(r => r.AnsweredByGuardian)
            .Include(r => r.AskedByUnit)
            .Where(r => r.PupilId == child.Id && children.Any(p => p.Id == r.PupilId))
            .OrderBy(r => r.AskedOn).ThenBy(r => r.Id).ToListAsync(ct);
        Read(child, DataCategory.Consent);
        return requests;
    }

    /// <summary>The children's requests for consent (for <see cref="ChangeStore.ForChangeAsync"/>): another family's request answers like a missing one.</summary>
    public IQueryable<ConsentRequest> ConsentRequests
    {
        get
        {
            var children = Children;
            return db.ConsentRequests.AsNoTracking().Where(r => children.Any(p => p.Id == r.PupilId));
        }
    }

    /// <summary>The children's consents (for <see cref="ChangeStore.ForChangeAsync"/>): another family's consent id answers like a missing one.</summary>
    public IQueryable<ConsentRecord> Consents
    {
        get
        {
            var children = Children;
            return db.Consents.AsNoTracking().Where(c => children.Any(p => p.Id == c.PupilId));
        }
    }

    /// <summary>The guardian rows with custody of the child today that are the signed-in guardian (null for a pupil's own sign-in): who withdraws.</summary>
    public Task<int?> GuardianRowOfAsync(int pupilId, CancellationToken ct)
    {
        var (number, today) = (Member.PersonalIdentityNumber, clock.Today);
        return Member.Role != Role.Guardian ? Task.FromResult<int?>(null)
            : db.Custodies.Where(c => c.PupilId == pupilId && c.StartsOn <= today && (c.EndsOn == null || c.EndsOn > today) && c.Guardian.PersonalIdentityNumber == number)
                .OrderBy(c => c.GuardianId).Select(c => (int?)c.GuardianId).FirstOrDefaultAsync(ct);
    }

    /// <summary>Forgets what a refused or finished change tracked, so nothing of it is saved later or read back stale.</summary>
    public void Discard() => db.ChangeTracker.Clear();

    /// <summary>A read of the access report about a child: itself a read of the log about the child.</summary>
    public void ReadAccessReport(Pupil child) => Read(child, DataCategory.AccessLog);

    /// <summary>The rows for what the member read, without ids or hashes (the writer chains them).</summary>
    public List<AccessLogEntry> ToEntries(string operation, DateTime at)
    {
        var member = Member;
        var basis = member.Role == Role.Guardian ? "custody" : "own data";
        return _reads.OrderBy(r => r.Key).Select(r => new AccessLogEntry
        {
            At = at,
            PersonId = member.PersonId,
            Agency = nameof(Agency.Family),
            UnitCode = UnitCode,
            Role = member.Role.ToString(),
            Operation = operation,
            PupilId = r.Key,
            Categories = new DataCategorySet(r.Value.Categories).ToString(),
            Basis = string.Join("; ", r.Value.Categories.Select(c => $"{c}: {basis}")),
            ProtectedIdentity = r.Value.Protected,
            PreviousHash = string.Empty,
            Hash = string.Empty,
        }).ToList();
    }

    private void Read(Pupil child, DataCategory category)
    {
        if (!_reads.TryGetValue(child.Id, out var reads))
        {
            _reads[child.Id] = reads = ([], child.ProtectedIdentity);
        }

        reads.Categories.Add(category);
    }
}
