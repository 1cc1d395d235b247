using System.Security.Claims;
using GraphQL;
using Hub.Access;
using Hub.Data;
using Hub.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hub.Events;

/// <summary>What one subscription asked for: which events, from where, and (for one pupil) on which bases.</summary>
public sealed record FeedRequest(string Name, Func<HubEvent, bool> Matches, long After);

/// <summary>
/// One subscription's source of events: the outbox from <c>after</c> (a reconnecting client's
/// resume point), then the live bus, in sequence order, each event at most once. Each event that
/// matches is checked in a fresh scope with the subscriber's identity (bases first, then the
/// record's visibility) and only then handed to <c>deliver</c>. The stream resolver returns it;
/// <see cref="EventDeliveryStrategy"/> delivers it.
/// </summary>
public sealed partial class EventFeed(FeedRequest request, ClaimsPrincipal user, IServiceProvider services) : IObservable<object?>
{
    // Resolved now: the operation's scope, which these come from, is disposed when the subscription ends.
    private readonly IServiceScopeFactory _scopes = services.GetRequiredService<IServiceScopeFactory>();
    private readonly EventBus _bus = services.GetRequiredService<EventBus>();
    private readonly EventOptions _options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<EventOptions>>().Value;
    private readonly HubClock _clock = services.GetRequiredService<HubClock>();
    private readonly DeliveryChecks _checks = services.GetRequiredService<DeliveryChecks>();
    private readonly ILogger<EventFeed> _log = services.GetRequiredService<ILogger<EventFeed>>();

    internal BasisSnapshot? Basis { get; init; }

    public IDisposable Subscribe(IObserver<object?> observer) =>
        throw new NotSupportedException("An event feed is delivered by the hub's subscription strategy.");

    /// <summary>The results, one per delivered event, made by <paramref name="deliver"/> in the event's own scope.</summary>
    internal IObservable<ExecutionResult> Deliver(Func<HubEvent, IServiceProvider, CancellationToken, Task<ExecutionResult>> deliver) =>
        new Delivery(this, deliver);

    private async Task RunAsync(IObserver<ExecutionResult> observer, Func<HubEvent, IServiceProvider, CancellationToken, Task<ExecutionResult>> deliver, CancellationToken ct)
    {
        var (live, registration) = _bus.Open();
        using var _ = registration;
        var last = request.After;
        try
        {
            foreach (var missed in await MissedAsync(request.After, ct))
            {
                if (!await HandleAsync(missed))
                {
                    return;
                }
            }

            while (!ct.IsCancellationRequested)
            {
                var wait = Basis is null ? Timeout.InfiniteTimeSpan : NextBasisCheck();
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(wait);
                bool more;
                try
                {
                    more = await live.WaitToReadAsync(timeout.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    if (!await BasisHoldsAsync())
                    {
                        return;
                    }

                    continue;
                }

                if (!more)
                {
                    observer.OnCompleted();
                    return;
                }

                while (live.TryRead(out var next))
                {
                    if (!await HandleAsync(next))
                    {
                        return;
                    }
                }
            }
        }
        catch (Exception) when (ct.IsCancellationRequested)
        {
            // Unsubscribed: whatever was under way stops here.
        }
#pragma warning disable CA1031 // The subscriber is told, and the log says why; the hub goes on.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogFeedFailed(_log, exception, request.Name);
            observer.OnError(new ExecutionError("The subscription failed.") { Code = "SUBSCRIPTION_FAILED" });
        }

        async Task<bool> HandleAsync(HubEvent e)
        {
            if (e.Sequence <= last)
            {
                return true;
            }

            last = e.Sequence;
            if (!request.Matches(e))
            {
                return true;
            }

            await using var scope = _scopes.CreateAsyncScope();
            var data = await ScopeForAsync(scope.ServiceProvider, ct);
            if (data is null)
            {
                observer.OnError(UnknownSubscriber());
                return false;
            }

            var decisions = scope.ServiceProvider.GetRequiredService<AccessDecisions>();
            // Not cancelled with this subscription: other subscribers may be waiting for the same check.
            var check = await _checks.GetAsync(e, data.Caller, () => CheckAsync(data, decisions, e, CancellationToken.None));
            if (Basis is not null && e.PupilId == Basis.PupilId && await Basis.EndedAsync(check.Bases, data, ct) is { } ended)
            {
                observer.OnError(ended);
                return false;
            }

            if (!check.Visible)
            {
                return true;
            }

            if (check.Access is { } access)
            {
                decisions.Seed(access);
            }

            observer.OnNext(await deliver(e, scope.ServiceProvider, ct));
            return true;
        }

        async Task<bool> BasisHoldsAsync()
        {
            await using var scope = _scopes.CreateAsyncScope();
            var data = await ScopeForAsync(scope.ServiceProvider, ct);
            var ended = data is null ? UnknownSubscriber() : await EndedAsync(scope.ServiceProvider, data);
            if (ended is null)
            {
                return true;
            }

            observer.OnError(ended);
            return false;
        }
    }

    /// <summary>What the event looks like to the subscriber's identity now: its bases for the pupil, and whether the record is visible.</summary>
    private static async Task<DeliveryCheck> CheckAsync(PersonalData data, AccessDecisions decisions, HubEvent e, CancellationToken ct)
    {
        var bases = e.PupilId is int pupilId ? await BasisSnapshot.TakeAsync(data, decisions, pupilId, ct) : null;
        var visible = await EventAccess.VisibleAsync(data, e, ct);
        return new DeliveryCheck(visible, bases, bases is not null ? decisions.For(e.PupilId!.Value) : null);
    }

    private TimeSpan NextBasisCheck()
    {
        var wait = _options.BasisCheckInterval;
        if (Basis?.ExpiresAt is DateTime expires)
        {
            var untilExpiry = expires - _clock.UtcNow + TimeSpan.FromMilliseconds(50);
            wait = untilExpiry < wait ? untilExpiry : wait;
        }

        return wait < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : wait;
    }

    private async Task<ExecutionError?> EndedAsync(IServiceProvider scope, PersonalData data)
    {
        var now = await BasisSnapshot.TakeAsync(data, scope.GetRequiredService<AccessDecisions>(), Basis!.PupilId, CancellationToken.None);
        return await Basis!.EndedAsync(now, data, CancellationToken.None);
    }

    private static ExecutionError UnknownSubscriber() =>
        new("The subscriber is no longer known to the hub.") { Code = CallerExecution.ForbiddenCode };

    /// <summary>The access layer of a fresh scope, for the subscriber; null when its token no longer names a known caller.</summary>
    private async Task<PersonalData?> ScopeForAsync(IServiceProvider scope, CancellationToken ct) =>
        await scope.GetRequiredService<CallerContext>().ResolveAsync(user, ct) is null ? null : scope.GetRequiredService<PersonalData>();

    private async Task<List<HubEvent>> MissedAsync(long after, CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var rows = await db.Changes.AsNoTracking().Where(c => c.Sequence > after).OrderBy(c => c.Sequence).ToListAsync(ct);
        return rows.Select(HubEvent.From).ToList();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Subscription {Name} failed and was ended")]
    private static partial void LogFeedFailed(ILogger logger, Exception exception, string name);

    private sealed class Delivery(EventFeed feed, Func<HubEvent, IServiceProvider, CancellationToken, Task<ExecutionResult>> deliver) : IObservable<ExecutionResult>
    {
        public IDisposable Subscribe(IObserver<ExecutionResult> observer)
        {
            var cancellation = new CancellationTokenSource();
            _ = Task.Run(() => feed.RunAsync(observer, deliver, cancellation.Token));
            return new Unsubscriber(cancellation);
        }
    }

    private sealed class Unsubscriber(CancellationTokenSource cancellation) : IDisposable
    {
        public void Dispose()
        {
            cancellation.Cancel();
            cancellation.Dispose();
        }
    }
}
