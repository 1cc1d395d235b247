using Hub.Data;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Access;

/// <summary>
/// Personal identity numbers: the one look-up of a pupil by number, and the guardians a caller
/// already sees. A number names a pupil only within the caller's jurisdiction; a pupil outside it
/// is answered exactly as a number that is not in the hub, and every look-up is logged the same.
/// </summary>
public sealed class IdentityNumbers(HubDbContext db, PersonalData data, NumberLookups lookups)
{
    /// <summary>
    /// The pupil with this (normalised) number within the caller's reach, or null: for a number
    /// not in the hub and for a pupil out of reach alike. Writes one access-log row either way. It
    /// opens nothing: what the caller then sees of the pupil follows from the relationship a
    /// mutation starts, and a protected identity's location stays withheld by its own rule.
    /// </summary>
    public async Task<int?> FindByIdentityNumberAsync(string number, NumberReach reach, CancellationToken ct)
    {
        lookups.LookedUp(emergency: reach == NumberReach.Emergency);
        return await db.Pupils.AsNoTracking()
            .Where(p => p.PersonalIdentityNumber == number)
            .Where(Jurisdiction.Of(db, data.Caller, reach))
            .Select(p => (int?)p.Id)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// The guardians with this (normalised) number that the caller already sees: with custody
    /// today of a pupil in the caller's scope, for a role that reads guardians. A guardian of
    /// another family is not among them, so nothing about that person can come back.
    /// </summary>
    public IQueryable<Guardian> VisibleGuardians(string number)
    {
        if (!data.Reads(DataCategory.Guardians))
        {
            return db.Guardians.Where(_ => false);
        }

        var (pupils, today) = (data.Pupils, data.Today);
        return db.Guardians.Where(g => g.PersonalIdentityNumber == number && db.Custodies.Any(c => c.GuardianId == g.Id
            && c.StartsOn <= today && (c.EndsOn == null || c.EndsOn > today) && pupils.Any(p => p.Id == c.PupilId)));
    }
}
