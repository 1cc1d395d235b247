using System.Collections.Concurrent;
using Hub.Identity;
using Microsoft.Extensions.Options;

namespace Hub.Limits;

/// <summary>
/// How many subscriptions each identity holds open, over all its sockets, capped at
/// <see cref="LimitsOptions.MaxSubscriptionsPerIdentity"/>. An identity whose last subscription
/// ends is forgotten, so nothing is kept for sockets that are gone.
/// </summary>
public sealed class SubscriptionQuota(IOptions<LimitsOptions> options)
{
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);

    /// <summary>How many identities hold a subscription now.</summary>
    public int Identities => _open.Count;

    /// <summary>How many subscriptions all identities hold now.</summary>
    public int Subscriptions => _open.Values.Sum();

    /// <summary>Most subscriptions one identity may hold open at once.</summary>
    public int Max => options.Value.MaxSubscriptionsPerIdentity;

    internal bool TryTake(string identity)
    {
        var max = Max;
        while (max >= 1)
        {
            if (!_open.TryGetValue(identity, out var open))
            {
                if (_open.TryAdd(identity, 1))
                {
                    return true;
                }
            }
            else if (open >= max)
            {
                return false;
            }
            else if (_open.TryUpdate(identity, open + 1, open))
            {
                return true;
            }
        }

        return false;
    }

    internal void Release(string identity)
    {
        while (_open.TryGetValue(identity, out var open))
        {
            if (open <= 1 ? _open.TryRemove(new KeyValuePair<string, int>(identity, open)) : _open.TryUpdate(identity, open - 1, open))
            {
                return;
            }
        }
    }
}

/// <summary>
/// The slot one subscription holds in its identity's quota. Scoped to the subscription's operation,
/// whose scope the transport disposes when the operation ends or its socket closes: so the slot is
/// given back however the subscription ends.
/// </summary>
public sealed class SubscriptionSlot(SubscriptionQuota quota) : IDisposable
{
    public const string ErrorCode = "TOO_MANY_SUBSCRIPTIONS";

    private string? _identity;

    /// <summary>Takes a slot for the caller, or throws an error that the socket sends as this operation's <c>error</c>.</summary>
    public void Take(Caller caller)
    {
        if (_identity is not null)
        {
            return;
        }

        var identity = IdentityKey.Of(caller);
        if (!quota.TryTake(identity))
        {
            throw new GraphQL.ExecutionError($"Too many subscriptions: one identity may hold at most {quota.Max} open at once. Complete one first.") { Code = ErrorCode };
        }

        _identity = identity;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _identity, null) is { } identity)
        {
            quota.Release(identity);
        }
    }
}
