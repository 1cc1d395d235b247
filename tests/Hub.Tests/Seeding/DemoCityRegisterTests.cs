using Hub.PopulationRegister;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

/// <summary>The demo city's protections and districts are the population register's word, as the hub's own rules demand.</summary>
public sealed class DemoCityRegisterTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    [Fact]
    public async Task SeedAsync_Demo_EveryPupilIsAsTheRegisterLastSaid()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var notices = (await db.RegisterNotices.AsNoTracking().ToListAsync()).ToLookup(n => n.PersonalIdentityNumber);
        var pupils = await db.Pupils.AsNoTracking().ToListAsync();
        var problems = pupils.SelectMany(p => RegisterRules.ProblemsOf(p, notices[p.PersonalIdentityNumber].ToList()).Select(x => $"{p.PersonalIdentityNumber}: {x}")).ToList();

        // assert
        Assert.Empty(problems);
        Assert.Contains(pupils, p => p.ProtectedIdentity);
    }

    [Fact]
    public async Task SeedAsync_Demo_NoticesComeFromTheRegistersUnitAndAreSound()
    {
        // arrange
        await using var db = city.NewContext();
        var today = SeededDemoCity.Today;

        // act
        var register = await db.Units.AsNoTracking().SingleAsync(u => u.Code == "register:folkbokforing");
        var notices = await db.RegisterNotices.AsNoTracking().ToListAsync();

        // assert
        Assert.Equal((Agency.PopulationRegister, UnitKind.PopulationRegister), (register.Agency, register.Kind));
        Assert.NotEmpty(notices);
        Assert.All(notices, n => Assert.Equal(register.Id, n.UnitId));
        Assert.All(notices, n => Assert.InRange(n.Since, PersonalIdentityNumber.BirthDate(n.PersonalIdentityNumber)!.Value, today));
    }
}
