using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCityOrganisationTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    [Theory]
    [InlineData("school:klubbacksskolan", UnitKind.School, "education")]
    [InlineData("school:tellusborgsskolan", UnitKind.School, "education")]
    [InlineData("group:tellusborgsskolan-rsu", UnitKind.TeachingGroup, "education")]
    [InlineData("group:csu-bromma", UnitKind.TeachingGroup, "education")]
    [InlineData("education:pupil-health", UnitKind.PupilHealthUnit, "education")]
    [InlineData("social:hagersten-alvsjo:reception", UnitKind.SocialServicesReception, "social:hagersten-alvsjo")]
    [InlineData("social:hagersten-alvsjo:investigation", UnitKind.SocialServicesInvestigation, "social:hagersten-alvsjo")]
    [InlineData("social:hagersten-alvsjo:preventive", UnitKind.SocialServicesPreventive, "social:hagersten-alvsjo")]
    [InlineData("bup:liljeholmen", UnitKind.BupClinic, "region:bup")]
    [InlineData("police:stockholm-syd", UnitKind.PoliceArea, "police")]
    [InlineData("oversight:dpo", UnitKind.DataProtectionOffice, "oversight")]
    public async Task SeedAsync_Demo_PersonaUnitExists(string code, UnitKind kind, string authority)
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == code);

        // assert
        Assert.NotNull(unit);
        Assert.Equal(kind, unit.Kind);
        Assert.Equal(authority, unit.Authority);
    }

    [Fact]
    public async Task SeedAsync_Demo_CreatesStockholmsThirteenDistrictsWithTheirUnits()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var districts = (await db.Districts.ToListAsync()).Select(d => d.Code).ToList();
        var units = await db.Units.ToListAsync();

        // assert
        Assert.Equal(13, districts.Count);
        Assert.Contains("hagersten-alvsjo", districts);
        Assert.All(districts, d => Assert.Equal(3, units.Count(u => u.Authority == $"social:{d}")));
        Assert.All(districts, d => Assert.Equal(3, units.Count(u => u.District?.Code == d && u.Ownership == SchoolOwnership.Municipal)));
        Assert.Contains(units, u => u.Ownership == SchoolOwnership.Independent && u.Authority.StartsWith("independent:", StringComparison.Ordinal));
        Assert.Equal(3, units.Count(u => u.GroupLevel == PlacementLevel.Csu));
        Assert.True(units.Count(u => u.GroupLevel == PlacementLevel.Rsu) >= 3);
        Assert.Equal(4, units.Count(u => u.Kind == UnitKind.BupClinic));
        Assert.Equal(3, units.Count(u => u.Kind == UnitKind.PoliceArea));
        Assert.All(units.Where(u => u.Kind == UnitKind.TeachingGroup), g => Assert.Equal(units.Single(u => u.Id == g.HostSchoolId).Authority, g.Authority));
        Assert.Equal("Bromma", units.Single(u => u.Id == units.Single(g => g.Code == "group:csu-bromma").HostSchoolId).District!.Name);
    }

    [Fact]
    public async Task SeedAsync_Demo_EveryDistrictHasOneActiveContactPersonAndHagerstenAlvsjoAReplacement()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var contacts = await db.ContactPersons.Select(c => new { c.District.Code, c.EndsOn, c.StartsOn, c.Unit.Kind }).ToListAsync();

        // assert
        Assert.Equal(13, contacts.Where(c => c.EndsOn == null).Select(c => c.Code).Distinct().Count());
        Assert.Equal(13, contacts.Count(c => c.EndsOn == null));
        Assert.All(contacts, c => Assert.Equal(UnitKind.SocialServicesReception, c.Kind));
        var replaced = Assert.Single(contacts, c => c.EndsOn != null);
        Assert.Equal("hagersten-alvsjo", replaced.Code);
        Assert.Equal(replaced.EndsOn, contacts.Single(c => c.Code == "hagersten-alvsjo" && c.EndsOn == null).StartsOn);
    }

    [Fact]
    public async Task SeedAsync_Demo_LeavesTheAccessLogEmpty()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var entries = await db.AccessLog.CountAsync();

        // assert
        Assert.Equal(0, entries);
    }
}
