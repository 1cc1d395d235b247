using Hub.Data;

namespace Hub.Seeding;

public static partial class SeedingSetup
{
    /// <summary>The configuration key choosing the demo city's size.</summary>
    public const string ScaleKey = "Hub:SeedScale";

    public static SeedScale Scale(IConfiguration configuration) =>
        Enum.TryParse<SeedScale>(configuration[ScaleKey], ignoreCase: true, out var scale) ? scale : SeedScale.Demo;

    /// <summary>
    /// The city scale gets its own database file (hub-city.db) unless one is named, so that the
    /// demo and the city-sized load never mix in one file.
    /// </summary>
    public static void SeparateCityDatabase(this IConfigurationManager configuration)
    {
        if (Scale(configuration) == SeedScale.City && string.IsNullOrEmpty(configuration[DataSetup.FileKey]))
        {
            configuration[DataSetup.FileKey] = "hub-city.db";
        }
    }

    /// <summary>Seeds the demo city when <c>Hub:SeedDemoCity</c> is on and the database is empty.</summary>
    public static async Task SeedDemoCityAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();
        if (!configuration.GetValue("Hub:SeedDemoCity", false))
        {
            return;
        }

        var scale = Scale(configuration);
        var started = TimeProvider.System.GetTimestamp();
        var today = scope.ServiceProvider.GetRequiredService<HubClock>().Today;
        var pupils = await DemoCity.SeedAsync(scope.ServiceProvider.GetRequiredService<HubDbContext>(), scale, today, cancellationToken);
        if (pupils > 0)
        {
            var seconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
            var log = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoCity));
            LogSeeded(log, scale, pupils, seconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo city ({Scale}): {Pupils} pupils in {Seconds:F1} s")]
    private static partial void LogSeeded(ILogger logger, SeedScale scale, int pupils, double seconds);
}
