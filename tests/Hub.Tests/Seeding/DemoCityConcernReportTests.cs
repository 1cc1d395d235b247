using Hub.Interventions;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCityConcernReportTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    private static readonly DateOnly Today = SeededDemoCity.Today;

    [Fact]
    public async Task SeedAsync_Demo_EveryReportAssessmentAndMeetingPassesTheRulesTheMutationsKeep()
    {
        // arrange
        await using var db = city.NewContext();
        var records = await db.Interventions.AsNoTracking().ToListAsync();
        var byPupil = records.ToLookup(i => i.PupilId);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);
        var reports = records.OfType<ReportOfConcern>().ToList();

        // act
        var problems = reports
            .SelectMany(r => ConcernReportRules.ProblemsOf(r, byPupil[r.PupilId].ToList(), id => units[id], Today).Select(problem => $"report {r.Id} (pupil {r.PupilId}, {r.OpenedOn:yyyy-MM-dd}): {problem}"))
            .ToList();
        var orphans = records.OfType<PreliminaryAssessment>().Where(a => !reports.Any(r => r.Id == a.ReportId)).Select(a => $"assessment {a.Id} has no report");

        // assert
        Assert.True(reports.Count > 30);
        Assert.Contains(reports, r => r.MeetingHeldOn is not null);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Concat(orphans).Take(20)));
    }

    [Fact]
    public void ConcernReportRules_SeeABrokenReportAndAssessment()
    {
        // A positive control: a wrong due day, a police reporter from a school, a meeting before receipt,
        // a late decision without its reason, and a report left open after "no investigation".
        Unit[] units =
        [
            new() { Id = 1, Code = "r", Name = "reception", Kind = UnitKind.SocialServicesReception, Agency = Agency.SocialServices, Authority = "s" },
            new() { Id = 2, Code = "s", Name = "school", Kind = UnitKind.School, Agency = Agency.School, Authority = "e" },
        ];
        var received = Today.AddDays(-40);
        var report = new ReportOfConcern
        {
            Id = 1,
            PupilId = 7,
            UnitId = 1,
            OwnerAuthority = "s",
            OpenedOn = received,
            AssessmentDueOn = received.AddDays(30),
            ReporterKind = ReporterKind.Police,
            ReporterUnitId = 2,
            ReporterName = "x",
            Summary = "x",
            MeetingHeldOn = received.AddDays(-1),
        };
        var assessment = new PreliminaryAssessment
        {
            Id = 2,
            PupilId = 7,
            UnitId = 1,
            OwnerAuthority = "s",
            OpenedOn = received,
            ReportId = 1,
            Decision = AssessmentDecision.NoInvestigation,
            DecidedOn = received.AddDays(31),
            ClosedOn = received.AddDays(31),
        };

        var problems = ConcernReportRules.ProblemsOf(report, [report, assessment], id => units[id - 1], Today).ToList();

        Assert.Equal(5, problems.Count);
        Assert.Contains(problems, p => p.Contains("no reason for the delay", StringComparison.Ordinal));
        Assert.Contains(ConcernReportRules.ProblemsOf(report, [report], id => units[id - 1], Today), p => p.Contains("0 preliminary assessments", StringComparison.Ordinal));
    }
}
