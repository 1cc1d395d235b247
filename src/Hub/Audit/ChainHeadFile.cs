using System.Globalization;
using Hub.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hub.Audit;

/// <summary>The last row the writer committed: its id and hash.</summary>
public sealed record ChainHead(long Id, string Hash);

/// <summary>
/// Keeps the chain head outside the access-log table. A hash chain alone cannot show that its
/// last rows were removed, nor that a tail was rewritten with fresh hashes (SHA-256 is no secret);
/// comparing the table with the head kept here can. Written after each commit, so it may lag the
/// table by the rows of a crash, but never lead it. For a SQLite file it sits beside the database
/// (replacing the database replaces it too); for a server database, in the data folder.
/// </summary>
public sealed class ChainHeadFile
{
    public ChainHeadFile(IServiceScopeFactory scopes, DataFolder folder)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>().Database;
        var source = db.IsSqlite() ? new SqliteConnectionStringBuilder(db.GetConnectionString()).DataSource : null;
        Path = string.IsNullOrEmpty(source) || source == ":memory:"
            ? folder.File("access-log.chain-head")
            : System.IO.Path.GetFullPath(source) + ".chain-head";
    }

    public string Path { get; }

    /// <summary>The recorded head; null when none was recorded. Throws <see cref="InvalidDataException"/> when the file is not a head.</summary>
    public ChainHead? Read()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        var parts = File.ReadAllText(Path).Trim().Split(' ');
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && parts[1].Length == 64
            ? new ChainHead(id, parts[1])
            : throw new InvalidDataException($"{Path} does not hold a chain head.");
    }

    /// <summary>Replaces the head in one rename, so a reader never sees half of it.</summary>
    public void Write(ChainHead head)
    {
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, string.Create(CultureInfo.InvariantCulture, $"{head.Id} {head.Hash}\n"));
        File.Move(temporary, Path, overwrite: true);
    }
}
