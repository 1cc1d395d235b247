using Hub.Data;
using Hub.Seeding;

namespace Hub.Tests.Seeding;

/// <summary>The demo city seeded once per test class, with today pinned.</summary>
public sealed class SeededDemoCity : IAsyncLifetime, IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    private readonly SeedTestDatabase _database = new();

    public int PupilsCreated { get; private set; }

    public HubDbContext NewContext() => _database.NewContext();

    public async Task InitializeAsync()
    {
        await using var db = await _database.CreateAsync();
        PupilsCreated = await DemoCity.SeedAsync(db, SeedScale.Demo, Today, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();
}
