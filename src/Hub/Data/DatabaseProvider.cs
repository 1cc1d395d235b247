using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hub.Data;

/// <summary>
/// What the hub needs from its database engine beyond EF Core: how to configure it, how to tell a
/// unique-index violation from other failures, what to set up after migrating, and which file (if
/// any) holds the data. Everything provider-specific lives behind this seam; the rest of the hub
/// never names an engine.
/// </summary>
public abstract class DatabaseProvider
{
    /// <summary>The configuration key that chooses the provider; absent means SQLite.</summary>
    public const string ConfigurationKey = "Hub:Database:Provider";

    /// <summary>The name configuration uses for it (<c>Hub:Database:Provider</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The connection string when <c>ConnectionStrings:Hub</c> is not set, from the data folder.</summary>
    public abstract string DefaultConnectionString(DataFolder folder, string fileName);

    public abstract void Configure(DbContextOptionsBuilder options, string connectionString);

    /// <summary>Whether a failed save broke a unique index (or primary key): another request made the same record first.</summary>
    public abstract bool IsUniqueViolation(DbUpdateException exception);

    /// <summary>Engine settings applied after migrating (e.g. SQLite's write-ahead log).</summary>
    public virtual Task PrepareAsync(DatabaseFacade database, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The file that holds the data, or null for an in-memory or server database.</summary>
    public virtual string? DataFile(string connectionString) => null;

    /// <summary>The providers the hub knows, by configured name; unknown names are refused with the list.</summary>
    public static DatabaseProvider For(string? name)
    {
        DatabaseProvider[] known = [new SqliteDatabaseProvider()];
        if (string.IsNullOrWhiteSpace(name))
        {
            return known[0];
        }

        return known.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException(
                $"{ConfigurationKey} is '{name}', which the hub does not know. Known providers: {string.Join(", ", known.Select(p => p.Name))}.");
    }
}
