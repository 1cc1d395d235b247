using System.Threading.Channels;
using Hub.Records;

namespace Hub.Audit;

/// <summary>
/// Appends access-log rows with group commit: requests that arrive while a commit runs wait for
/// the next one and share it, so logging costs one transaction per burst, not per request. A
/// request's rows are durable when its task completes; if the commit fails, the task fails.
/// After each commit the chain head is also recorded outside the table (<see cref="ChainHeadFile"/>).
/// A head that is missing, forged, ahead of or behind the table is an alarm: logging goes on, but
/// the head is never re-created or overwritten, so the evidence stays and <c>audit verify</c> fails.
/// </summary>
public sealed partial class AccessLogWriter : IAsyncDisposable
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IAccessLogStore _store;
    private readonly ChainHeadFile _headFile;
    private readonly ChainKey _key;
    private readonly ILogger<AccessLogWriter> _log;
    private readonly Task _loop;
    private readonly CancellationTokenSource _stopping = new();

    // False once the recorded head did not match the table: the head then stays as evidence.
    private bool _headFileTrusted = true;

    public AccessLogWriter(IAccessLogStore store, ChainHeadFile headFile, ChainKey key, ILogger<AccessLogWriter> log)
    {
        _store = store;
        _headFile = headFile;
        _key = key;
        _log = log;
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

    /// <summary>Compares the table with its recorded head now, at start-up, rather than at the first read.</summary>
    public async Task CheckAnchorAsync()
    {
        var pending = new Pending([], new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            return;
        }

        try
        {
            await pending.Done.Task;
        }
#pragma warning disable CA1031 // A store that cannot be read now is read again at the first read, which then fails visibly.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogAnchorNotChecked(_log, exception);
        }
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
        ChainHead? head = null;
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
                head ??= await LoadHeadAsync(stopping);
                var rows = AuditChain.Link(batch.SelectMany(p => p.Rows), head, _key);
                if (rows.Count > 0)
                {
                    await _store.AppendAsync(rows, stopping);
                    head = new ChainHead(rows[^1].Id, head.Count + rows.Count, rows[^1].Hash);
                    RecordHead(head);
                }

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

    private async Task<ChainHead> LoadHeadAsync(CancellationToken stopping)
    {
        // The recorded head first: it is written after each commit, so read before the table it cannot lead it.
        ChainHead? recorded = null;
        string? problem = null;
        try
        {
            recorded = _headFile.Read();
            problem = recorded is null ? $"no chain head is recorded in {_headFile.Path}, though the hub records one when it creates its database: it was deleted" : null;
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            problem = exception.Message;
        }

        var last = await _store.LastAsync(stopping) is { } row ? new ChainHead(row.Id, row.Id, row.Hash) : ChainHead.Genesis;
        if (recorded is not null)
        {
            if (recorded.Id == last.Id && recorded.Hash == last.Hash)
            {
                return recorded;
            }

            problem = recorded.Id > last.Id ? $"the log ends at row {last.Id} but row {recorded.Id} was committed: rows were removed from the end"
                : recorded.Id < last.Id ? $"the log goes on to row {last.Id} past its recorded head at row {recorded.Id}: the head was replaced by an older one, or the hub stopped between a commit and recording it"
                : $"row {recorded.Id} is not the row that was committed: the log was rewritten";
        }

        // Logging goes on (refusing every read would let anyone who can delete a row or a file shut the
        // hub down), but no head is recorded from here: re-creating or overwriting it would erase the evidence.
        _headFileTrusted = false;
        LogAnchorBroken(_log, problem!, _headFile.Path);
        return last;
    }

    private void RecordHead(ChainHead head)
    {
        if (!_headFileTrusted)
        {
            return;
        }

        try
        {
            _headFile.Write(head);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The rows are durable, so the requests stand; only the tail check weakens until the next write.
            LogHeadNotWritten(_log, exception, _headFile.Path);
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The access log does not match its anchor: {Problem}. Logging continues, but no chain head is recorded in {Path} until this is dealt with: run `audit verify`, and once it is dealt with, `audit reanchor` with the hub stopped.")]
    private static partial void LogAnchorBroken(ILogger logger, string problem, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not compare the access log with its chain head at start-up; it is compared at the first logged read.")]
    private static partial void LogAnchorNotChecked(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record the access log's chain head in {Path}.")]
    private static partial void LogHeadNotWritten(ILogger logger, Exception exception, string path);

    private sealed record Pending(IReadOnlyList<AccessLogEntry> Rows, TaskCompletionSource Done);
}
