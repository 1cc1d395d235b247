using Hub.Data;
using Hub.Identity;
using Hub.Records;

namespace Hub.Access;

/// <summary>
/// Who follows up which emergency accesses: the data-protection officer every one in the hub
/// (openings, not pupils); a unit's manager those its own unit's staff opened, and no other unit's.
/// Anyone else is refused. The one rule for the list, the overdue list and the review.
/// </summary>
internal static class EmergencyFollowUp
{
    public const string Refusal = "the data-protection officer's role, or the role of the manager of the unit that opened it";

    public static IQueryable<EmergencyAccess> Of(HubDbContext db, Caller caller)
    {
        var unit = caller.UnitId;
        return caller.Role switch
        {
            Role.DataProtectionOfficer => db.EmergencyAccesses,
            Role.UnitManager => db.EmergencyAccesses.Where(e => e.UnitId == unit),
            _ => throw new AccessDeniedError(DataCategory.EmergencyFollowUp, Refusal),
        };
    }
}
