using Hub.Data;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Audit;

/// <summary>What <c>audit verify</c> found: whether the log is intact, how many rows, and what is wrong where.</summary>
public sealed record AccessLogCheck(bool Intact, long Rows, string Message);

/// <summary>
/// Checks the whole access log: the keyed chain row by row, in id order, streamed so that millions
/// of rows take no more memory than one; then the table against the keyed chain head recorded
/// outside it, which is what shows rows removed from the end, a wiped log, or a head put back.
/// </summary>
public static class AccessLogVerifier
{
    public static AccessLogCheck Verify(HubDbContext db, ChainHeadFile headFile, ChainKey key)
    {
        // The head before the rows: it is written after each commit, so it cannot lead what is read next.
        ChainHead? recorded = null;
        string? headProblem = null;
        try
        {
            recorded = headFile.Read();
        }
        catch (InvalidDataException exception)
        {
            headProblem = exception.Message;
        }

        var rows = new RowCounter(recorded?.Id ?? 0);
        var problem = AuditChain.Verify(rows.Count(db.AccessLog.AsNoTracking().OrderBy(e => e.Id).AsEnumerable()), key);
        // A broken row first, being the most precise; then a head that is forged, missing, or does not match.
        var failure = problem ?? headProblem ?? (recorded is null ? Missing(rows, headFile) : AgainstHead(rows, recorded, headFile));
        return failure is null
            ? new AccessLogCheck(true, rows.Seen, $"access log intact: {rows.Seen} rows")
            : new AccessLogCheck(false, rows.Seen, failure);
    }

    /// <summary>The head of the log as it stands, for <c>audit reanchor</c>; or what is wrong, when a row does not hold under the key.</summary>
    public static (ChainHead Head, string? Problem) HeadOfRows(HubDbContext db, ChainKey key)
    {
        var rows = db.AccessLog.AsNoTracking().OrderBy(e => e.Id);
        if (AuditChain.Verify(rows.AsEnumerable(), key) is { } problem)
        {
            return (ChainHead.Genesis, problem);
        }

        var last = rows.OrderByDescending(e => e.Id).FirstOrDefault();
        return (last is null ? ChainHead.Genesis : new ChainHead(last.Id, rows.LongCount(), last.Hash), null);
    }

    private static string Missing(RowCounter rows, ChainHeadFile headFile) =>
        $"no chain head is recorded in {headFile.Path}, though the hub records one when it creates its database and after every commit: "
        + $"it was deleted, so the {rows.Seen} rows here cannot be shown to be the whole log (rows removed from the end, or all of them, would not show)";

    private static string? AgainstHead(RowCounter rows, ChainHead recorded, ChainHeadFile headFile)
    {
        if (rows.LastId < recorded.Id)
        {
            return $"the log ends at row {rows.LastId} but row {recorded.Id} was committed (chain head in {headFile.Path}): rows were removed from the end";
        }

        if (rows.LastId > recorded.Id)
        {
            return $"the log goes on to row {rows.LastId} past its recorded chain head at row {recorded.Id} (in {headFile.Path}): "
                + "the head was replaced by an older one, or the hub stopped between a commit and recording it";
        }

        if (recorded.Id > 0 && rows.HashAtHead != recorded.Hash)
        {
            return $"row {recorded.Id} is not the row that was committed (its hash differs from the chain head in {headFile.Path}): the log was rewritten from there or before";
        }

        return rows.Seen != recorded.Count
            ? $"the log holds {rows.Seen} rows but its chain head in {headFile.Path} counts {recorded.Count}"
            : null;
    }

    private sealed class RowCounter(long headId)
    {
        public long Seen { get; private set; }
        public long LastId { get; private set; }
        public string? HashAtHead { get; private set; }

        public IEnumerable<AccessLogEntry> Count(IEnumerable<AccessLogEntry> rows)
        {
            foreach (var row in rows)
            {
                Seen++;
                LastId = row.Id;
                if (row.Id == headId)
                {
                    HashAtHead = row.Hash;
                }

                yield return row;
            }
        }
    }
}
