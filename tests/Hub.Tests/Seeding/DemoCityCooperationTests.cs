using Hub.Cooperation;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCityCooperationTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    private static readonly DateOnly Today = SeededDemoCity.Today;

    [Fact]
    public async Task SeedAsync_Demo_EveryDistrictHasAnAgreementSomeRevisedOnTimeSomeOverdue()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var agreements = await db.CooperationAgreements.Select(a => new
        {
            a.DistrictId,
            a.RevisionDueOn,
            Revisions = a.Revisions.Count,
            Independent = a.Parties.Count(p => p.Unit.Ownership == SchoolOwnership.Independent),
        }).ToListAsync();

        // assert
        Assert.Equal(await db.Districts.CountAsync(), agreements.Select(a => a.DistrictId).Distinct().Count());
        Assert.Contains(agreements, a => a.RevisionDueOn < Today);
        Assert.Contains(agreements, a => a.RevisionDueOn >= Today && a.Revisions > 0);
        Assert.Contains(agreements, a => a.Independent == 0);
    }

    [Fact]
    public async Task SeedAsync_Demo_EveryAgreementPassesTheRulesTheMutationsKeep()
    {
        // arrange
        await using var db = city.NewContext();
        var agreements = await db.CooperationAgreements.AsNoTracking().Include(a => a.Parties).Include(a => a.Revisions).ToListAsync();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);

        // act
        var problems = agreements.SelectMany(a => CooperationAgreementRules.ProblemsOf(a, id => units[id], Today).Select(p => $"agreement {a.Id}: {p}")).ToList();

        // assert
        Assert.NotEmpty(agreements);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task CooperationAgreementRules_SeeABrokenAgreement()
    {
        // A positive control: parties of one agency and another district, a revision before signing and a due day out of step.
        await using var db = city.NewContext();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);
        var school = units.Values.First(u => u.Kind == UnitKind.School);
        var elsewhere = units.Values.First(u => u.Kind == UnitKind.School && u.DistrictId != school.DistrictId);
        var agreement = new CooperationAgreement
        {
            DistrictId = school.DistrictId!.Value,
            Title = "x",
            DocumentReference = "x",
            RecordedBy = "x",
            SignedOn = Today.AddMonths(-6),
            RevisionDueOn = Today.AddMonths(40),
            Parties = { new CooperationAgreementParty { UnitId = school.Id }, new CooperationAgreementParty { UnitId = elsewhere.Id } },
            Revisions = { new CooperationAgreementRevision { RevisedOn = Today.AddMonths(-7), RevisedBy = "x", Note = "x", NextRevisionDueOn = Today.AddMonths(6) } },
        };

        var problems = CooperationAgreementRules.ProblemsOf(agreement, id => units[id], Today).ToList();

        Assert.Contains(problems, p => p.Contains("of another district", StringComparison.Ordinal));
        Assert.Contains("the district's own social services is not a party", problems);
        Assert.Contains("an agreement binds at least two agencies", problems);
        Assert.Contains(problems, p => p.StartsWith("revision of", StringComparison.Ordinal));
        Assert.Contains("the revision due is not the one the last revision set", problems);
    }
}
