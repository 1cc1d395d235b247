using Hub.Pupils;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCityCustodyTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    private static readonly DateOnly Today = SeededDemoCity.Today;

    [Fact]
    public async Task SeedAsync_Demo_EveryPupilsCustodyPassesTheRulesTheMutationsKeep()
    {
        // arrange
        await using var db = city.NewContext();
        var pupils = await db.Pupils.AsNoTracking().ToDictionaryAsync(p => p.Id);
        var custodies = await db.Custodies.AsNoTracking().Include(c => c.Guardian).ToListAsync();

        // act
        var problems = custodies.GroupBy(c => c.PupilId)
            .SelectMany(g => CustodyRules.ProblemsOf(pupils[g.Key], g.ToList(), Today).Select(problem => $"pupil {g.Key}: {problem}"))
            .ToList();

        // assert
        Assert.True(custodies.Count > 100);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void CustodyRules_SeeABrokenCustody()
    {
        // A positive control: a child as guardian, custody before birth, three guardians at once, one of them twice.
        var pupil = new Pupil { PersonalIdentityNumber = "201401012383", GivenName = "x", FamilyName = "x", BirthDate = new DateOnly(2014, 1, 1) };
        var adult = new Guardian { PersonalIdentityNumber = "198001019802", GivenName = "a", FamilyName = "a" };
        var child = new Guardian { PersonalIdentityNumber = "201001019877", GivenName = "c", FamilyName = "c" };
        Custody[] custodies =
        [
            new() { Id = 1, Guardian = adult, StartsOn = new DateOnly(2013, 1, 1) },
            new() { Id = 2, Guardian = adult, StartsOn = new DateOnly(2014, 1, 1) },
            new() { Id = 3, Guardian = child, StartsOn = new DateOnly(2014, 1, 1) },
        ];

        var problems = CustodyRules.ProblemsOf(pupil, custodies, Today).ToList();

        Assert.Contains(problems, p => p.Contains("before the pupil's birth", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("not an adult", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("3 guardians", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("twice", StringComparison.Ordinal));
    }
}
