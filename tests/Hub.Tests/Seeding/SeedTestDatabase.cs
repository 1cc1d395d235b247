using Hub.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

/// <summary>A private in-memory SQLite database that lives as long as its open connection.</summary>
public sealed class SeedTestDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("DataSource=:memory:");

    public HubDbContext NewContext() => new(new DbContextOptionsBuilder<HubDbContext>().UseSqlite(_connection).Options);

    /// <summary>Creates the schema: from the migrations once they exist, else from the model.</summary>
    public async Task<HubDbContext> CreateAsync()
    {
        await _connection.OpenAsync();
        var db = NewContext();
        if (db.Database.GetMigrations().Any())
        {
            await db.Database.MigrateAsync();
        }
        else
        {
            await db.Database.EnsureCreatedAsync();
        }

        return db;
    }

    public void Dispose() => _connection.Dispose();
}
