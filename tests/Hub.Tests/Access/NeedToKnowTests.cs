using System.Globalization;
using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Access;

/// <summary>
/// Need to know inside one district's social services: reception sees pupils with a report,
/// investigators the district's authority-side cases, the school social team its own cases. Each
/// test compares two worlds that differ only in the case the caller has no need to know of, and
/// shows that the unit that does need it sees the pupil.
/// </summary>
public sealed class NeedToKnowTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string PupilQuery = "query($id: ID!) { pupil(id: $id) { id givenName familyName guardians { givenName phone } } }";
    private const string CountQuery = "{ pupils { totalCount } }";
    private const string SearchQuery = "query($name: String!) { pupils(search: $name) { totalCount nodes { id } } }";

    [Fact]
    public async Task Pupil_ReceptionAndOnlyASchoolSocialTeamCase_AnsweredExactlyAsWithoutTheCase()
    {
        // arrange
        var pupil = UnrelatedPupil();
        var without = await WorldAsync("social-contact-person", pupil);
        Keep<SchoolSocialTeamCase>(pupil, "social:hagersten-alvsjo:preventive");

        // act
        var with = await WorldAsync("social-contact-person", pupil);

        // assert
        Assert.Equal(without, with);
        Assert.Equal(await MissingAsync("social-contact-person"), with.Pupil);
        Assert.Equal("{\"data\":{\"pupils\":{\"totalCount\":0,\"nodes\":[]}}}", with.Search);
        Assert.Equal(pupil.Id, await SeenIdAsync("sst-social-worker", pupil));
    }

    [Fact]
    public async Task Pupil_ReceptionAndOnlyAnIntervention_AnsweredExactlyAsWithoutIt()
    {
        // arrange
        var pupil = UnrelatedPupil();
        var without = await WorldAsync("social-contact-person", pupil);
        Keep<SocialServicesIntervention>(pupil, "social:hagersten-alvsjo:investigation");

        // act
        var with = await WorldAsync("social-contact-person", pupil);

        // assert
        Assert.Equal(without, with);
        Assert.Equal(pupil.Id, await SeenIdAsync("social-investigator", pupil));
    }

    [Fact]
    public async Task Pupil_ReceptionAndAPendingReport_SeesThePupil()
    {
        // arrange
        var pupil = UnrelatedPupil();
        var before = await CountAsync("social-contact-person");

        // act
        new ScenarioRunner(hub).Run(s => s.ReportOfConcern(pupil));

        // assert
        Assert.Equal(pupil.Id, await SeenIdAsync("social-contact-person", pupil));
        Assert.Equal(before + 1, await CountAsync("social-contact-person"));
        Assert.Contains($"\"totalCount\":1", (await WorldAsync("social-contact-person", pupil)).Search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pupil_SchoolSocialTeamAndOnlyAPendingReport_SeesNeitherNameNorGuardiansPhone()
    {
        // arrange
        var pupil = UnrelatedPupil();
        var without = await WorldAsync("sst-social-worker", pupil);
        new ScenarioRunner(hub).Run(s => s.ReportOfConcern(pupil));

        // act
        var with = await WorldAsync("sst-social-worker", pupil);

        // assert
        Assert.Equal(without, with);
        Assert.Equal(await MissingAsync("sst-social-worker"), with.Pupil);
        Assert.DoesNotContain("070-", with.Pupil, StringComparison.Ordinal);
        var reception = await hub.ClientFor("social-contact-person").PostAsync("query($id: ID!) { pupil(id: $id) { familyName } }", new { id = Id(pupil) });
        Assert.Equal(pupil.FamilyName, (string?)reception.Data["pupil"]!["familyName"]);
    }

    [Fact]
    public async Task Pupil_SchoolSocialTeamWithItsOwnCase_SeesNameAndGuardiansPhone()
    {
        // arrange
        var pupil = UnrelatedPupil();
        Keep<SchoolSocialTeamCase>(pupil, "social:hagersten-alvsjo:preventive");

        // act
        var response = await hub.ClientFor("sst-social-worker").PostAsync(PupilQuery, new { id = Id(pupil) });

        // assert
        Assert.Equal(pupil.FamilyName, (string?)response.Data["pupil"]!["familyName"]);
        Assert.Contains("070-", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartSchoolSocialTeamCase_GradeThreePupilWithOnlyAPendingReport_RefusedAsForAnUnknownNumber()
    {
        // arrange: the grade is told only to a caller that sees the pupil
        var pupil = UnrelatedPupil(grade: 3);
        var without = await StartCaseAsync(pupil.PersonalIdentityNumber);
        new ScenarioRunner(hub).Run(s => s.ReportOfConcern(pupil));

        // act
        var with = await StartCaseAsync(pupil.PersonalIdentityNumber);

        // assert
        Assert.Equal(without.Text, with.Text);
        Assert.Equal(["NOT_FOUND input.personalIdentityNumber"], with.UserErrors("startSchoolSocialTeamCase"));
        var own = UnrelatedPupil(grade: 3);
        Keep<SchoolSocialTeamCase>(own, "social:hagersten-alvsjo:preventive");
        Assert.Equal(["WRONG_STATE input.personalIdentityNumber"], (await StartCaseAsync(own.PersonalIdentityNumber)).UserErrors("startSchoolSocialTeamCase"));
    }

    [Fact]
    public async Task Pupil_InvestigatorAndTheDistrictsCases_SeesReportsInvestigationsAndInterventions()
    {
        // arrange
        var reported = UnrelatedPupil();
        new ScenarioRunner(hub).Run(s => s.ReportOfConcern(reported));
        var investigated = UnrelatedPupil();
        Keep<Investigation>(investigated, "social:hagersten-alvsjo:investigation");
        var helped = UnrelatedPupil();
        Keep<SocialServicesIntervention>(helped, "social:hagersten-alvsjo:investigation");

        // act
        var seen = new[] { await SeenIdAsync("social-investigator", reported), await SeenIdAsync("social-investigator", investigated), await SeenIdAsync("social-investigator", helped) };

        // assert
        Assert.Equal([reported.Id, investigated.Id, helped.Id], seen);
    }

    [Fact]
    public async Task Pupil_InvestigatorAndAnotherDistrictsInvestigation_AnsweredExactlyAsWithoutIt()
    {
        // arrange
        var pupil = UnrelatedPupil();
        var without = await WorldAsync("social-investigator", pupil);
        Keep<Investigation>(pupil, "social:skarholmen:investigation");

        // act
        var with = await WorldAsync("social-investigator", pupil);

        // assert
        Assert.Equal(without, with);
        var skarholmen = new HubClient(hub.CreateClient(),
            new TokenForge(hub).Create(unit: "social:skarholmen:investigation", agency: "SocialServices", role: "Investigator"));
        var seen = await skarholmen.PostAsync("query($id: ID!) { pupil(id: $id) { id } }", new { id = Id(pupil) });
        Assert.Equal(Id(pupil), (string?)seen.Data["pupil"]!["id"]);
    }

    [Fact]
    public async Task Pupil_InvestigatorAndOnlyASchoolSocialTeamCase_AnsweredExactlyAsWithoutItUntilAReportComes()
    {
        // arrange
        var pupil = UnrelatedPupil();
        var without = await WorldAsync("social-investigator", pupil);
        Keep<SchoolSocialTeamCase>(pupil, "social:hagersten-alvsjo:preventive");
        var with = await WorldAsync("social-investigator", pupil);

        // act
        new ScenarioRunner(hub).Run(s => s.ReportOfConcern(pupil));
        var reported = await hub.ClientFor("social-investigator").PostAsync(
            "query($id: ID!) { pupil(id: $id) { interventions { kind } } }", new { id = Id(pupil) });

        // assert
        Assert.Equal(without, with);
        var kinds = reported.Data["pupil"]!["interventions"]!.Select(i => (string?)i["kind"]).Order().ToList();
        Assert.Equal(["REPORT_OF_CONCERN", "SCHOOL_SOCIAL_TEAM_CASE"], kinds);
    }

    /// <summary>What the caller is told about the pupil: by id, in the list's count, and by name.</summary>
    private async Task<World> WorldAsync(string persona, Pupil pupil)
    {
        var client = hub.ClientFor(persona);
        var byId = await client.PostAsync(PupilQuery, new { id = Id(pupil) });
        var count = await client.PostAsync(CountQuery);
        var search = await client.PostAsync(SearchQuery, new { name = pupil.FamilyName });
        return new World(byId.Text, count.Text, search.Text);
    }

    private async Task<string> MissingAsync(string persona) =>
        (await hub.ClientFor(persona).PostAsync(PupilQuery, new { id = GlobalId.Encode("Pupil", int.MaxValue - 7) })).Text;

    private async Task<int> CountAsync(string persona) =>
        (int)(await hub.ClientFor(persona).PostAsync(CountQuery)).Data["pupils"]!["totalCount"]!;

    private async Task<int?> SeenIdAsync(string persona, Pupil pupil)
    {
        var response = await hub.ClientFor(persona).PostAsync("query($id: ID!) { pupil(id: $id) { id } }", new { id = Id(pupil) });
        return response.Data["pupil"] is JObject node && GlobalId.TryDecode((string?)node["id"], "Pupil", out var key) ? key : null;
    }

    private Task<Envelope> StartCaseAsync(string number) => hub.ClientFor("sst-social-worker").MutateAsync("startSchoolSocialTeamCase",
        "StartSchoolSocialTeamCaseInput",
        new { personalIdentityNumber = number, track = "SST", startsOn = HubFactory.Today, absencePercentAtStart = 20.0, summary = "Absent on Mondays." },
        "case { openedOn }");

    /// <summary>
    /// A new pupil of Klubbacksskolan (registered in Hägersten-Älvsjö), with no case at social
    /// services, whose guardians have phone numbers, with a name found by search.
    /// </summary>
    private Pupil UnrelatedPupil(int grade = 6) => new ScenarioRunner(hub).Run(s =>
    {
        var pupil = s.PupilRelatedTo("school-teacher");
        hub.WithDb(db =>
        {
            var row = db.Pupils.Single(p => p.Id == pupil.Id);
            row.Grade = grade;

            // A name without digits, so that every role may search for it.
            row.FamilyName = pupil.FamilyName = "Behov" + string.Concat(pupil.Id.ToString(CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0')));
            foreach (var (guardian, i) in db.Custodies.Where(c => c.PupilId == pupil.Id).Select(c => c.Guardian).ToList().Select((g, i) => (g, i)))
            {
                guardian.Phone = $"070-555 00 0{i}";
            }

            return db.SaveChanges();
        });
        return pupil;
    });

    /// <summary>An open case of the kind about the pupil, kept by the unit.</summary>
    private void Keep<T>(Pupil pupil, string unitCode)
        where T : Intervention => hub.WithDb(db =>
    {
        var unit = db.Units.AsNoTracking().Single(u => u.Code == unitCode);
        Intervention record = typeof(T).Name switch
        {
            nameof(SchoolSocialTeamCase) => new SchoolSocialTeamCase { OwnerAuthority = unit.Authority, Track = SchoolSocialTeamTrack.Sst },
            nameof(Investigation) => new Investigation { OwnerAuthority = unit.Authority, DueOn = Scenario.Today.AddMonths(3) },
            _ => new SocialServicesIntervention { OwnerAuthority = unit.Authority, Type = SocialInterventionType.FamilyTreatment },
        };
        record.PupilId = pupil.Id;
        record.UnitId = unit.Id;
        record.OwnerAgency = unit.Agency;
        record.OpenedOn = Scenario.Today.AddMonths(-1);
        db.Interventions.Add(record);
        return db.SaveChanges();
    });

    private static string Id(Pupil pupil) => GlobalId.Encode("Pupil", pupil.Id);

    private sealed record World(string Pupil, string Count, string Search);
}
