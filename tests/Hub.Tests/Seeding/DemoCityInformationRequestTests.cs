using Hub.InformationRequests;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCityInformationRequestTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    private static readonly DateOnly Today = SeededDemoCity.Today;

    [Fact]
    public async Task SeedAsync_Demo_SchoolsWereAskedSomeAnsweredSomeOpenOneOverdueAtKlubbacksskolan()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var requests = await db.InformationRequests.Select(r => new { r.AnsweredOn, r.DueOn, Unit = r.AddressedTo.Code, r.AddressedTo.Kind }).ToListAsync();

        // assert
        Assert.Contains(requests, r => r.AnsweredOn != null);
        Assert.Contains(requests, r => r.AnsweredOn == null && r.DueOn >= Today);
        Assert.Contains(requests, r => r.AnsweredOn == null && r.DueOn < Today && r.Unit == "school:klubbacksskolan");
        Assert.Contains(requests, r => r.AnsweredOn != null && r.Unit == "group:tellusborgsskolan-rsu");
        Assert.Contains(requests, r => r.Kind == UnitKind.TeachingGroup && r.Unit.Contains("csu", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SeedAsync_Demo_EveryRequestPassesTheRulesTheMutationsKeep()
    {
        // arrange
        await using var db = city.NewContext();
        var (requests, problems) = await ProblemsAsync(db, db.InformationRequests.AsNoTracking());

        // assert
        Assert.NotEmpty(requests);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task InformationRequestRules_SeeABrokenRequest()
    {
        // A positive control: a seeded request moved to a school the pupil never attended, due too late, answered without who answered.
        await using var db = city.NewContext();
        var request = await db.InformationRequests.AsNoTracking().OrderBy(r => r.Id).FirstAsync(r => r.AnsweredOn == null);
        var elsewhere = await db.Units.FirstAsync(u => u.Kind == UnitKind.School && u.Id != request.AddressedToId
            && !db.Enrolments.Any(e => e.PupilId == request.PupilId && e.SchoolId == u.Id));
        (request.AddressedToId, request.DueOn, request.AnsweredOn) = (elsewhere.Id, request.RequestedOn.AddDays(90), Today);

        // act
        var (_, problems) = await ProblemsAsync(db, new[] { request }.AsQueryable());

        // assert
        Assert.Contains(problems, p => p.Contains("which is not a school or group the pupil attended", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("not within 60 days", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("an answer comes with its day", StringComparison.Ordinal));
    }

    private static async Task<(List<InformationRequest> Requests, List<string> Problems)> ProblemsAsync(Hub.Data.HubDbContext db, IQueryable<InformationRequest> source)
    {
        var requests = source is IAsyncEnumerable<InformationRequest> ? await source.ToListAsync() : source.ToList();
        var pupilIds = requests.Select(r => r.PupilId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);
        var investigations = await db.Interventions.OfType<Investigation>().AsNoTracking().Where(i => pupilIds.Contains(i.PupilId)).ToDictionaryAsync(i => i.Id);
        var homes = await db.Pupils.Where(p => pupilIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.HomeSchoolId);
        var enrolments = await db.Enrolments.AsNoTracking().Where(e => pupilIds.Contains(e.PupilId)).ToListAsync();
        var placements = await db.Placements.AsNoTracking().Where(p => pupilIds.Contains(p.PupilId)).ToListAsync();
        ISet<int> Attended(int pupil, DateOnly day) => InformationRequestRules.Attended(homes[pupil],
            enrolments.Where(e => e.PupilId == pupil && e.StartsOn <= day && (e.EndsOn == null || e.EndsOn > day)).Select(e => e.SchoolId),
            placements.Where(p => p.PupilId == pupil && p.StartsOn <= day && (p.EndsOn == null || p.EndsOn > day)).Select(p => units[p.GroupId]));
        var problems = requests.SelectMany(r => InformationRequestRules.ProblemsOf(r, investigations[r.InvestigationId], units[r.AddressedToId], units[r.RequestedByUnitId],
            day => Attended(r.PupilId, day), Today).Select(p => $"request {r.Id}: {p}")).ToList();
        return (requests, problems);
    }
}
