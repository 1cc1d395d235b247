using Hub.Consents;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCityConsentRequestTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    private static readonly DateOnly Today = SeededDemoCity.Today;

    [Fact]
    public async Task SeedAsync_Demo_RequestsAreGivenOpenDeclinedAndUnanswered()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var requests = await db.ConsentRequests.AsNoTracking().Select(r => new { r.Status, r.ConsentId, Consent = (DateOnly?)r.Consent!.ValidFrom, r.AnsweredOn, r.AskedOn }).ToListAsync();
        var consents = await db.Consents.CountAsync();

        // assert
        Assert.InRange(requests.Count(r => r.Status == ConsentRequestStatus.Given), consents / 3, consents);
        Assert.All(requests.Where(r => r.Status == ConsentRequestStatus.Given), r => Assert.Equal(r.Consent, r.AnsweredOn));
        Assert.Contains(requests, r => r.Status == ConsentRequestStatus.Open && r.AskedOn > Today.AddDays(-21));
        Assert.Contains(requests, r => r.Status == ConsentRequestStatus.Declined);
        Assert.Contains(requests, r => r.Status == ConsentRequestStatus.NoAnswer);
    }

    [Fact]
    public async Task SeedAsync_Demo_EveryConsentRequestPassesTheRulesTheMutationsKeep()
    {
        // arrange
        await using var db = city.NewContext();
        var requests = await db.ConsentRequests.AsNoTracking().Include(r => r.Provisions).ToListAsync();
        var custodies = (await db.Custodies.AsNoTracking().ToListAsync()).ToLookup(c => c.PupilId);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Agency);
        var consents = await db.Consents.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.PupilId);

        // act
        var problems = requests.SelectMany(r => ConsentRequests.ProblemsOf(
                r,
                day => custodies[r.PupilId].Where(k => k.StartsOn <= day && (k.EndsOn == null || k.EndsOn > day)).Select(k => k.GuardianId).ToList(),
                unit => units[unit],
                consent => consents.TryGetValue(consent, out var pupil) ? pupil : null,
                Today)
            .Select(problem => $"request {r.Id} ({r.Status}, pupil {r.PupilId}): {problem}"))
            .ToList();

        // assert
        Assert.True(requests.Count > 40, $"{requests.Count} requests");
        Assert.Empty(problems);
    }

    [Fact]
    public void ConsentRequestRules_SeeABrokenRecord()
    {
        // A positive control: a request that breaks each rule is reported for each.
        var request = new ConsentRequest
        {
            PupilId = 1,
            AskedOn = Today.AddDays(-3),
            AskedBy = "x",
            LastsMonths = 13,
            Status = ConsentRequestStatus.NoAnswer,
            AnsweredOn = Today.AddDays(-5),
            ConsentId = 9,
            AnsweredByGuardianId = 7,
            Provisions =
            {
                new ConsentRequestProvision { Category = DataCategory.Investigation, FromAgency = Agency.School, ToAgency = Agency.School, FromAuthority = "education" },
            },
        };

        var problems = ConsentRequests.ProblemsOf(request, _ => [], _ => Agency.School, _ => 2, Today).ToList();

        Assert.Contains("asks for 13 months", problems);
        Assert.Contains(problems, p => p.StartsWith("answered on", StringComparison.Ordinal));
        Assert.Contains("a consent is named exactly when one of the pupil's was given", problems);
        Assert.Contains("no answer, yet someone answered", problems);
        Assert.Contains(problems, p => p.StartsWith("guardian 7", StringComparison.Ordinal));
        Assert.True(problems.Count == 7, string.Join("; ", problems)); // and two for the provision from the school to the school
    }
}
