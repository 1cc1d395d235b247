using GraphQL;
using Hub.Access;
using Hub.Data;

namespace Hub.Events;

/// <summary>The bases a one-pupil subscription was opened on, checked again while it runs: every interval, and just after they expire.</summary>
internal sealed class BasisWatch(BasisSnapshot basis, EventOptions options, HubClock clock)
{
    public int PupilId => basis.PupilId;

    /// <summary>The bases as an event found them (<paramref name="now"/>): the error that ends the subscription, or null while they hold.</summary>
    public Task<ExecutionError?> EndedAsync(BasisSnapshot? now, PersonalData data, CancellationToken ct) => basis.EndedAsync(now, data, ct);

    /// <summary>The bases taken now in <paramref name="scope"/>: the error that ends the subscription, or null while they hold.</summary>
    public async Task<ExecutionError?> EndedNowAsync(IServiceProvider scope, PersonalData data)
    {
        var now = await BasisSnapshot.TakeAsync(data, scope.GetRequiredService<AccessDecisions>(), basis.PupilId, CancellationToken.None);
        return await basis.EndedAsync(now, data, CancellationToken.None);
    }

    /// <summary>How long to wait for the next event before checking the bases again: the interval, or just past their earliest expiry.</summary>
    public TimeSpan NextCheck()
    {
        var wait = options.BasisCheckInterval;
        if (basis.ExpiresAt is DateTime expires)
        {
            var untilExpiry = expires - clock.UtcNow + TimeSpan.FromMilliseconds(50);
            wait = untilExpiry < wait ? untilExpiry : wait;
        }

        return wait < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : wait;
    }
}
