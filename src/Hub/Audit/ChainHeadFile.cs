using System.Globalization;
using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Audit;

/// <summary>The last row the writer committed: its id and hash, and how many rows the log holds.</summary>
public sealed record ChainHead(long Id, long Count, string Hash)
{
    /// <summary>The head of a log with no row yet, recorded once when the hub creates its database.</summary>
    public static ChainHead Genesis { get; } = new(0, 0, AuditChain.Genesis);
}

/// <summary>
/// Keeps the chain head outside the access-log table, itself a MAC under the <see cref="ChainKey"/>:
/// a chain alone cannot show that its last rows, or all of them, were removed. The hub records the
/// genesis head when it creates the database and a new head after each commit, so a missing head is
/// always an alarm, never a fresh start. Written after each commit, it may lag the table by the rows
/// of a crash, but never lead it. For a SQLite file it sits beside the database; for a server
/// database, in the data folder.
/// </summary>
public sealed class ChainHeadFile
{
    private const string Label = "hub-access-log-head";
    private readonly ChainKey _key;

    public ChainHeadFile(IServiceScopeFactory scopes, DataFolder folder, DatabaseProvider provider, ChainKey key)
    {
        _key = key;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>().Database;
        Path = provider.DataFile(db.GetConnectionString() ?? "") is { } file
            ? file + ".chain-head"
            : folder.File("access-log.chain-head");
    }

    public string Path { get; }

    public bool Exists => File.Exists(Path);

    /// <summary>
    /// The recorded head; null when none is recorded. Throws <see cref="InvalidDataException"/> when
    /// the file is not a head made with the chain key (forged, damaged, or from before the key).
    /// </summary>
    public ChainHead? Read()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        var parts = File.ReadAllText(Path).Trim().Split(' ');
        if (parts.Length == 4
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && parts[2].Length == 64 && parts[3].Length == 64)
        {
            var head = new ChainHead(id, count, parts[2]);
            if (ChainKey.Same(MacOf(head), parts[3]))
            {
                return head;
            }
        }

        throw new InvalidDataException($"the chain head in {Path} is not one the hub recorded with the chain key: it was forged or damaged");
    }

    /// <summary>Replaces the head in one rename, so a reader never sees half of it.</summary>
    public void Write(ChainHead head)
    {
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, string.Create(CultureInfo.InvariantCulture, $"{head.Id} {head.Count} {head.Hash} {MacOf(head)}\n"));
        File.Move(temporary, Path, overwrite: true);
    }

    private string MacOf(ChainHead head) =>
        _key.Mac(string.Join('\u001f', Label, head.Id.ToString(CultureInfo.InvariantCulture), head.Count.ToString(CultureInfo.InvariantCulture), head.Hash));
}
