using Hub.Data;

namespace Hub.Seeding;

/// <summary>How much of the demo city to seed: a walkable demo, or a city-sized load.</summary>
public enum SeedScale
{
    Demo,
    City,
}

/// <summary>The demo city. Every person and number in it is fictitious.</summary>
public static class DemoCity
{
    /// <summary>Seeds only when the database has no districts; returns the number of pupils it created (0 when it skipped).</summary>
    public static Task<int> SeedAsync(HubDbContext db, SeedScale scale, DateOnly today, CancellationToken cancellationToken) =>
        Task.FromResult(0);
}
