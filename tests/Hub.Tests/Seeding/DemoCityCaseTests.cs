using Hub.Interventions;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCityCaseTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    private static readonly DateOnly Today = SeededDemoCity.Today;

    [Fact]
    public async Task SeedAsync_Demo_EveryInterventionPassesTheRulesTheMutationsKeep()
    {
        // arrange
        await using var db = city.NewContext();
        var records = await db.Interventions.AsNoTracking().ToListAsync();
        var byPupil = records.ToLookup(i => i.PupilId);

        // act
        var problems = records
            .SelectMany(i => InterventionRules.ProblemsOf(i, byPupil[i.PupilId].ToList(), Today).Select(problem => $"{i.Kind} {i.Id} (pupil {i.PupilId}, {i.OpenedOn:yyyy-MM-dd}–{i.ClosedOn:yyyy-MM-dd}): {problem}"))
            .ToList();

        // assert
        Assert.True(records.Count > 50);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void InterventionRules_SeeBrokenRecords()
    {
        // A positive control: two open investigations of one unit, and an intervention with no investigation behind it.
        Investigation first = new() { Id = 1, Kind = InterventionKind.Investigation, UnitId = 5, OwnerAuthority = "a", OpenedOn = Today.AddDays(-40), Summary = "x" };
        Investigation second = new() { Id = 2, Kind = InterventionKind.Investigation, UnitId = 5, OwnerAuthority = "a", OpenedOn = Today.AddDays(-10), Summary = "x" };
        SocialServicesIntervention orphan = new() { Id = 3, Kind = InterventionKind.SocialServicesIntervention, UnitId = 5, OwnerAuthority = "b", OpenedOn = Today.AddDays(-5), Summary = "x" };
        List<Intervention> pupil = [first, second, orphan];

        Assert.Contains(InterventionRules.ProblemsOf(second, pupil, Today), p => p.Contains("open at once", StringComparison.Ordinal));
        Assert.Contains(InterventionRules.ProblemsOf(orphan, pupil, Today), p => p.Contains("no investigation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SeedAsync_Demo_EveryInterventionKindIsBothOpenAndClosed()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var states = await db.Interventions.GroupBy(i => new { i.Kind, Open = i.ClosedOn == null }).Select(g => g.Key).ToListAsync();
        var types = await db.Interventions.OfType<SocialServicesIntervention>().Select(i => i.Type).Distinct().ToListAsync();

        // assert
        Assert.All(Enum.GetValues<InterventionKind>(), kind =>
        {
            Assert.Contains(states, s => s.Kind == kind && s.Open);
            Assert.Contains(states, s => s.Kind == kind && !s.Open);
        });
        Assert.Equal(Enum.GetValues<SocialInterventionType>().Length, types.Count);
        Assert.InRange(await db.Interventions.CountAsync(), 140, 200);
    }

    [Fact]
    public async Task SeedAsync_Demo_EveryRecordCarriesItsUnitsAgencyAndAuthority()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var interventions = await db.Interventions.Select(i => new { i.OwnerAuthority, i.Unit.Authority, i.OwnerAgency, i.Unit.Agency }).ToListAsync();
        var placements = await db.Placements.Select(p => new { p.OwnerAuthority, p.DecidedByUnit.Authority }).ToListAsync();
        var absence = await db.AbsenceRecords.Select(a => new { a.OwnerAuthority, a.School.Authority }).ToListAsync();
        var participants = await db.SipParticipants.Select(p => new { Own = p.Authority, p.Unit.Authority }).ToListAsync();

        // assert
        Assert.All(interventions, i => Assert.Equal((i.Authority, i.Agency), (i.OwnerAuthority, i.OwnerAgency)));
        Assert.All(placements, p => Assert.Equal(p.Authority, p.OwnerAuthority));
        Assert.All(absence, a => Assert.Equal(a.Authority, a.OwnerAuthority));
        Assert.All(participants, p => Assert.Equal(p.Authority, p.Own));
    }

    [Fact]
    public async Task SeedAsync_Demo_PersonaUnitsHaveOpenAndClosedCases()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var cases = await db.Interventions.Select(i => new { i.Unit.Code, i.Kind, Open = i.ClosedOn == null }).ToListAsync();

        // assert
        Assert.True(cases.Count(c => c.Code == "bup:liljeholmen" && c.Open) >= 3);
        Assert.Contains(cases, c => c.Code == "bup:liljeholmen" && !c.Open);
        Assert.True(cases.Count(c => c.Code == "police:stockholm-syd" && c.Open) >= 2);
        Assert.Contains(cases, c => c.Code == "police:stockholm-syd" && !c.Open);
        Assert.Contains(cases, c => c.Code == "police:vasterort");
        Assert.Contains(cases, c => c.Code == "police:city");
        Assert.Contains(cases, c => c.Code == "social:hagersten-alvsjo:investigation" && c.Kind == InterventionKind.Investigation && c.Open);
        Assert.Contains(cases, c => c.Code == "social:hagersten-alvsjo:reception" && c.Kind == InterventionKind.ReportOfConcern && c.Open);
        Assert.Contains(cases, c => c.Code == "social:hagersten-alvsjo:preventive" && c.Kind == InterventionKind.SchoolSocialTeamCase && c.Open);
        Assert.Contains(cases, c => c.Code.StartsWith("social:hagersten-alvsjo", StringComparison.Ordinal) && !c.Open);
    }

    [Fact]
    public async Task SeedAsync_Demo_SomeTellusborgsskolanRsuPupilsHaveOpenCasesAtHagerstenAlvsjo()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var pupils = await db.Placements
            .Where(p => p.Group.Code == "group:tellusborgsskolan-rsu" && p.EndsOn == null)
            .Select(p => p.Pupil.Interventions.Count(i => i.OwnerAuthority == "social:hagersten-alvsjo" && i.ClosedOn == null))
            .ToListAsync();

        // assert: some have open cases, and some none at all
        Assert.True(pupils.Count(open => open > 0) >= 3);
        Assert.Contains(0, pupils);
    }

    [Fact]
    public async Task SeedAsync_Demo_ReportsAndInvestigationsKeepTheirDeadlines()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var reports = await db.Interventions.OfType<ReportOfConcern>().ToListAsync();
        var assessments = await db.Interventions.OfType<PreliminaryAssessment>().ToListAsync();
        var investigations = await db.Interventions.OfType<Investigation>().ToListAsync();

        // assert
        Assert.All(reports, r => Assert.Equal(r.OpenedOn.AddDays(14), r.AssessmentDueOn));
        Assert.All(reports.Where(r => r.ReporterKind == ReporterKind.School), r => Assert.NotNull(r.ReporterUnitId));
        Assert.Contains(reports, r => r.MeetingHeldOn is not null);
        Assert.All(assessments, a => Assert.Contains(reports, r => r.Id == a.ReportId && r.PupilId == a.PupilId));
        Assert.Contains(assessments, a => a.Decision is null && a.Report.AssessmentDueOn < Today);
        Assert.All(investigations, i => Assert.Equal(i.OpenedOn.AddMonths(4), i.DueOn));
        Assert.Contains(investigations, i => i.ClosedOn is null && i.DueOn < Today);
        Assert.Contains(investigations, i => i.EducationInvestigated);
    }

    [Fact]
    public async Task SeedAsync_Demo_SchoolSocialTeamsWorkOnBothTracks()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var cases = await db.Interventions.OfType<SchoolSocialTeamCase>()
            .Select(c => new { c.Track, InRsu = c.Pupil.Placements.Any(p => p.Level == PlacementLevel.Rsu && p.EndsOn == null) })
            .ToListAsync();

        // assert
        Assert.Contains(cases, c => c.Track == SchoolSocialTeamTrack.Sst);
        Assert.Contains(cases, c => c.Track == SchoolSocialTeamTrack.Sst2Rsu);
        Assert.All(cases.Where(c => c.Track == SchoolSocialTeamTrack.Sst2Rsu), c => Assert.True(c.InRsu));
    }
}
