using Hub.Placements;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCityRsuGroupTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    private static readonly DateOnly Today = SeededDemoCity.Today;

    [Fact]
    public async Task SeedAsync_Demo_EveryRsuGroupHasItsSettingsAndTheyPassTheRulesTheMutationsKeep()
    {
        // arrange
        await using var db = city.NewContext();
        var settings = await db.RsuGroups.AsNoTracking().ToListAsync();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);
        var placements = await db.Placements.AsNoTracking().Where(p => p.Level == PlacementLevel.Rsu).ToListAsync();

        // act
        var problems = settings
            .SelectMany(s => PlacementRules.ProblemsOf(s, units[s.GroupId], placements, Today).Select(problem => $"{units[s.GroupId].Name}: {problem}"))
            .ToList();

        // assert
        Assert.Equal(units.Values.Where(u => u.GroupLevel == PlacementLevel.Rsu).Select(u => u.Id).Order(), settings.Select(s => s.GroupId).Order());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task SeedAsync_Demo_EveryPupilPlacedInAnRsuIsWithinItsGradesAndEveryGroupHasAPlaceFree()
    {
        // arrange
        await using var db = city.NewContext();
        var settings = await db.RsuGroups.AsNoTracking().ToDictionaryAsync(s => s.GroupId);

        // act
        var active = await db.Placements.Where(p => p.Level == PlacementLevel.Rsu && (p.EndsOn == null || p.EndsOn > Today))
            .Select(p => new { p.GroupId, p.Pupil.Grade }).ToListAsync();

        // assert
        Assert.All(active, p => Assert.True(PlacementRules.TakesGrade(settings[p.GroupId], p.Grade), $"grade {p.Grade} in group {p.GroupId}"));
        Assert.All(settings.Values, s => Assert.True(PlacementRules.HasFreePlace(s, active.Count(p => p.GroupId == s.GroupId))));
        Assert.Equal(2, settings.Values.Select(s => s.Orientation).Distinct().Count());
    }

    [Fact]
    public async Task RsuGroupRules_SeeBrokenSettings()
    {
        // A positive control: grades out of order, no places for the pupils placed, and the settings of a CSU group are all reported.
        await using var db = city.NewContext();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);
        var rsu = units.Values.First(u => u.GroupLevel == PlacementLevel.Rsu);
        var csu = units.Values.First(u => u.GroupLevel == PlacementLevel.Csu);
        var placements = await db.Placements.AsNoTracking().Where(p => p.GroupId == rsu.Id).ToListAsync();
        var broken = new RsuGroup { GroupId = rsu.Id, DistrictId = rsu.DistrictId!.Value, Orientation = " NPF", LowestGrade = 8, HighestGrade = 4, Capacity = 0, SetBy = "x" };

        // act
        var problems = PlacementRules.ProblemsOf(broken, rsu, placements, Today).ToList();
        var ofCsu = PlacementRules.ProblemsOf(new RsuGroup { GroupId = csu.Id, DistrictId = rsu.DistrictId!.Value, Orientation = "NPF", LowestGrade = 0, HighestGrade = 9, Capacity = 5, SetBy = "x" }, csu, [], Today).ToList();

        // assert
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("above the highest", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("capacity 0", StringComparison.Ordinal));
        Assert.Contains(ofCsu, p => p.Contains("is not an RSU group", StringComparison.Ordinal));
        Assert.Equal("grades run from 0 to 9; 3–10 given", PlacementRules.GradesProblem(3, 10));
    }

    [Fact]
    public async Task SeedAsync_Demo_TellusborgsskolansRsuIsNeuropsychiatricWithPlacesFree()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var group = await db.RsuGroups.SingleAsync(g => g.GroupId == db.Units.Single(u => u.Code == "group:tellusborgsskolan-rsu").Id);

        // assert
        Assert.StartsWith("Neuropsykiatriska", group.Orientation, StringComparison.Ordinal);
        Assert.Equal(9, group.HighestGrade);
        Assert.InRange(group.LowestGrade, 3, 5);
        Assert.True(group.Capacity >= 8);
    }
}
