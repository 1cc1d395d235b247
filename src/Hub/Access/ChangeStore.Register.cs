using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Access;

/// <summary>
/// The population register's part of the store. The register speaks about everyone: a notice is
/// kept whoever it is about, and the child with the number, if the hub holds one, is brought to
/// the register's latest word of that kind. Each step runs the same statements whether or not a
/// child was found, and nothing here refuses: the register's receipt cannot depend on the child.
/// </summary>
public sealed partial class ChangeStore
{
    /// <summary>
    /// Keeps the notice and applies the latest notice of its kind (by the day it holds from) to the
    /// child with the number; returns the child's id when that changed the child, otherwise null. The
    /// child's version goes up without a version check: a register notice is never a stale change.
    /// </summary>
    public async Task<int?> ReceiveRegisterNoticeAsync(RegisterNotice notice, CancellationToken ct)
    {
        db.RegisterNotices.Add(notice);
        await db.SaveChangesAsync(ct);
        var latest = await LatestNoticeAsync(notice.PersonalIdentityNumber, notice.Kind, ct) ?? notice;
        var number = notice.PersonalIdentityNumber;
        var child = db.Pupils.Where(p => p.PersonalIdentityNumber == number);
        var changed = latest.Kind switch
        {
            RegisterNoticeKind.District => await child.Where(p => p.RegisteredDistrictId != latest.DistrictId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.RegisteredDistrictId, latest.DistrictId!.Value).SetProperty(p => p.Version, p => p.Version + 1), ct) > 0,
            RegisterNoticeKind.ProtectedIdentity => await child.Where(p => p.ProtectedIdentity != latest.ProtectedIdentity)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ProtectedIdentity, latest.ProtectedIdentity!.Value).SetProperty(p => p.Version, p => p.Version + 1), ct) > 0,
            _ => await CustodyOfChildAsync(child, latest, ct),
        };
        return changed ? await child.Select(p => (int?)p.Id).SingleAsync(ct) : null;
    }

    /// <summary>
    /// A child the hub records now (enrolled, or named in a report of concern) starts from what the
    /// register last said of its number: protected identity (never lost for want of a principal
    /// marking it), registered district and custody.
    /// </summary>
    public async Task ApplyRegisterAsync(Pupil child, CancellationToken ct)
    {
        var number = child.PersonalIdentityNumber;
        if (await LatestNoticeAsync(number, RegisterNoticeKind.ProtectedIdentity, ct) is { ProtectedIdentity: bool protectedIdentity })
        {
            child.ProtectedIdentity = protectedIdentity;
        }

        if (await LatestNoticeAsync(number, RegisterNoticeKind.District, ct) is { DistrictId: int district })
        {
            child.RegisteredDistrictId = district;
        }

        if (await LatestNoticeAsync(number, RegisterNoticeKind.Custody, ct) is { } custody)
        {
            await ApplyCustodyAsync(child, custody, ct);
        }
    }

    private Task<RegisterNotice?> LatestNoticeAsync(string number, RegisterNoticeKind kind, CancellationToken ct) =>
        db.RegisterNotices.AsNoTracking().Where(n => n.PersonalIdentityNumber == number && n.Kind == kind)
            .OrderByDescending(n => n.Since).ThenByDescending(n => n.Id).FirstOrDefaultAsync(ct);

    private async Task<bool> CustodyOfChildAsync(IQueryable<Pupil> child, RegisterNotice notice, CancellationToken ct)
    {
        var found = await child.AsNoTracking().FirstOrDefaultAsync(ct);
        if (found is null || !await ApplyCustodyAsync(found, notice, ct))
        {
            return false;
        }

        await child.ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version + 1), ct);
        return true;
    }

    /// <summary>
    /// Custody as the register says from its day on: a custody of anyone not named ends that day (or,
    /// begun on or after it, was never so and goes); a named guardian without one gets one from that
    /// day, recorded once per family (the guardian the child already had, or a new record).
    /// </summary>
    private async Task<bool> ApplyCustodyAsync(Pupil child, RegisterNotice notice, CancellationToken ct)
    {
        var since = notice.Since;
        List<Custody> lasting = child.Id == 0 ? []
            : await db.Custodies.Include(c => c.Guardian).Where(c => c.PupilId == child.Id && (c.EndsOn == null || c.EndsOn > since)).ToListAsync(ct);
        var named = notice.Guardians.Select(g => g.PersonalIdentityNumber).ToHashSet();
        var changed = false;
        foreach (var custody in lasting)
        {
            if (!named.Contains(custody.Guardian.PersonalIdentityNumber))
            {
                if (custody.StartsOn < since)
                {
                    custody.EndsOn = since;
                }
                else
                {
                    db.Custodies.Remove(custody);
                }

                changed = true;
            }
            else if (custody.EndsOn is not null)
            {
                custody.EndsOn = null;
                changed = true;
            }
        }

        foreach (var g in notice.Guardians.Where(g => !lasting.Exists(c => c.Guardian.PersonalIdentityNumber == g.PersonalIdentityNumber)))
        {
            var number = g.PersonalIdentityNumber;
            var guardian = child.Id == 0 ? null
                : await db.Custodies.Where(c => c.PupilId == child.Id && c.Guardian.PersonalIdentityNumber == number).Select(c => c.Guardian).FirstOrDefaultAsync(ct);
            guardian ??= new Guardian { PersonalIdentityNumber = number, GivenName = g.GivenName, FamilyName = g.FamilyName };
            db.Custodies.Add(child.Id == 0
                ? new Custody { Pupil = child, Guardian = guardian, StartsOn = since }
                : new Custody { PupilId = child.Id, Guardian = guardian, StartsOn = since });
            changed = true;
        }

        return changed;
    }
}
