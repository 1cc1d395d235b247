using Hub.Data;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Access;

/// <summary>
/// What event delivery asks beside the caller's sets: each a narrow answer (a category, a time, a
/// yes) about a record the subscriber's decisions already rest on, never the record itself.
/// </summary>
public sealed class EventData(HubDbContext db)
{
    /// <summary>The category of an intervention record, for the access log of an event about it that the subscriber was found to see.</summary>
    public async Task<DataCategory> CategoryOfInterventionAsync(int interventionId, CancellationToken ct) =>
        RolePolicy.CategoryOf(await db.Interventions.Where(i => i.Id == interventionId).Select(i => i.Kind).SingleAsync(ct));

    /// <summary>When the first of these emergency accesses (those the subscriber's decisions rest on) ends; null for none.</summary>
    public Task<DateTime?> FirstExpiryAsync(IReadOnlyCollection<int?> emergencyAccessIds, CancellationToken ct) =>
        db.EmergencyAccesses.Where(e => emergencyAccessIds.Contains(e.Id)).MinAsync(e => (DateTime?)e.ExpiresAt, ct);

    /// <summary>
    /// Whether a consent the subscriber's decisions rested on for a category has been withdrawn, whole
    /// or its provision of that category (rather than run out): why a subscription ended.
    /// </summary>
    public Task<bool> ConsentWithdrawnAsync(int? consentId, DataCategory category, CancellationToken ct) =>
        db.Consents.AnyAsync(c => c.Id == consentId && (c.WithdrawnAt != null || c.Provisions.Any(p => p.Category == category && p.WithdrawnAt != null)), ct);
}
