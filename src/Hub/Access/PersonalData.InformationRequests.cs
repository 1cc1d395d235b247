using System.Linq.Expressions;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Access;

/// <summary>
/// Information requests, from both ends: the investigating district's record of what it asked and
/// what the school answered, and the school's view of what it is asked, which the request itself is
/// the basis for.
/// </summary>
public sealed partial class PersonalData
{
    /// <summary>What a request, read by the school it is addressed to, is logged as read under.</summary>
    public const string AddressedRequestBasis = "information request addressed to the unit: what social services discloses to ask it (OSL 10 kap. 2 §)";

    /// <summary>
    /// Requests made in the caller's own authority's investigations, with their answers, of pupils the
    /// caller sees, for a role that reads investigations: the investigating district's own records.
    /// No grant opens them to anyone else, and the school that answered does not read them back.
    /// </summary>
    public IQueryable<InformationRequest> InformationRequests
    {
        get
        {
            if (!Reads(DataCategory.Investigation))
            {
                return db.InformationRequests.Where(_ => false);
            }

            var authority = Caller.Authority;
            var pupils = Pupils;
            return db.InformationRequests.AsNoTracking().Include(r => r.Investigation).Include(r => r.Pupil)
                .Where(r => r.OwnerAuthority == authority && pupils.Any(p => p.Id == r.PupilId));
        }
    }

    /// <summary>The caller's requests by status and lateness, earliest due first, each with its pupil.</summary>
    public Task<List<InformationRequest>> InformationRequestsAsync(InformationRequestStatus? status, bool? overdue, int max, CancellationToken ct)
    {
        var today = Today;
        var open = IsOpen(today);
        var late = open.And(r => r.DueOn < today);
        var filtered = status switch
        {
            InformationRequestStatus.Open => InformationRequests.Where(open),
            InformationRequestStatus.Answered => InformationRequests.Where(r => r.AnsweredOn != null),
            InformationRequestStatus.Closed => InformationRequests.Where(open.Not().And(r => r.AnsweredOn == null)),
            _ => InformationRequests,
        };
        if (overdue is bool wanted)
        {
            filtered = filtered.Where(wanted ? late : late.Not());
        }

        return filtered.OrderBy(r => r.DueOn).ThenBy(r => r.Id).Take(max).ToListAsync(ct);
    }

    /// <summary>
    /// Every request addressed to a unit the caller answers for, whatever its state: for the principal
    /// of a school, those to the school and to the teaching groups it hosts; for a teacher of a
    /// teaching group, those to the group. A school's other teachers answer none: the principal does.
    /// </summary>
    public IQueryable<InformationRequest> InformationRequestsAddressedToCaller
    {
        get
        {
            var (unit, kind, role) = (Caller.UnitId, Caller.UnitKind, Caller.Role);
            var requests = db.InformationRequests.AsNoTracking();
            return (Caller.Agency, kind, role) switch
            {
                (Agency.School, UnitKind.School, Role.Principal) => requests.Where(r => r.AddressedToId == unit || r.AddressedTo.HostSchoolId == unit),
                (Agency.School, UnitKind.TeachingGroup, Role.Teacher) => requests.Where(r => r.AddressedToId == unit),
                _ => requests.Where(_ => false),
            };
        }
    }

    /// <summary>Requests that wait for an answer from a unit the caller answers for: unanswered, in an investigation still open.</summary>
    public IQueryable<InformationRequest> InformationRequestsToAnswer => InformationRequestsAddressedToCaller.Where(IsOpen(Today));

    /// <summary>The requests the caller's unit is to answer, earliest due first; with <paramref name="overdue"/>, only those past (or not past) their day.</summary>
    public async Task<List<AddressedRequest>> InformationRequestsToAnswerAsync(bool? overdue, int max, CancellationToken ct)
    {
        var today = Today;
        var requests = await InformationRequestsToAnswer.Include(r => r.Pupil).Include(r => r.Investigation)
            .Where(r => overdue == null || (r.DueOn < today) == overdue)
            .OrderBy(r => r.DueOn).ThenBy(r => r.Id).Take(max).ToListAsync(ct);
        return await AddressedAsync(requests, ct);
    }

    /// <summary>A request addressed to a unit the caller answers for, in whatever state: read back after the caller answered it.</summary>
    public async Task<AddressedRequest?> AddressedRequestAsync(int id, CancellationToken ct)
    {
        var request = await InformationRequestsAddressedToCaller.Include(r => r.Pupil).Include(r => r.Investigation).FirstOrDefaultAsync(r => r.Id == id, ct);
        return request is null ? null : (await AddressedAsync([request], ct))[0];
    }

    private async Task<List<AddressedRequest>> AddressedAsync(List<InformationRequest> requests, CancellationToken ct)
    {
        var ids = requests.Select(r => r.PupilId).Distinct().ToList();
        var visible = await db.Pupils.Where(p => ids.Contains(p.Id)).Where(LocationVisible).Select(p => p.Id).ToListAsync(ct);
        return requests.Select(r => new AddressedRequest(r, visible.Contains(r.PupilId), RolePolicy.SeesFullIdentityNumber(Caller.Role))).ToList();
    }

    private static Expression<Func<InformationRequest, bool>> IsOpen(DateOnly today) =>
        r => r.AnsweredOn == null && (r.Investigation.ClosedOn == null || r.Investigation.ClosedOn > today);
}

/// <summary>
/// A request as the school it is addressed to reads it: the request, whether the caller may know where
/// the pupil is (a protected identity withholds who asked, from which district, and how to reach them),
/// and whether its role reads the whole personal identity number.
/// </summary>
public sealed record AddressedRequest(InformationRequest Request, bool LocationVisible, bool FullIdentityNumber)
{
    /// <summary>Logs the school's read: who the pupil is, and that social services investigates, on the request's own basis.</summary>
    public void Told(AccessRecorder recorder)
    {
        recorder.Read(Request.PupilId, DataCategory.Identity, PersonalData.AddressedRequestBasis, emergency: false, Request.Pupil.ProtectedIdentity);
        recorder.Read(Request.PupilId, DataCategory.Investigation, PersonalData.AddressedRequestBasis, emergency: false, Request.Pupil.ProtectedIdentity);
    }
}
