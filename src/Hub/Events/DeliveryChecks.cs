using System.Collections.Concurrent;
using Hub.Access;
using Hub.Identity;

namespace Hub.Events;

/// <summary>
/// What one event looks like to one identity: whether its record is visible, the bases the
/// identity has for the event's pupil now, and the access decided for that pupil. Subscribers
/// that share an identity (one school system following many pupils, say) share this, computed
/// once per event instead of once per subscription; each subscription still judges its own
/// bases against it, and each delivery is still resolved and logged on its own.
/// </summary>
public sealed class DeliveryChecks
{
    private const int KeptEvents = 256;
    private readonly ConcurrentDictionary<(long Sequence, string Caller), Lazy<Task<DeliveryCheck>>> _checks = new();

    internal Task<DeliveryCheck> GetAsync(HubEvent e, Caller caller, Func<Task<DeliveryCheck>> compute)
    {
        var key = (e.Sequence, caller.DecisionKey);
        var check = _checks.GetOrAdd(key, _ => new Lazy<Task<DeliveryCheck>>(compute));
        if (_checks.Count > KeptEvents * 4)
        {
            foreach (var old in _checks.Keys.Where(k => k.Sequence < e.Sequence - KeptEvents))
            {
                _checks.TryRemove(old, out _);
            }
        }

        return check.Value;
    }
}

/// <summary>One event as one identity sees it at delivery time.</summary>
internal sealed record DeliveryCheck(bool Visible, BasisSnapshot? Bases, PupilAccess? Access);
