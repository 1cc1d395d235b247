using Hub.Access;
using Hub.Api;
using Hub.Data;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Organisation;

/// <summary>Per-request loaders for directory data that changes while the hub runs.</summary>
public sealed class DirectoryLoaders(HubDbContext db, HubClock clock, PersonalData data)
{
    /// <summary>The settings of RSU groups, per group.</summary>
    public BatchLoader<int, RsuGroup> RsuGroups { get; } = new(async (groupIds, ct) =>
        (await data.RsuGroups.Where(g => groupIds.Contains(g.GroupId)).ToListAsync(ct)).ToLookup(g => g.GroupId));

    /// <summary>How many places of each group are taken today: only for callers <see cref="RsuGroupType"/> tells the free places.</summary>
    public BatchLoader<int, int> PlacesTaken { get; } = new((groupIds, ct) => data.PlacesTakenAsync(groupIds, clock.Today, ct));

    /// <summary>The contact persons active today, per district (latest start last).</summary>
    public BatchLoader<int, ContactPerson> ContactPersons { get; } = new(async (districtIds, ct) =>
    {
        var today = clock.Today;
        var rows = await db.ContactPersons.AsNoTracking()
            .Where(c => districtIds.Contains(c.DistrictId) && c.StartsOn <= today && (c.EndsOn == null || c.EndsOn > today))
            .OrderBy(c => c.StartsOn).ThenBy(c => c.Id)
            .ToListAsync(ct);
        return rows.ToLookup(c => c.DistrictId);
    });

    /// <summary>The schools each school social team works at, by team.</summary>
    public BatchLoader<int, int> SchoolsServed { get; } = new(async (teamIds, ct) =>
    {
        var rows = await db.SchoolSocialTeamSchools.AsNoTracking().Where(s => teamIds.Contains(s.TeamId)).OrderBy(s => s.SchoolId).ToListAsync(ct);
        return rows.ToLookup(s => s.TeamId, s => s.SchoolId);
    });

    /// <summary>Every contact person a district has named, newest first: the record of changes schools are told about.</summary>
    public BatchLoader<int, ContactPerson> ContactPersonHistory { get; } = new(async (districtIds, ct) =>
    {
        var rows = await db.ContactPersons.AsNoTracking()
            .Where(c => districtIds.Contains(c.DistrictId))
            .OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.Id)
            .ToListAsync(ct);
        return rows.ToLookup(c => c.DistrictId);
    });
}
