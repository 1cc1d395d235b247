using Hub.Changes;
using Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Events;

/// <summary>
/// Publishes the outbox: the record of changes, which every mutation writes in its own
/// transaction. It reads past the last sequence it published, in order, whenever a commit pulses
/// it or the poll interval passes; so an event committed while it was stopped goes out when it
/// starts again, and a crash between commit and publication loses nothing.
/// </summary>
public sealed partial class OutboxPublisher(
    IServiceScopeFactory scopes, EventBus bus, ChangeSignal signal, IOptions<EventOptions> options, ILogger<OutboxPublisher> log) : BackgroundService
{
    private const int Batch = 500;
    private long? _published;

    /// <summary>The last sequence published; events after it are still to go.</summary>
    public long Published => _published ?? 0;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PublishPendingAsync(stoppingToken);
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed poll (a locked database, say) is retried at the next one.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogPollFailed(log, exception);
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    private async Task PublishPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();

        // The first start begins at the end: earlier changes are for resuming subscribers to ask for.
        _published ??= await db.Changes.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
        while (true)
        {
            var after = _published.Value;
            var pending = await db.Changes.AsNoTracking().Where(c => c.Sequence > after).OrderBy(c => c.Sequence).Take(Batch).ToListAsync(cancellationToken);
            foreach (var change in pending)
            {
                bus.Publish(HubEvent.From(change));
                _published = change.Sequence;
            }

            if (pending.Count < Batch)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the outbox failed; retrying at the next poll")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
