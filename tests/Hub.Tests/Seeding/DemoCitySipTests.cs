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
        var sips = await db.Sips.AsNoTracking().AsSplitQuery().Include(s => s.Participants).Include(s => s.Goals).Include(s => s.Meetings).ToListAsync();
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

    [Fact]
    public void SipRules_SeeMeetingsAndFollowUpsOutOfOrder()
    {
        // A positive control: a meeting before the plan existed, and a follow-up set past six months of the latest meeting.
        var sip = new Sip { InitiatedByUnitId = 1, CreatedOn = Today.AddMonths(-3), Goal = "x", ConsentId = 1, NextFollowUpOn = Today.AddMonths(7) };
        sip.Participants.Add(new SipParticipant { UnitId = 1, Authority = "a", CoordinatorName = "x", Responsibility = "x", LeadsCoordination = true });
        sip.Participants.Add(new SipParticipant { UnitId = 2, Authority = "b", CoordinatorName = "y", Responsibility = "y" });
        sip.Meetings.Add(new SipMeeting { HeldOn = Today.AddMonths(-4), Notes = "x", RecordedBy = "x" });
        sip.Meetings.Add(new SipMeeting { HeldOn = Today, Notes = "x", RecordedBy = "x" });

        Assert.Equal(2, SipRules.ProblemsOf(sip, u => u == 1 ? Agency.School : Agency.Bup, Today).Count());
    }
}
