namespace Hub.Limits;

/// <summary>What one caller may ask of the hub, so that no caller can starve the others (<c>Hub:Limits</c>).</summary>
public sealed class LimitsOptions
{
    public const string Section = "Hub:Limits";

    /// <summary>Most root fields (aliases included, introspection not counted) in one document.</summary>
    public int MaxRootFields { get; set; } = 10;

    /// <summary>Complexity one identity may spend per <see cref="Window"/>; at least the largest document's (100,000).</summary>
    public double CostPerWindow { get; set; } = 300_000;

    /// <summary>The budget's window: spending starts afresh at each multiple of it.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Most subscriptions one identity may hold open at once, over all its sockets.</summary>
    public int MaxSubscriptionsPerIdentity { get; set; } = 100;
}
