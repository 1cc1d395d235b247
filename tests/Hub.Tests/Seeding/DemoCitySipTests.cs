using Hub.Records;
using Hub.Sips;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCitySipTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    private static readonly DateOnly Today = SeededDemoCity.Today;

    [Fact]
    public async Task SeedAsync_Demo_EverySipPassesTheRulesTheMutationKeeps()
    {
        // arrange
        await using var db = city.NewContext();
        var sips = await db.Sips.AsNoTracking().Include(s => s.Participants).Include(s => s.Goals).ToListAsync();
        var agencies = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Agency);

        // act
        var problems = sips.SelectMany(s => SipRules.ProblemsOf(s, unit => agencies[unit], Today).Select(problem => $"SIP {s.Id}: {problem}")).ToList();

        // assert
        Assert.True(sips.Count > 5);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void SipRules_SeeABrokenSip()
    {
        // A positive control: one agency, no lead, a stranger's goal, no consent.
        var sip = new Sip { InitiatedByUnitId = 1, CreatedOn = Today, Goal = "x" };
        sip.Participants.Add(new SipParticipant { UnitId = 1, Authority = "a", CoordinatorName = "x", Responsibility = "x" });
        sip.Participants.Add(new SipParticipant { UnitId = 2, Authority = "a", CoordinatorName = "y", Responsibility = "y" });
        sip.Goals.Add(new SipGoal { Description = "x", ResponsibleUnitId = 9 });

        Assert.Equal(4, SipRules.ProblemsOf(sip, _ => Agency.School, Today).Count());
    }
}
