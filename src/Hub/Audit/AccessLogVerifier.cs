using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Audit;

/// <summary>What <c>audit verify</c> found: whether the log is intact, how many rows, and what is wrong where.</summary>
public sealed record AccessLogCheck(bool Intact, long Rows, string Message);

/// <summary>
/// Checks the whole access log: the hash chain row by row, in id order, streamed so that millions
/// of rows take no more memory than one; then the table against the chain head recorded outside
/// it, which is what shows rows removed from the end or a tail rewritten with fresh hashes.
/// </summary>
public static class AccessLogVerifier
{
    public static AccessLogCheck Verify(HubDbContext db, ChainHeadFile headFile)
    {
        // The head before the rows: it is written after each commit, so it cannot lead what is read next.
        ChainHead? recorded;
        try
        {
            recorded = headFile.Read();
        }
        catch (InvalidDataException exception)
        {
            return new AccessLogCheck(false, 0, exception.Message);
        }

        var rows = new RowCounter(recorded?.Id ?? 0);
        var problem = AuditChain.Verify(rows.Count(db.AccessLog.AsNoTracking().OrderBy(e => e.Id).AsEnumerable()));
        if (problem is not null)
        {
            return new AccessLogCheck(false, rows.Seen, problem);
        }

        if (recorded is null)
        {
            return rows.Seen == 0
                ? new AccessLogCheck(true, 0, "access log intact: 0 rows")
                : new AccessLogCheck(false, rows.Seen, $"the chain holds over {rows.Seen} rows, but no chain head was recorded in {headFile.Path}, so rows removed from the end would not show; the hub records it with its next logged read");
        }

        if (rows.LastId < recorded.Id)
        {
            return new AccessLogCheck(false, rows.Seen, $"the log ends at row {rows.LastId} but row {recorded.Id} was committed (chain head in {headFile.Path}): rows were removed from the end");
        }

        if (recorded.Id > 0 && rows.HashAtHead != recorded.Hash)
        {
            return new AccessLogCheck(false, rows.Seen, $"row {recorded.Id} is not the row that was committed (its hash differs from the chain head in {headFile.Path}): the log was rewritten from there or before");
        }

        return new AccessLogCheck(true, rows.Seen, $"access log intact: {rows.Seen} rows");
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
