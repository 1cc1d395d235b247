using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hub.Data;

/// <summary>The embedded default: one SQLite file in the data folder, in write-ahead-log mode.</summary>
public sealed class SqliteDatabaseProvider : DatabaseProvider
{
    // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY; other constraint failures (a foreign
    // key, a check) are faults of the hub, not a race between two callers.
    private const int UniqueConstraint = 2067;
    private const int PrimaryKeyConstraint = 1555;

    public override string Name => "Sqlite";

    public override string DefaultConnectionString(DataFolder folder, string fileName) => $"Data Source={folder.File(fileName)}";

    public override void Configure(DbContextOptionsBuilder options, string connectionString) => options.UseSqlite(connectionString);

    public override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: UniqueConstraint or PrimaryKeyConstraint };

    public override Task PrepareAsync(DatabaseFacade database, CancellationToken cancellationToken) =>
        database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

    public override string? DataFile(string connectionString) =>
        new SqliteConnectionStringBuilder(connectionString).DataSource is { Length: > 0 } source and not ":memory:"
            ? Path.GetFullPath(source)
            : null;
}
