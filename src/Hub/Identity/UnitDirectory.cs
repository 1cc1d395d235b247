using Hub.Data;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Identity;

/// <summary>
/// The districts and units, read once: every request resolves its caller's unit, and every
/// reference to a unit or district, here instead of asking the database.
/// </summary>
public sealed class UnitDirectory(IServiceScopeFactory scopes)
{
    private Snapshot? _snapshot;

    public async ValueTask<Unit?> FindAsync(string code, CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).ByCode.GetValueOrDefault(code);

    public async ValueTask<Unit?> UnitAsync(int id, CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).UnitsById.GetValueOrDefault(id);

    public async ValueTask<District?> DistrictAsync(int id, CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).DistrictsById.GetValueOrDefault(id);

    public async ValueTask<IReadOnlyCollection<Unit>> UnitsAsync(CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).UnitsById.Values;

    public async ValueTask<IReadOnlyCollection<District>> DistrictsAsync(CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).DistrictsById.Values;

    /// <summary>Forgets what was read, so the next lookup reads the directory again.</summary>
    public void Invalidate() => _snapshot = null;

    private async ValueTask<Snapshot> GetAsync(CancellationToken cancellationToken) =>
        _snapshot ??= await LoadAsync(cancellationToken);

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync(cancellationToken);
        return new Snapshot(
            units.ToDictionary(u => u.Code, StringComparer.Ordinal),
            units.ToDictionary(u => u.Id),
            districts.ToDictionary(d => d.Id));
    }

    private sealed record Snapshot(
        Dictionary<string, Unit> ByCode,
        Dictionary<int, Unit> UnitsById,
        Dictionary<int, District> DistrictsById);
}
