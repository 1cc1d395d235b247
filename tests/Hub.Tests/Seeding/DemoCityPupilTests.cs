using Hub.Pupils;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCityPupilTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    [Fact]
    public async Task SeedAsync_Demo_EveryPupilAndGuardianPassesTheRulesTheMutationsKeep()
    {
        // arrange
        await using var db = city.NewContext();
        var pupils = await db.Pupils.AsNoTracking().ToListAsync();
        var guardians = await db.Guardians.AsNoTracking().ToListAsync();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);

        // act
        var problems = pupils.SelectMany(p => PupilRules.ProblemsOf(p, id => units[id]).Select(problem => $"pupil {p.Id}: {problem}"))
            .Concat(guardians.SelectMany(g => PupilRules.ProblemsOf(g).Select(problem => $"guardian {g.Id}: {problem}")))
            .ToList();

        // assert
        Assert.True(pupils.Count > 500);
        Assert.True(guardians.Count > 500);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public async Task PupilRules_SeeABrokenPupilAndGuardian()
    {
        // A positive control: a wrong check digit, grade 10, an untrimmed name, a group as home school; then a birth date the number does not give; a guardian's number not in its stored form, no family name, too long a phone.
        await using var db = city.NewContext();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);
        var group = units.Values.First(u => u.Kind == UnitKind.TeachingGroup);
        var pupil = new Pupil { PersonalIdentityNumber = "201401012384", GivenName = " Ada", FamilyName = "x", BirthDate = new DateOnly(2014, 1, 1), Grade = 10, HomeSchoolId = group.Id };
        var guardian = new Guardian { PersonalIdentityNumber = "19800101-9804", GivenName = "a", FamilyName = "", Phone = new string('1', 41) };

        Assert.Equal(4, PupilRules.ProblemsOf(pupil, id => units[id]).Count());
        pupil.PersonalIdentityNumber = "201401022387";
        Assert.Contains(PupilRules.ProblemsOf(pupil, id => units[id]), p => p.Contains("not the day", StringComparison.Ordinal));
        Assert.Equal(3, PupilRules.ProblemsOf(guardian).Count());
    }
}
