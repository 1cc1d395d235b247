using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Events;

/// <summary>The catch-up of a reconnecting subscriber: the outbox's events after its resume point, in sequence order.</summary>
internal static class MissedEvents
{
    public static async Task<List<HubEvent>> ReadAsync(IServiceScopeFactory scopes, long after, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var rows = await db.Changes.AsNoTracking().Where(c => c.Sequence > after).OrderBy(c => c.Sequence).ToListAsync(ct);
        return rows.Select(HubEvent.From).ToList();
    }
}
