using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Data;

/// <summary>
/// Counts the SQL statements the hub sends, so that tests and benchmarks can show that a request
/// costs a constant number of them whatever its page size. Besides the process-wide count, a tally
/// begun in one flow of work (a request) counts only that flow's statements, so background work such
/// as the outbox's poll never lands in a request's figure.
/// </summary>
public sealed class SqlStatementCounter : DbCommandInterceptor
{
    private static readonly AsyncLocal<StrongBox<long>?> FlowTally = new();
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    /// <summary>Starts counting the statements of the current flow (and the work it awaits); read the box's value.</summary>
    public static StrongBox<long> BeginTally()
    {
        var tally = new StrongBox<long>();
        FlowTally.Value = tally;
        return tally;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Counted();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Counted();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Counted();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Counted();
        return ValueTask.FromResult(result);
    }

    private void Counted()
    {
        Interlocked.Increment(ref _count);
        if (FlowTally.Value is { } tally)
        {
            Interlocked.Increment(ref tally.Value);
        }
    }
}
