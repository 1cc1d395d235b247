using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hub.Tests.Support;

/// <summary>
/// The real hub as it runs outside Development: an empty database, tokens only from a configured
/// issuer (never contacted here: these tests send no token), and the IDE as configured.
/// </summary>
public sealed class ProductionHubFactory(bool? ideEnabled = null, string authority = "https://login.example.invalid/hub", bool? requireHttpsMetadata = null)
    : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "hub-tests-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Hub:DataFolder", _dataFolder);
        builder.UseSetting("Hub:Identity:Authority", authority);
        builder.UseSetting("Hub:AccessLog:ChainKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        if (requireHttpsMetadata is { } requireHttps)
        {
            builder.UseSetting("Hub:Identity:RequireHttpsMetadata", requireHttps ? "true" : "false");
        }

        if (ideEnabled is { } enabled)
        {
            builder.UseSetting("Hub:Ide:Enabled", enabled ? "true" : "false");
        }
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
