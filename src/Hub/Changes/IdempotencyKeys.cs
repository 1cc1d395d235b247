using System.Linq.Expressions;
using Hub.Identity;
using Hub.Records;

namespace Hub.Changes;

/// <summary>Which stored key is the caller's own: keys are scoped to one person acting for one unit in one role.</summary>
internal static class IdempotencyKeys
{
    /// <summary>The caller's own record for a key: same person, same unit, same role.</summary>
    public static Expression<Func<IdempotencyRecord, bool>> Of(Caller caller, string key)
    {
        var role = caller.Role.ToString();
        return r => r.ActorId == caller.PersonId && r.ActorUnitId == caller.UnitId && r.ActorRole == role && r.Key == key;
    }
}
