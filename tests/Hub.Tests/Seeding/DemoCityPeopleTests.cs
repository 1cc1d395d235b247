using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCityPeopleTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    private static readonly DateOnly Today = SeededDemoCity.Today;

    [Fact]
    public async Task SeedAsync_Demo_EveryPersonalIdentityNumberIsValid()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var numbers = await db.Pupils.Select(p => p.PersonalIdentityNumber)
            .Concat(db.Guardians.Select(g => g.PersonalIdentityNumber)).ToListAsync();

        // assert
        Assert.Equal(city.PupilsCreated, await db.Pupils.CountAsync());
        Assert.All(numbers, n => Assert.True(PersonalIdentityNumber.IsValid(n), n));
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public async Task SeedAsync_Demo_PupilsAreBornForTheirGradeAndGuardiansAreAdults()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var pupils = await db.Pupils.Select(p => new { p.PersonalIdentityNumber, p.BirthDate, p.Grade }).ToListAsync();
        var guardians = await db.Guardians.Select(g => g.PersonalIdentityNumber).ToListAsync();

        // assert: grade 0 is the year a child turns six
        Assert.All(pupils, p => Assert.InRange(Age(p.BirthDate) - p.Grade!.Value, 5, 6));
        Assert.All(pupils, p => Assert.Equal(p.BirthDate, PersonalIdentityNumber.BirthDate(p.PersonalIdentityNumber)));
        Assert.Equal(Enumerable.Range(0, 10), pupils.Select(p => p.Grade!.Value).Distinct().Order());
        Assert.All(guardians, g => Assert.True(Age(PersonalIdentityNumber.BirthDate(g)!.Value) >= 18, g));
    }

    [Fact]
    public async Task SeedAsync_Demo_EveryPupilHasOneActiveEnrolmentAtTheHomeSchool()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var pupils = await db.Pupils.Select(p => new
        {
            p.HomeSchoolId,
            Active = p.Enrolments.Where(e => e.StartsOn <= Today && (e.EndsOn == null || e.EndsOn > Today)).Select(e => e.SchoolId).ToList(),
            Ended = p.Enrolments.Count(e => e.EndsOn != null),
        }).ToListAsync();

        // assert
        Assert.All(pupils, p => Assert.Equal(p.HomeSchoolId, Assert.Single(p.Active)));
        Assert.Contains(pupils, p => p.Ended > 0);
    }

    [Fact]
    public async Task SeedAsync_Demo_CustodyIsMostlyJointSometimesSingleOrEnded()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var custodies = await db.Pupils.Select(p => new
        {
            Active = p.Custodies.Count(c => c.EndsOn == null),
            Ended = p.Custodies.Count(c => c.EndsOn != null),
        }).ToListAsync();

        // assert
        Assert.True(custodies.Count(c => c.Active == 2) > custodies.Count / 2);
        Assert.Contains(custodies, c => c.Active == 1 && c.Ended == 0);
        Assert.Contains(custodies, c => c.Ended > 0);
        Assert.All(custodies, c => Assert.True(c.Active > 0));
    }

    [Fact]
    public async Task SeedAsync_Demo_ProtectedPupilsAreInTheRsuAndAtKlubbacksskolan()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var inRsu = await db.Placements.AnyAsync(p => p.Group.Code == "group:tellusborgsskolan-rsu" && p.EndsOn == null && p.Pupil.ProtectedIdentity);
        var atKlubbacken = await db.Enrolments.AnyAsync(e => e.School.Code == "school:klubbacksskolan" && e.EndsOn == null && e.Pupil.ProtectedIdentity);

        // assert
        Assert.True(inRsu);
        Assert.True(atKlubbacken);
    }

    private static int Age(DateOnly birthDate)
    {
        var age = Today.Year - birthDate.Year;
        return Today < birthDate.AddYears(age) ? age - 1 : age;
    }
}
