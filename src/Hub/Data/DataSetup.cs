using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Data;

public static class DataSetup
{
    /// <summary>The configuration key naming the database file in the data folder when no connection string is set.</summary>
    public const string FileKey = "Hub:Database:File";

    /// <summary>
    /// The store: the provider <c>Hub:Database:Provider</c> names (SQLite by default), at
    /// <c>ConnectionStrings:Hub</c> when set, otherwise at the file <c>Hub:Database:File</c>
    /// (hub.db) in the data folder.
    /// </summary>
    public static IServiceCollection AddHubData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DataFolder>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<HubClock>();
        services.AddSingleton<SqlStatementCounter>();
        services.AddSingleton(_ => DatabaseProvider.For(configuration[DatabaseProvider.ConfigurationKey]));

        // Keys for what the hub encrypts for itself (event cursors), kept in the data folder, never committed.
        services.AddDataProtection().SetApplicationName("hub");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(options =>
            options.XmlRepository = new FileSystemXmlRepository(
                new DirectoryInfo(provider.GetRequiredService<DataFolder>().File("keys")), provider.GetRequiredService<ILoggerFactory>())));
        services.AddDbContext<HubDbContext>((provider, options) =>
        {
            var database = provider.GetRequiredService<DatabaseProvider>();
            database.Configure(options, ConnectionString(configuration, database, provider.GetRequiredService<DataFolder>()));
            options.AddInterceptors(provider.GetRequiredService<SqlStatementCounter>());
        });
        return services;
    }

    /// <summary>
    /// Migrates the database and applies the provider's settings (SQLite's write-ahead log).
    /// Answers whether this call created the database (no migration had been applied to it).
    /// </summary>
    public static async Task<bool> InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var created = !(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any();
        await db.Database.MigrateAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<DatabaseProvider>().PrepareAsync(db.Database, cancellationToken);
        return created;
    }

    private static string ConnectionString(IConfiguration configuration, DatabaseProvider provider, DataFolder folder) =>
        configuration.GetConnectionString("Hub") is { Length: > 0 } configured
            ? configured
            : provider.DefaultConnectionString(folder, configuration[FileKey] is { Length: > 0 } file ? file : "hub.db");
}
