using Hub.Interventions;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCitySchoolSocialTeamTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    private static readonly DateOnly Today = SeededDemoCity.Today;

    [Fact]
    public async Task SeedAsync_Demo_EverySchoolSocialTeamCasePassesTheRulesTheMutationKeeps()
    {
        // arrange
        await using var db = city.NewContext();
        var cases = await db.Interventions.OfType<SchoolSocialTeamCase>().AsNoTracking().ToListAsync();
        var pupils = await db.Pupils.AsNoTracking().ToDictionaryAsync(p => p.Id, p => (Grade: p.Grade!.Value, HomeSchoolId: p.HomeSchoolId!.Value));
        var grades = pupils.ToDictionary(p => p.Key, p => p.Value.Grade);
        var served = (await db.SchoolSocialTeamSchools.AsNoTracking().ToListAsync()).Select(s => (s.TeamId, s.SchoolId)).ToHashSet();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);

        // act
        var problems = cases
            .SelectMany(c => SchoolSocialTeamRules.ProblemsOf(c, grades[c.PupilId], c.ClosedOn is not null || served.Contains((c.UnitId, pupils[c.PupilId].HomeSchoolId)), id => units[id], Today).Select(problem => $"case {c.Id} (pupil {c.PupilId}, grade {grades[c.PupilId]}): {problem}"))
            .ToList();

        // assert
        Assert.True(cases.Count > 5);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void SchoolSocialTeamRules_SeeABrokenCase()
    {
        // A positive control: the ordinary track at 55 % absence, started two school years ago with a pupil now in grade 5, kept by a school.
        var school = new Unit { Id = 1, Code = "s", Name = "school", Kind = UnitKind.School, Agency = Agency.School, Authority = "e" };
        var record = new SchoolSocialTeamCase { UnitId = 1, OwnerAuthority = "e", OpenedOn = Today.AddYears(-2), Track = SchoolSocialTeamTrack.Sst, AbsencePercentAtStart = 55 };

        Assert.Equal(4, SchoolSocialTeamRules.ProblemsOf(record, 5, served: false, _ => school, Today).Count());
        record.AbsencePercentAtStart = double.NaN;
        Assert.Contains(SchoolSocialTeamRules.ProblemsOf(record, 5, served: true, _ => school, Today), p => p.Contains("not a percentage", StringComparison.Ordinal));
        record.AbsencePercentAtStart = null;
        Assert.Contains(SchoolSocialTeamRules.ProblemsOf(record, 5, served: true, _ => school, Today), p => p.Contains("without the absence", StringComparison.Ordinal));
    }
}
