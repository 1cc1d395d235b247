using Hub.Pupils;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCityEnrolmentTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    private static readonly DateOnly Today = SeededDemoCity.Today;

    [Fact]
    public async Task SeedAsync_Demo_EveryPupilsEnrolmentsPassTheRulesTheMutationsKeep()
    {
        // arrange
        await using var db = city.NewContext();
        var pupils = await db.Pupils.AsNoTracking().ToListAsync();
        var enrolments = (await db.Enrolments.AsNoTracking().ToListAsync()).ToLookup(e => e.PupilId);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);

        // act
        var problems = pupils
            .SelectMany(p => EnrolmentRules.ProblemsOf(p, enrolments[p.Id], id => units[id], Today).Select(problem => $"pupil {p.Id}: {problem}"))
            .ToList();

        // assert
        Assert.True(enrolments.Sum(e => e.Count()) > pupils.Count);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public async Task EnrolmentRules_SeeBrokenEnrolments()
    {
        // A positive control: a pupil enrolled before birth at a teaching group, then at a school with a gap, and left without a move.
        await using var db = city.NewContext();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);
        var school = units.Values.First(u => u.Kind == UnitKind.School);
        var group = units.Values.First(u => u.Kind == UnitKind.TeachingGroup);
        var pupil = new Pupil { PersonalIdentityNumber = "201401012383", GivenName = "x", FamilyName = "x", BirthDate = new DateOnly(2014, 1, 1), HomeSchoolId = group.Id };
        Enrolment[] enrolments =
        [
            new() { Id = 1, SchoolId = group.Id, StartsOn = new DateOnly(2013, 8, 20), EndsOn = new DateOnly(2020, 8, 20) },
            new() { Id = 2, SchoolId = school.Id, StartsOn = new DateOnly(2021, 1, 9), EndsOn = new DateOnly(2022, 1, 9) },
        ];

        var problems = EnrolmentRules.ProblemsOf(pupil, enrolments, id => units[id], Today).ToList();

        Assert.Contains(problems, p => p.Contains("not a school", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("before the pupil's birth", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("one at a time", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("only by moving", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("not the school of the latest enrolment", StringComparison.Ordinal));
        Assert.Equal(5, problems.Count);
    }
}
