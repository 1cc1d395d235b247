using System.Globalization;
using Hub.Records;

namespace Hub.Audit;

/// <summary>
/// The keyed hash chain over the access log: each row's hash is a MAC under the <see cref="ChainKey"/>
/// over its own content, its id and the previous row's hash, so an altered row breaks its own hash
/// and a removed row breaks the next, and without the key no fresh hash can be made to fit.
/// </summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    // Databases hand times back without their kind, and PostgreSQL keeps microseconds only: the
    // hash covers the time as every store gives it back, in UTC to the microsecond.
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static string HashOf(AccessLogEntry e, ChainKey key)
    {
        var text = string.Join(
            '\u001f',
            e.Id.ToString(CultureInfo.InvariantCulture),
            DateTime.SpecifyKind(e.At, DateTimeKind.Utc).ToString(TimeFormat, CultureInfo.InvariantCulture),
            e.PersonId,
            e.Agency,
            e.UnitCode,
            e.Role,
            e.Operation,
            e.PupilId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            e.Categories,
            e.Basis,
            e.Emergency ? "1" : "0",
            e.ProtectedIdentity ? "1" : "0",
            e.PreviousHash);

        // The purpose came later: a row without one hashes as rows always did, so older chains still verify.
        return key.Mac(e.Purpose is null ? text : text + '\u001f' + e.Purpose);
    }

    /// <summary>Gives the rows ids and hashes that continue the chain from <paramref name="head"/>.</summary>
    public static List<AccessLogEntry> Link(IEnumerable<AccessLogEntry> rows, ChainHead head, ChainKey key)
    {
        var linked = new List<AccessLogEntry>();
        var (id, hash) = (head.Id, head.Hash);
        foreach (var row in rows)
        {
            row.At = new DateTime(row.At.Ticks - (row.At.Ticks % TimeSpan.TicksPerMicrosecond), DateTimeKind.Utc);
            row.Id = ++id;
            row.PreviousHash = hash;
            row.Hash = hash = HashOf(row, key);
            linked.Add(row);
        }

        return linked;
    }

    /// <summary>Checks rows in id order; returns null when the chain holds, else what is wrong and where.</summary>
    public static string? Verify(IEnumerable<AccessLogEntry> rowsInIdOrder, ChainKey key)
    {
        var previousHash = Genesis;
        long previousId = 0;
        foreach (var row in rowsInIdOrder)
        {
            if (row.Id != previousId + 1)
            {
                return $"row {previousId + 1} is missing (the next row is {row.Id})";
            }

            if (row.PreviousHash != previousHash)
            {
                return $"row {row.Id} does not follow row {previousId}: a row was removed or altered";
            }

            if (!ChainKey.Same(HashOf(row, key), row.Hash))
            {
                return $"row {row.Id} was altered: its content does not match its hash under the chain key";
            }

            previousHash = row.Hash;
            previousId = row.Id;
        }

        return null;
    }
}
