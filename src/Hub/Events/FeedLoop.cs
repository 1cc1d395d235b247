using System.Security.Claims;
using GraphQL;
using Hub.Access;
using Hub.Identity;

namespace Hub.Events;

/// <summary>
/// One subscriber's delivery loop: the missed events from the outbox, then the live bus, in
/// sequence order, each event at most once. Each event that matches is checked in a fresh scope
/// with the subscriber's identity (bases first, then the record's visibility) and only then handed
/// to <c>deliver</c>; a one-pupil subscription ends when its bases do.
/// </summary>
internal sealed partial class FeedLoop(
    FeedRequest request, ClaimsPrincipal user, IServiceScopeFactory scopes, EventBus bus, DeliveryChecks checks, BasisWatch? basis, ILogger log)
{
    public async Task RunAsync(IObserver<ExecutionResult> observer, Func<HubEvent, IServiceProvider, CancellationToken, Task<ExecutionResult>> deliver, CancellationToken ct)
    {
        var (live, registration) = bus.Open();
        using var _ = registration;
        var last = request.After;
        try
        {
            foreach (var missed in await MissedEvents.ReadAsync(scopes, request.After, ct))
            {
                if (!await HandleAsync(missed))
                {
                    return;
                }
            }

            while (!ct.IsCancellationRequested)
            {
                var wait = basis is null ? Timeout.InfiniteTimeSpan : basis.NextCheck();
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
            LogFeedFailed(log, exception, request.Name);
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

            await using var scope = scopes.CreateAsyncScope();
            var data = await ScopeForAsync(scope.ServiceProvider, ct);
            if (data is null)
            {
                observer.OnError(UnknownSubscriber());
                return false;
            }

            var decisions = scope.ServiceProvider.GetRequiredService<AccessDecisions>();
            // Not cancelled with this subscription: other subscribers may be waiting for the same check.
            var check = await checks.GetAsync(e, data.Caller, () => CheckAsync(data, decisions, e, CancellationToken.None));
            if (basis is not null && e.PupilId == basis.PupilId && await basis.EndedAsync(check.Bases, data, ct) is { } ended)
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
            await using var scope = scopes.CreateAsyncScope();
            var data = await ScopeForAsync(scope.ServiceProvider, ct);
            var ended = data is null ? UnknownSubscriber() : await basis!.EndedNowAsync(scope.ServiceProvider, data);
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

    private static ExecutionError UnknownSubscriber() =>
        new("The subscriber is no longer known to the hub.") { Code = CallerExecution.ForbiddenCode };

    /// <summary>The access layer of a fresh scope, for the subscriber; null when its token no longer names a known caller.</summary>
    private async Task<PersonalData?> ScopeForAsync(IServiceProvider scope, CancellationToken ct) =>
        await scope.GetRequiredService<CallerContext>().ResolveAsync(user, ct) is null ? null : scope.GetRequiredService<PersonalData>();

    [LoggerMessage(Level = LogLevel.Error, Message = "Subscription {Name} failed and was ended")]
    private static partial void LogFeedFailed(ILogger logger, Exception exception, string name);
}
