using Hub.Data;
using Hub.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Support;

/// <summary>
/// The real hub over a fresh SQLite file with the demo city, its business date pinned so that
/// open, overdue and expired mean the same on every day the tests run.
/// </summary>
public class HubFactory : WebApplicationFactory<Program>
{
    public const string Today = "2026-11-23";
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "hub-tests-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Hub:DataFolder", _dataFolder);
        builder.UseSetting("Hub:Today", Today);
        builder.UseSetting("Hub:SeedDemoCity", "true");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new StatementTallyFilter(this)));
    }

    public string TokenFor(string persona) =>
        Services.GetRequiredService<DevelopmentTokenIssuer>().IssueFor(Personas.Find(persona) ?? throw new ArgumentException(persona));

    public HubClient ClientFor(string persona) => new(CreateClient(), TokenFor(persona));

    /// <summary>A client whose every request declares <paramref name="purpose"/> (its schema name, e.g. SIP) in the Hub-Purpose header.</summary>
    public HubClient ClientFor(string persona, string purpose) => new(CreateClient(), TokenFor(persona), purpose);

    public HubClient AnonymousClient() => new(CreateClient(), token: null);

    public T WithDb<T>(Func<HubDbContext, T> read)
    {
        using var scope = Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }

    /// <summary>The SQL statements of the last request answered, its own only (not the outbox's poll).</summary>
    public long LastRequestStatements => Interlocked.Read(ref _lastRequestStatements);

    private long _lastRequestStatements;

    /// <summary>Tallies each request's own statements; read when the response starts, so before the client has it.</summary>
    private sealed class StatementTallyFilter(HubFactory hub) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                var tally = SqlStatementCounter.BeginTally();
                context.Response.OnStarting(() =>
                {
                    Interlocked.Exchange(ref hub._lastRequestStatements, tally.Value);
                    return Task.CompletedTask;
                });
                await nextMiddleware(context);
            });
            next(app);
        };
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dataFolder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
