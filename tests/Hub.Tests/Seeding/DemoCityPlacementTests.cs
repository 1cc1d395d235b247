using Hub.Placements;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCityPlacementTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    private static readonly DateOnly Today = SeededDemoCity.Today;

    [Fact]
    public async Task SeedAsync_Demo_EveryPlacementPassesTheRulesTheMutationsKeep()
    {
        // arrange
        await using var db = city.NewContext();
        var placements = await db.Placements.AsNoTracking().ToListAsync();
        var byPupil = placements.ToLookup(p => p.PupilId);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);
        var registered = await db.Pupils.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.RegisteredDistrictId);

        // act
        var problems = placements
            .SelectMany(p => PlacementRules.ProblemsOf(p, registered[p.PupilId], id => units[id], byPupil[p.PupilId], Today).Select(problem => $"placement {p.Id}: {problem}"))
            .ToList();

        // assert
        Assert.True(placements.Count > 20);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task PlacementRules_SeeABrokenPlacement()
    {
        // A positive control: two overlapping placements, the second in a group of the wrong level, are both reported;
        // an RSU place of another district than the pupil's registration, decided by another school than home, is reported too.
        await using var db = city.NewContext();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);
        var rsu = units.Values.First(u => u.GroupLevel == PlacementLevel.Rsu);
        var school = units.Values.First(u => u.Kind == UnitKind.School && u.DistrictId == rsu.DistrictId);
        var first = new Placement { Id = 1, Level = PlacementLevel.Rsu, GroupId = rsu.Id, EnrolledAtId = school.Id, DecidedByUnitId = school.Id, DecidedBy = "x", OwnerAuthority = school.Authority, DecidedOn = Today, StartsOn = Today, NextReviewOn = Today.AddMonths(3) };
        var second = new Placement { Id = 2, Level = PlacementLevel.Csu, GroupId = rsu.Id, EnrolledAtId = school.Id, DecidedByUnitId = school.Id, DecidedBy = "x", OwnerAuthority = school.Authority, DecidedOn = Today, StartsOn = Today };

        Assert.Empty(PlacementRules.ProblemsOf(first, rsu.DistrictId!.Value, id => units[id], [first], Today));
        var problems = PlacementRules.ProblemsOf(second, rsu.DistrictId!.Value, id => units[id], [first, second], Today).ToList();
        var elsewhere = await db.Districts.Where(d => d.Id != rsu.DistrictId).Select(d => d.Id).FirstAsync();
        var abroad = PlacementRules.ProblemsOf(new Placement { Id = 3, Level = PlacementLevel.Rsu, GroupId = rsu.Id, EnrolledAtId = school.Id, DecidedByUnitId = rsu.HostSchoolId!.Value, DecidedBy = "x", OwnerAuthority = school.Authority, DecidedOn = Today, StartsOn = Today, NextReviewOn = Today.AddMonths(3) },
            elsewhere, id => units[id], [], Today).ToList();

        Assert.Contains(problems, p => p.Contains("is not a Csu group", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("overlaps", StringComparison.Ordinal));
        Assert.Contains(abroad, p => p.Contains("another district than the pupil's district of registration", StringComparison.Ordinal));
        Assert.Equal(school.Id == rsu.HostSchoolId ? 1 : 2, abroad.Count);
    }

    [Fact]
    public async Task SeedAsync_Demo_TellusborgsskolanRsuHasItsPupilsFromKlubbacksskolanPlacedByTheirHomeSchools()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var active = await db.Placements
            .Where(p => p.Group.Code == "group:tellusborgsskolan-rsu" && p.EndsOn == null)
            .Select(p => new { Home = p.Pupil.HomeSchool!.Code, EnrolledAt = p.EnrolledAt.Code, DecidedBy = p.DecidedByUnit.Code, p.NextReviewOn })
            .ToListAsync();

        // assert
        Assert.True(active.Count >= 6);
        Assert.True(active.Count(p => p.Home == "school:klubbacksskolan") >= 3);
        Assert.All(active, p => Assert.Equal(p.Home, p.EnrolledAt));
        Assert.All(active, p => Assert.Equal(p.Home, p.DecidedBy));
        Assert.All(active, p => Assert.NotNull(p.NextReviewOn));
    }

    [Fact]
    public async Task SeedAsync_Demo_SomeRsuReviewsAreOverdue()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var overdue = await db.Placements.CountAsync(p => p.Level == PlacementLevel.Rsu && p.EndsOn == null && p.NextReviewOn < Today);
        var onTime = await db.Placements.CountAsync(p => p.Level == PlacementLevel.Rsu && p.EndsOn == null && p.NextReviewOn >= Today);

        // assert
        Assert.True(overdue > 0);
        Assert.True(onTime > overdue);
    }

    [Fact]
    public async Task SeedAsync_Demo_CsuPupilsAreEnrolledAtTheHostSchoolOnlyWhosePrincipalDecidedOnThePupilHealthUnitsAssessment()
    {
        // arrange
        await using var db = city.NewContext();
        var pupilHealth = await db.Units.Where(u => u.Code == "education:pupil-health").Select(u => u.Id).SingleAsync();

        // act
        var active = await db.Placements
            .Where(p => p.Level == PlacementLevel.Csu && p.EndsOn == null)
            .Select(p => new
            {
                Group = p.Group.Code,
                Host = p.Group.HostSchoolId,
                p.EnrolledAtId,
                DecidedBy = p.DecidedByUnitId,
                AssessedBy = p.CsuAssessment!.AssessedByUnitId,
                Recommended = p.CsuAssessment.Recommendation == CsuRecommendation.Recommended && p.CsuAssessment.GroupId == p.GroupId,
                Enrolled = p.Pupil.Enrolments.Where(e => e.EndsOn == null).Select(e => e.SchoolId).ToList(),
                EndedAtStart = p.Pupil.Enrolments.Any(e => e.EndsOn == p.StartsOn && e.SchoolId != p.EnrolledAtId),
            })
            .ToListAsync();

        // assert
        Assert.True(active.Count(p => p.Group == "group:csu-bromma") >= 3);
        Assert.All(active, p =>
        {
            Assert.Equal(p.Host, p.EnrolledAtId);
            Assert.Equal(p.Host, Assert.Single(p.Enrolled));
            Assert.Equal(p.Host, p.DecidedBy);
            Assert.Equal(pupilHealth, p.AssessedBy);
            Assert.True(p.Recommended);
            Assert.True(p.EndedAtStart);
        });
    }

    [Fact]
    public async Task SeedAsync_Demo_PlacementsOfEveryLevelAreActiveAndEnded()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var placements = await db.Placements.Select(p => new { p.Level, p.EndsOn, p.EndReason }).ToListAsync();

        // assert
        Assert.InRange(placements.Count, 55, 80);
        Assert.All(Enum.GetValues<PlacementLevel>(), level =>
        {
            Assert.Contains(placements, p => p.Level == level && p.EndsOn == null);
            Assert.Contains(placements, p => p.Level == level && p.EndsOn != null);
        });
        Assert.All(placements, p => Assert.Equal(p.EndsOn is null, p.EndReason is null));
    }

    [Fact]
    public async Task SeedAsync_Demo_AbsenceIsReportedByTheEnrolmentSchool()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var records = await db.AbsenceRecords.Select(a => new
        {
            a.Term,
            a.Percent,
            Enrolled = a.Pupil.Enrolments.Any(e => e.SchoolId == a.SchoolId && e.StartsOn <= a.ReportedOn && (e.EndsOn == null || e.EndsOn > a.ReportedOn)),
            Placed = a.Pupil.Placements.Any(),
        }).ToListAsync();

        // assert
        Assert.All(records, r => Assert.True(r.Enrolled));
        Assert.All(records, r => Assert.InRange(r.Percent, 0, 100));
        Assert.Contains(records, r => r.Percent > 40);
        Assert.Contains(records, r => !r.Placed);
        Assert.Equal(new[] { "2025-HT", "2026-HT", "2026-VT" }, records.Select(r => r.Term).Distinct().Order(StringComparer.Ordinal));
    }
}
