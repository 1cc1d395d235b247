using System.Security.Claims;
using GraphQL;
using Hub.Data;

namespace Hub.Events;

/// <summary>What one subscription asked for: which events, from where, and (for one pupil) on which bases.</summary>
public sealed record FeedRequest(string Name, Func<HubEvent, bool> Matches, long After);

/// <summary>
/// One subscription's source of events: the outbox from <c>after</c> (a reconnecting client's
/// resume point), then the live bus, each event checked for the subscriber and delivered by a
/// <see cref="FeedLoop"/> per subscriber. The stream resolver returns it;
/// <see cref="EventDeliveryStrategy"/> delivers it.
/// </summary>
public sealed class EventFeed(FeedRequest request, ClaimsPrincipal user, IServiceProvider services) : IObservable<object?>
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

    private FeedLoop Loop() =>
        new(request, user, _scopes, _bus, _checks, Basis is { } basis ? new BasisWatch(basis, _options, _clock) : null, _log);

    private sealed class Delivery(EventFeed feed, Func<HubEvent, IServiceProvider, CancellationToken, Task<ExecutionResult>> deliver) : IObservable<ExecutionResult>
    {
        public IDisposable Subscribe(IObserver<ExecutionResult> observer)
        {
            var cancellation = new CancellationTokenSource();
            _ = Task.Run(() => feed.Loop().RunAsync(observer, deliver, cancellation.Token));
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
