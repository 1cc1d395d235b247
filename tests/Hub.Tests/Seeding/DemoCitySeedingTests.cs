using Hub.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCitySeedingTests
{
    [Fact]
    public async Task SeedAsync_SameToday_GivesIdenticalPupils()
    {
        // arrange
        using var first = new SeedTestDatabase();
        using var second = new SeedTestDatabase();
        await using var firstDb = await first.CreateAsync();
        await using var secondDb = await second.CreateAsync();

        // act
        await DemoCity.SeedAsync(firstDb, SeedScale.Demo, SeededDemoCity.Today, CancellationToken.None);
        await DemoCity.SeedAsync(secondDb, SeedScale.Demo, SeededDemoCity.Today, CancellationToken.None);

        // assert
        Assert.Equal(await PupilsAsync(firstDb), await PupilsAsync(secondDb));
        Assert.Equal(await GuardiansAsync(firstDb), await GuardiansAsync(secondDb));
        Assert.Equal(await firstDb.Interventions.CountAsync(), await secondDb.Interventions.CountAsync());
        Assert.Equal(await firstDb.ConsentSignatures.CountAsync(), await secondDb.ConsentSignatures.CountAsync());
    }

    [Fact]
    public async Task SeedAsync_DatabaseAlreadySeeded_SkipsAndReturnsZero()
    {
        // arrange
        using var database = new SeedTestDatabase();
        await using var db = await database.CreateAsync();
        var created = await DemoCity.SeedAsync(db, SeedScale.Demo, SeededDemoCity.Today, CancellationToken.None);

        // act
        var again = await DemoCity.SeedAsync(db, SeedScale.Demo, SeededDemoCity.Today.AddDays(1), CancellationToken.None);

        // assert
        Assert.Equal(600, created);
        Assert.Equal(0, again);
        Assert.Equal(created, await db.Pupils.CountAsync());
    }

    private static Task<List<string>> PupilsAsync(Hub.Data.HubDbContext db) =>
        db.Pupils.OrderBy(p => p.Id).Select(p => p.PersonalIdentityNumber + " " + p.GivenName + " " + p.FamilyName).ToListAsync();

    private static Task<List<string>> GuardiansAsync(Hub.Data.HubDbContext db) =>
        db.Guardians.OrderBy(g => g.Id).Select(g => g.PersonalIdentityNumber + " " + g.GivenName + " " + g.FamilyName).ToListAsync();
}
