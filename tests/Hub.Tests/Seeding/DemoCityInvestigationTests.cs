using Hub.Interventions;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCityInvestigationTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    private static readonly DateOnly Today = SeededDemoCity.Today;

    [Fact]
    public async Task SeedAsync_Demo_EveryInvestigationPassesTheRulesTheMutationsKeep()
    {
        // arrange
        await using var db = city.NewContext();
        var records = await db.Interventions.AsNoTracking().ToListAsync();
        var byPupil = records.ToLookup(i => i.PupilId);
        var investigations = records.OfType<Investigation>().ToList();

        // act
        var problems = investigations
            .SelectMany(i => InvestigationRules.ProblemsOf(i, byPupil[i.PupilId].ToList()).Select(problem => $"investigation {i.Id} (pupil {i.PupilId}, {i.OpenedOn:yyyy-MM-dd}–{i.ClosedOn:yyyy-MM-dd}): {problem}"))
            .ToList();

        // assert
        Assert.True(investigations.Count > 20);
        Assert.Contains(investigations, i => i.ClosedOn > i.DueOn);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void InvestigationRules_SeeABrokenInvestigation()
    {
        // A positive control: due in five months without a reason, closed after that without one, and after a report that never led to it.
        var opened = Today.AddMonths(-7);
        var investigation = new Investigation
        {
            Id = 1,
            PupilId = 7,
            OwnerAuthority = "s",
            OpenedOn = opened,
            DueOn = opened.AddMonths(5),
            ClosedOn = Today.AddDays(-1),
            Origin = InvestigationOrigin.ReportOfConcern,
        };

        Assert.Equal(3, InvestigationRules.ProblemsOf(investigation, [investigation]).Count());
        investigation.DelayReason = "Extended: the family moved.";
        Assert.Equal(["opened after a report of concern, but no report's assessment decided it and closed on its opening"], InvestigationRules.ProblemsOf(investigation, [investigation]));
    }
}
