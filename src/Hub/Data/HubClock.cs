using System.Globalization;

namespace Hub.Data;

/// <summary>
/// The hub's calendar date, which decides what is open, overdue or expired. <c>Hub:Today</c>
/// pins it (tests and reproducible demos); otherwise it is today's date in Stockholm.
/// </summary>
public sealed class HubClock(IConfiguration configuration, TimeProvider time)
{
    private static readonly TimeZoneInfo Stockholm = FindStockholm();
    private readonly DateOnly? _pinned = configuration["Hub:Today"] is { Length: > 0 } text
        ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
        : null;

    public DateOnly Today => _pinned ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Stockholm).DateTime);

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    private static TimeZoneInfo FindStockholm() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Stockholm", out var zone) ? zone : TimeZoneInfo.Utc;
}
