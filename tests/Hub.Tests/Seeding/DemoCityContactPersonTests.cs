using Hub.ContactPersons;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCityContactPersonTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    private static readonly DateOnly Today = SeededDemoCity.Today;

    [Fact]
    public async Task SeedAsync_Demo_EveryDistrictsContactPersonsPassTheRulesTheMutationKeeps()
    {
        // arrange
        await using var db = city.NewContext();
        var contacts = await db.ContactPersons.AsNoTracking().ToListAsync();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);

        // act
        var problems = contacts.GroupBy(c => c.DistrictId)
            .SelectMany(d => ContactPersonRules.ProblemsOf(d, id => units[id], Today).Select(problem => $"district {d.Key}: {problem}"))
            .ToList();

        // assert
        Assert.True(contacts.Count > 13);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task SeedAsync_Demo_TheReplacementReachedEverySchoolOfItsDistrictAndOneHasNotAcknowledgedIt()
    {
        // arrange
        await using var db = city.NewContext();
        var notices = await db.ContactPersonNotices.AsNoTracking().ToListAsync();
        var persons = await db.ContactPersons.AsNoTracking().ToDictionaryAsync(c => c.Id);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);

        // act
        var problems = notices.SelectMany(n => ContactPersonRules.NoticeProblemsOf(n, persons[n.ContactPersonId], units[n.SchoolId])).ToList();

        // assert
        var person = persons[notices.Select(n => n.ContactPersonId).Distinct().Single()];
        var schools = units.Values.Where(u => u.Kind == UnitKind.School && u.DistrictId == person.DistrictId).Select(u => u.Id).Order();
        Assert.Equal(schools, notices.Select(n => n.SchoolId).Order());
        Assert.Single(notices, n => n.AcknowledgedAt is null);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void ContactPersonRules_SeeABrokenNotice()
    {
        // A positive control: a notice to a unit that is no school, effective another day, acknowledged by no one before it was sent.
        var person = new ContactPerson { Id = 1, DistrictId = 5, UnitId = 1, Name = "Per", Phone = "08", Email = "per@example.se", StartsOn = Today };
        var reception = new Unit { Id = 1, Code = "r", Name = "reception", Kind = UnitKind.SocialServicesReception, Agency = Agency.SocialServices, Authority = "s", DistrictId = 5 };
        var sent = new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);
        var notice = new ContactPersonNotice { Id = 1, DistrictId = 5, ContactPersonId = 1, SchoolId = 1, EffectiveOn = Today.AddDays(1), SentAt = sent, AcknowledgedAt = sent.AddDays(-1) };

        var problems = ContactPersonRules.NoticeProblemsOf(notice, person, reception).ToList();

        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void ContactPersonRules_SeeBrokenContactPersons()
    {
        // A positive control: a phone of letters, named by a school, a gap before the next, who starts half a year ahead.
        Unit[] units =
        [
            new() { Id = 1, Code = "r", Name = "reception", Kind = UnitKind.SocialServicesReception, Agency = Agency.SocialServices, Authority = "s", DistrictId = 5 },
            new() { Id = 2, Code = "s", Name = "school", Kind = UnitKind.School, Agency = Agency.School, Authority = "e", DistrictId = 5 },
        ];
        ContactPerson[] district =
        [
            new() { Id = 1, DistrictId = 5, UnitId = 2, Name = "Eva", Phone = "ring me", Email = "eva@example.se", StartsOn = Today.AddYears(-1), EndsOn = Today },
            new() { Id = 2, DistrictId = 5, UnitId = 1, Name = "Per", Phone = "08-508 000 00", Email = "per@example.se", StartsOn = Today.AddMonths(6) },
        ];

        var problems = ContactPersonRules.ProblemsOf(district, id => units[id - 1], Today).ToList();

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("not the district's social services", StringComparison.Ordinal));
    }
}
