namespace Hub.Events;

/// <summary>Live updates: settings under <c>Hub:Events</c>.</summary>
public sealed class EventOptions
{
    public const string Section = "Hub:Events";

    /// <summary>How far back a reconnecting subscriber may resume with <c>after</c>.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the publisher looks at the outbox when no commit has woken it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a pupil's subscription re-checks its bases when no event has made it (for dates that pass).</summary>
    public TimeSpan BasisCheckInterval { get; set; } = TimeSpan.FromMinutes(5);
}
