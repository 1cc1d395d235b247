using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Interventions;

/// <summary>
/// The school social team tied to the investigators (seed 004): an investigation opening for a
/// pupil the team works with is an event the team receives, and both sides read each other's case
/// with its handler; a report stays reception's and the investigators', and another district's
/// investigation stays that district's.
/// </summary>
public sealed class SchoolSocialTeamInvestigationTests(LiveHub hub) : IClassFixture<LiveHub>
{
    private const string Interventions = "query($id: ID!) { pupil(id: $id) { interventions { kind handlerName ... on Investigation { dueOn educationInvestigated } } } }";

    private const string Events = "subscription($id: ID!, $after: String) { pupilEvents(pupilId: $id, after: $after) { kind operation intervention { kind handlerName } } }";

    [Fact]
    public async Task OpenInvestigation_PupilWithATeamCase_TeamReadsTheInvestigationAndItsHandler()
    {
        // arrange
        var pupil = TeamPupil();

        // act
        var investigation = await InvestigateAsync(pupil);
        await NameHandlerAsync(investigation, "Karin Åberg");
        var team = await hub.ClientFor("sst-social-worker").PostAsync(Interventions, new { id = Id(pupil) });

        // assert
        var read = team.Data["pupil"]!["interventions"]!.Single(i => (string?)i["kind"] == "INVESTIGATION");
        Assert.Equal("Karin Åberg", (string?)read["handlerName"]);
        Assert.True((bool)read["educationInvestigated"]!);
    }

    [Fact]
    public async Task OpenInvestigation_PupilWithATeamCase_InvestigatorReadsTheTeamsCase()
    {
        // arrange
        var pupil = TeamPupil();

        // act
        await InvestigateAsync(pupil);
        var investigator = await hub.ClientFor("social-investigator").PostAsync(Interventions, new { id = Id(pupil) });

        // assert
        var kinds = investigator.Data["pupil"]!["interventions"]!.Select(i => (string?)i["kind"]).Order().ToList();
        Assert.Equal(["INVESTIGATION", "SCHOOL_SOCIAL_TEAM_CASE"], kinds);
    }

    [Fact]
    public async Task PupilEvents_InvestigationOpensForTheTeamsPupil_TeamReceivesTheEvent()
    {
        // arrange
        var pupil = TeamPupil();
        await using var team = await SocketClient.ConnectAsAsync(hub, "sst-social-worker");
        await hub.SubscribeLiveAsync(team, "1", Events, new { id = Id(pupil), after = hub.Cursor() });

        // act
        await InvestigateAsync(pupil);
        var next = await team.ReceiveAsync();

        // assert
        Assert.True((string?)next?["type"] == "next", next?.ToString() ?? $"closed {team.CloseStatus} {team.CloseReason}");
        var e = next!["payload"]!["data"]!["pupilEvents"]!;
        Assert.Equal(("openInvestigation", "INVESTIGATION"), ((string?)e["operation"], (string?)e["intervention"]!["kind"]));
    }

    [Fact]
    public async Task Pupil_TeamCaseAndAReport_TeamNeverReadsTheReportWhileTheInvestigatorDoes()
    {
        // arrange
        var pupil = TeamPupil();
        new ScenarioRunner(hub).Run(s => s.ReportOfConcern(pupil));

        // act
        var team = await hub.ClientFor("sst-social-worker").PostAsync(Interventions, new { id = Id(pupil) });
        var investigator = await hub.ClientFor("social-investigator").PostAsync(Interventions, new { id = Id(pupil) });

        // assert
        Assert.Equal(["SCHOOL_SOCIAL_TEAM_CASE"], Kinds(team));
        Assert.Contains("REPORT_OF_CONCERN", Kinds(investigator));
    }

    [Fact]
    public async Task Pupil_InvestigationOfAPupilTheTeamDoesNotWorkWith_TeamAnswersAsWithoutIt()
    {
        // arrange: a pupil of the team's district with no team case
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));
        var without = await hub.ClientFor("sst-social-worker").PostAsync(Interventions, new { id = Id(pupil) });

        // act
        await InvestigateAsync(pupil);
        var with = await hub.ClientFor("sst-social-worker").PostAsync(Interventions, new { id = Id(pupil) });

        // assert
        Assert.Equal(without.Text, with.Text);
        Assert.Equal(JTokenType.Null, with.Data["pupil"]!.Type);
        var investigator = await hub.ClientFor("social-investigator").PostAsync(Interventions, new { id = Id(pupil) });
        Assert.Equal(["INVESTIGATION"], Kinds(investigator));
    }

    [Fact]
    public async Task Pupil_AnotherDistrictInvestigatesTheTeamsPupil_TeamAnswersAsWithoutItAndThatDistrictReadsIt()
    {
        // arrange: the team works with a pupil registered in Skärholmen, whose social services investigate
        var pupil = new ScenarioRunner(hub).Run(s =>
        {
            var p = s.PupilRelatedTo("sst-social-worker");
            s.RegisterIn(p, s.Unit("social:skarholmen:investigation").DistrictId!.Value);
            return p;
        });
        var skarholmen = new HubClient(hub.CreateClient(),
            new TokenForge(hub).Create(unit: "social:skarholmen:investigation", agency: "SocialServices", role: "Investigator"));
        var without = await hub.ClientFor("sst-social-worker").PostAsync(Interventions, new { id = Id(pupil) });

        // act
        var opened = await skarholmen.MutateAsync("openInvestigation", "OpenInvestigationInput",
            new { personalIdentityNumber = pupil.PersonalIdentityNumber, origin = "APPLICATION", openedOn = HubFactory.Today, educationInvestigated = true },
            "investigation { id }");
        var with = await hub.ClientFor("sst-social-worker").PostAsync(Interventions, new { id = Id(pupil) });

        // assert
        Assert.Empty(opened.UserErrors("openInvestigation"));
        Assert.Equal(without.Text, with.Text);
        Assert.Equal(["SCHOOL_SOCIAL_TEAM_CASE"], Kinds(with));
        Assert.Equal(["INVESTIGATION"], Kinds(await skarholmen.PostAsync(Interventions, new { id = Id(pupil) })));
    }

    private static string Id(Pupil pupil) => GlobalId.Encode("Pupil", pupil.Id);

    private static List<string?> Kinds(Envelope read) => read.Data["pupil"]!["interventions"]!.Select(i => (string?)i["kind"]).Order().ToList();

    private Pupil TeamPupil() => new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("sst-social-worker"));

    /// <summary>Hägersten-Älvsjö's investigator opens an investigation on the family's application; returns its id.</summary>
    private async Task<string> InvestigateAsync(Pupil pupil)
    {
        var opened = await hub.ClientFor("social-investigator").MutateAsync("openInvestigation", "OpenInvestigationInput",
            new { personalIdentityNumber = pupil.PersonalIdentityNumber, origin = "APPLICATION", openedOn = HubFactory.Today, educationInvestigated = true },
            "investigation { id }");
        Assert.Empty(opened.UserErrors("openInvestigation"));
        return (string)opened.Payload("openInvestigation")["investigation"]!["id"]!;
    }

    private async Task NameHandlerAsync(string investigationId, string name)
    {
        var named = await hub.ClientFor("social-investigator").MutateAsync("assignHandler", "AssignHandlerInput",
            new { interventionId = investigationId, version = 0, name, contact = "08-508 123 45" }, "case { id }");
        Assert.Empty(named.UserErrors("assignHandler"));
    }
}
