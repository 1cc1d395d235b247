using Hub.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Data;

public static partial class DataSetup
{
    /// <summary>
    /// The store: <c>ConnectionStrings:Hub</c> when set, otherwise a SQLite file in the data folder
    /// (hub.db, or hub-city.db for the city scale so the two never mix).
    /// </summary>
    public static IServiceCollection AddHubData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DataFolder>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<HubClock>();
        services.AddSingleton<SqlStatementCounter>();

        // Keys for what the hub encrypts for itself (event cursors), kept in the data folder, never committed.
        services.AddDataProtection().SetApplicationName("hub");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(options =>
            options.XmlRepository = new FileSystemXmlRepository(
                new DirectoryInfo(provider.GetRequiredService<DataFolder>().File("keys")), provider.GetRequiredService<ILoggerFactory>())));
        services.AddDbContext<HubDbContext>((provider, options) => options
            .UseSqlite(ConnectionString(configuration, provider.GetRequiredService<DataFolder>()))
            .AddInterceptors(provider.GetRequiredService<SqlStatementCounter>()));
        return services;
    }

    public static SeedScale Scale(IConfiguration configuration) =>
        Enum.TryParse<SeedScale>(configuration["Hub:SeedScale"], ignoreCase: true, out var scale) ? scale : SeedScale.Demo;

    /// <summary>
    /// Migrates the database, turns on WAL, and seeds the demo city when configured and empty.
    /// Answers whether this call created the database (no migration had been applied to it).
    /// </summary>
    public static async Task<bool> InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var log = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DataSetup));
        var created = !(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (configuration.GetValue("Hub:SeedDemoCity", false))
        {
            var scale = Scale(configuration);
            var started = TimeProvider.System.GetTimestamp();
            var today = scope.ServiceProvider.GetRequiredService<HubClock>().Today;
            var pupils = await DemoCity.SeedAsync(db, scale, today, cancellationToken);
            if (pupils > 0)
            {
                var seconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
                LogSeeded(log, scale, pupils, seconds);
            }
        }

        return created;
    }

    private static string ConnectionString(IConfiguration configuration, DataFolder folder) =>
        configuration.GetConnectionString("Hub") is { Length: > 0 } configured
            ? configured
            : $"Data Source={folder.File(Scale(configuration) == SeedScale.City ? "hub-city.db" : "hub.db")}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo city ({Scale}): {Pupils} pupils in {Seconds:F1} s")]
    private static partial void LogSeeded(ILogger logger, SeedScale scale, int pupils, double seconds);
}
