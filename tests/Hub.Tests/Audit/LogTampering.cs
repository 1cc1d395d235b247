using System.Security.Cryptography;
using Hub.Audit;
using Hub.Data;
using Hub.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Tests.Audit;

/// <summary>
/// What someone can do who may write the database and the folder beside it, but does not hold the
/// chain key: rewrite rows with hashes under a key of their own, delete rows, write or delete the head.
/// </summary>
public static class LogTampering
{
    /// <summary>A key of the attacker's own, of the right shape.</summary>
    public static ChainKey GuessedKey(HubFactory hub) => new(
        new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { [ChainKey.Setting] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) }).Build(),
        hub.Services.GetRequiredService<IHostEnvironment>(),
        hub.Services.GetRequiredService<DataFolder>());

    public static string HeadPath(HubFactory hub) => hub.Services.GetRequiredService<ChainHeadFile>().Path;

    public static void DeleteHead(HubFactory hub) => File.Delete(HeadPath(hub));

    /// <summary>Writes a head in the hub's format, MAC'd under the attacker's key.</summary>
    public static void ForgeHead(HubFactory hub, ChainHead head) =>
        new ChainHeadFile(hub.Services.GetRequiredService<IServiceScopeFactory>(), hub.Services.GetRequiredService<DataFolder>(), hub.Services.GetRequiredService<DatabaseProvider>(), GuessedKey(hub)).Write(head);

    /// <summary>Changes one row's person, re-links the whole chain under a guessed key, and writes a head to match.</summary>
    public static void RewriteChainAndHead(HubFactory hub, long rowId, string person)
    {
        var key = GuessedKey(hub);
        var rows = LogRows.All(hub);
        rows.Single(r => r.Id == rowId).PersonId = person;
        var previous = AuditChain.Genesis;
        foreach (var row in rows)
        {
            row.PreviousHash = previous;
            row.Hash = previous = AuditChain.HashOf(row, key);
            hub.WithDb(db => db.Database.ExecuteSql(
                $"UPDATE AccessLog SET PersonId = {row.PersonId}, PreviousHash = {row.PreviousHash}, Hash = {row.Hash} WHERE Id = {row.Id}"));
        }

        new ChainHeadFile(hub.Services.GetRequiredService<IServiceScopeFactory>(), hub.Services.GetRequiredService<DataFolder>(), hub.Services.GetRequiredService<DatabaseProvider>(), key)
            .Write(new ChainHead(rows[^1].Id, rows.Count, rows[^1].Hash));
    }

    /// <summary>The hub started again on the same data folder, with its log captured; started by the first client.</summary>
    public static WebApplicationFactory<Program> Restart(HubFactory hub, CapturedLog log) =>
        hub.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(log))));
}

/// <summary>Keeps what the hub logs at Critical, to see its alarms.</summary>
public sealed class CapturedLog : ILoggerProvider
{
    private readonly List<string> _critical = [];

    public IReadOnlyList<string> Critical
    {
        get
        {
            lock (_critical)
            {
                return [.. _critical];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLog owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel == LogLevel.Critical;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Critical)
            {
                lock (owner._critical)
                {
                    owner._critical.Add(formatter(state, exception));
                }
            }
        }
    }
}
