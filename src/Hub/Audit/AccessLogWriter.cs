using System.Threading.Channels;

namespace Hub.Audit;

/// <summary>
/// Appends access-log rows with group commit: requests that arrive while a commit runs wait for
/// the next one and share it, so logging costs one transaction per burst, not per request. A
/// request's rows are durable when its task completes; if the commit fails, the task fails.
/// After each commit the chain head is also recorded outside the table (<see cref="ChainHeadFile"/>).
/// </summary>
public sealed partial class AccessLogWriter : IAsyncDisposable
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IAccessLogStore _store;
    private readonly ChainHeadFile _headFile;
    private readonly ILogger<AccessLogWriter> _log;
    private readonly Task _loop;
    private readonly CancellationTokenSource _stopping = new();

    // False once the table was found behind its recorded head: the head then stays as evidence.
    private bool _headFileTrusted = true;

    public AccessLogWriter(IAccessLogStore store, ChainHeadFile headFile, ILogger<AccessLogWriter> log)
    {
        _store = store;
        _headFile = headFile;
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
                var rows = AuditChain.Link(batch.SelectMany(p => p.Rows), head);
                await _store.AppendAsync(rows, stopping);
                head = new ChainHead(rows[^1].Id, rows[^1].Hash);
                RecordHead(head);
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
        try
        {
            recorded = _headFile.Read();
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            // Unreadable is treated like behind: the file stays as it is for whoever looks into it.
            _headFileTrusted = false;
            LogHeadUnreadable(_log, exception, _headFile.Path);
        }

        var last = await _store.LastAsync(stopping) is { } row ? new ChainHead(row.Id, row.Hash) : new ChainHead(0, AuditChain.Genesis);

        if (recorded is not null && (recorded.Id > last.Id || (recorded.Id == last.Id && recorded.Hash != last.Hash)))
        {
            // Rows at the end were removed or rewritten. Logging goes on (refusing every read would
            // let anyone who can delete a row shut the hub down), but the head is left as evidence
            // for `audit verify` until someone has looked into it and removed the file.
            _headFileTrusted = false;
            LogBehindHead(_log, last.Id, recorded.Id, _headFile.Path);
        }

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

    [LoggerMessage(Level = LogLevel.Critical, Message = "The access log ends at row {Last} but row {Recorded} was committed: rows were removed or rewritten. Logging continues; the recorded head in {Path} is kept as evidence. Run `audit verify`, and remove that file once this is dealt with.")]
    private static partial void LogBehindHead(ILogger logger, long last, long recorded, string path);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The access log's recorded chain head in {Path} cannot be read; it is kept as it is. Run `audit verify`.")]
    private static partial void LogHeadUnreadable(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record the access log's chain head in {Path}.")]
    private static partial void LogHeadNotWritten(ILogger logger, Exception exception, string path);

    private sealed record Pending(IReadOnlyList<AccessLogEntry> Rows, TaskCompletionSource Done);
}
