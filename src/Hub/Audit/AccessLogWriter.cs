using System.Threading.Channels;

namespace Hub.Audit;

/// <summary>
/// Appends access-log rows with group commit: requests that arrive while a commit runs wait for
/// the next one and share it, so logging costs one transaction per burst, not per request. A
/// request's rows are durable when its task completes; if the commit fails, the task fails.
/// </summary>
public sealed class AccessLogWriter : IAsyncDisposable
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IAccessLogStore _store;
    private readonly Task _loop;
    private readonly CancellationTokenSource _stopping = new();

    public AccessLogWriter(IAccessLogStore store)
    {
        _store = store;
        _loop = Task.Run(() => RunAsync(_stopping.Token));
    }

    /// <summary>Chains and commits the rows (ids and hashes are assigned here); completes once they are durable.</summary>
    public Task AppendAsync(IReadOnlyList<AccessLogEntry> rows)
    {
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }

        var pending = new Pending(rows, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(pending) ? pending.Done.Task : Task.FromException(new InvalidOperationException("The access log is closed."));
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Shutting down: nothing left to write.
        }

        _stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        (long Id, string Hash)? head = null;
        var batch = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync(stopping))
        {
            batch.Clear();
            while (_queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                head ??= await _store.LastAsync(stopping) is { } last ? (last.Id, last.Hash) : (0, AuditChain.Genesis);
                var rows = Chain(batch.SelectMany(p => p.Rows), head.Value);
                await _store.AppendAsync(rows, stopping);
                head = (rows[^1].Id, rows[^1].Hash);
                batch.ForEach(p => p.Done.TrySetResult());
            }
#pragma warning disable CA1031 // Any failure must reach the waiting requests, which then answer with no data.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                // The chain head is unknown after a failed commit: read it again next time.
                head = null;
                batch.ForEach(p => p.Done.TrySetException(exception));
            }
        }
    }

    private static List<AccessLogEntry> Chain(IEnumerable<AccessLogEntry> rows, (long Id, string Hash) head)
    {
        var chained = new List<AccessLogEntry>();
        var (id, hash) = head;
        foreach (var row in rows)
        {
            row.Id = ++id;
            row.PreviousHash = hash;
            row.Hash = hash = AuditChain.HashOf(row);
            chained.Add(row);
        }

        return chained;
    }

    private sealed record Pending(IReadOnlyList<AccessLogEntry> Rows, TaskCompletionSource Done);
}
