using Hub.Api;
using Hub.Interventions;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Access;

/// <summary>A caller sees only records its own authority produced, in the categories its role reads.</summary>
[Collection(ReadOnlyHubDefinition.Name)]
public sealed class RecordScopeTests(HubFactory hub)
{
    [Fact]
    public async Task Interventions_Teacher_IsDeniedWithCategoryNamed()
    {
        // arrange
        var client = hub.ClientFor("rsu-teacher");

        // act
        var response = await client.PostAsync("{ pupils(first: 3) { nodes { givenName interventions { kind } } } }");

        // assert
        var error = response.Errors![0];
        Assert.Equal("ACCESS_DENIED", (string?)error["extensions"]!["code"]);
        Assert.NotNull((string?)error["extensions"]!["category"]);
        Assert.All(response.Data["pupils"]!["nodes"]!, n => Assert.Equal(JTokenType.Null, n["interventions"]!.Type));
        Assert.All(response.Data["pupils"]!["nodes"]!, n => Assert.NotNull((string?)n["givenName"]));
    }

    [Fact]
    public async Task Interventions_Police_SeesOnlySspfCases()
    {
        // arrange
        var client = hub.ClientFor("police-sspf");

        // act
        var response = await client.PostAsync("{ pupils(first: 100) { nodes { interventions { kind agency } } } }");

        // assert
        var records = response.Data["pupils"]!["nodes"]!.SelectMany(n => n["interventions"]!).ToList();
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal("SSPF_CASE", (string?)r["kind"]));
    }

    [Fact]
    public async Task Interventions_Investigator_NeverSeesBupOrPoliceRecords()
    {
        // arrange
        var client = hub.ClientFor("social-investigator");
        var pupilsWithHealthOrPoliceRecords = hub.WithDb(db => db.Interventions
            .Where(i => i.Kind == InterventionKind.BupContact || i.Kind == InterventionKind.SspfCase)
            .Select(i => i.PupilId).Distinct().ToList());

        // act
        var response = await client.PostAsync("{ pupils(first: 100) { nodes { id interventions { kind agency } } } }");

        // assert
        var nodes = response.Data["pupils"]!["nodes"]!.ToList();
        Assert.Contains(nodes, n => pupilsWithHealthOrPoliceRecords.Select(id => GlobalId.Encode("Pupil", id)).Contains((string)n["id"]!));
        Assert.All(nodes.SelectMany(n => n["interventions"]!), r => Assert.Equal("SOCIAL_SERVICES", (string?)r["agency"]));
    }

    [Fact]
    public async Task Interventions_SchoolSocialWorker_SeesOnlySchoolSocialTeamWork()
    {
        // arrange
        var client = hub.ClientFor("sst-social-worker");

        // act
        var response = await client.PostAsync("{ pupils(first: 100) { nodes { interventions { kind } } } }");

        // assert
        var kinds = response.Data["pupils"]!["nodes"]!.SelectMany(n => n["interventions"]!).Select(r => (string?)r["kind"]).Distinct().ToList();
        Assert.Equal(["SCHOOL_SOCIAL_TEAM_CASE"], kinds);
    }

    [Fact]
    public async Task Placements_Investigator_IsDenied()
    {
        // arrange
        var client = hub.ClientFor("social-investigator");

        // act
        var response = await client.PostAsync("{ pupils(first: 5) { nodes { placements { id } absence { term } } } }");

        // assert
        var codes = response.Errors!.Select(e => (string?)e["extensions"]!["code"]).Distinct().ToList();
        Assert.Equal(["ACCESS_DENIED"], codes);
        Assert.All(response.Data["pupils"]!["nodes"]!, n => Assert.Equal(JTokenType.Null, n["placements"]!.Type));
    }

    [Fact]
    public async Task Placements_RsuTeacher_SeesEachPupilsRsuPlacement()
    {
        // arrange
        var client = hub.ClientFor("rsu-teacher");

        // act
        var response = await client.PostAsync("{ pupils(first: 100) { nodes { placements { level group { code } endsOn } } } }");

        // assert
        Assert.All(response.Data["pupils"]!["nodes"]!, n => Assert.Contains(n["placements"]!,
            p => (string?)p["group"]!["code"] == "group:tellusborgsskolan-rsu" && p["endsOn"]!.Type == JTokenType.Null));
    }

    [Fact]
    public async Task Guardians_Teacher_IsDeniedButPrincipalSeesThem()
    {
        // arrange
        const string query = "{ pupils(first: 5) { nodes { guardians { givenName } } } }";

        // act
        var teacher = await hub.ClientFor("school-teacher").PostAsync(query);
        var principal = await hub.ClientFor("school-principal").PostAsync(query);

        // assert
        Assert.Equal("ACCESS_DENIED", (string?)teacher.Errors![0]["extensions"]!["code"]);
        Assert.Null(principal.Errors);
        Assert.Contains(principal.Data["pupils"]!["nodes"]!, n => n["guardians"]!.Any());
    }
}
