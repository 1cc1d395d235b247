using Hub.Tests.Support;

namespace Hub.Tests.Pupils;

[Collection(ReadOnlyHubDefinition.Name)]
public sealed class PupilsConnectionTests(HubFactory hub)
{
    [Fact]
    public async Task Pupils_PagedByCursor_CoverEveryPupilOnce()
    {
        // arrange
        var client = hub.ClientFor("school-principal");
        var all = await PupilPages.AllIdsAsync(client, pageSize: 100);

        // act
        var paged = await PupilPages.AllIdsAsync(client, pageSize: 7);

        // assert
        Assert.True(all.Count > 7);
        Assert.Equal(all, paged);
        Assert.Equal(paged.Count, paged.Distinct().Count());
    }

    [Fact]
    public async Task Pupils_TotalCount_CountsWhatTheCallerMaySee()
    {
        // arrange
        var client = hub.ClientFor("school-principal");
        var all = await PupilPages.AllIdsAsync(client);

        // act
        var response = await client.PostAsync("{ pupils(first: 2) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }");

        // assert
        var page = response.Data["pupils"]!;
        Assert.Equal(all.Count, (int)page["totalCount"]!);
        Assert.Equal(2, page["edges"]!.Count());
        Assert.True((bool)page["pageInfo"]!["hasNextPage"]!);
        Assert.False((bool)page["pageInfo"]!["hasPreviousPage"]!);
        Assert.Equal((string?)page["edges"]![1]!["cursor"], (string?)page["pageInfo"]!["endCursor"]);
    }

    [Theory]
    [InlineData("first: -1", "first")]
    [InlineData("first: 101", "first")]
    [InlineData("after: \"garbage\"", "after")]
    [InlineData("grade: 10", "grade")]
    [InlineData("district: \"VW5pdDox\"", "district")]
    public async Task Pupils_BadArgument_ReturnsInvalidInputNamingIt(string arguments, string argument)
    {
        // arrange
        var client = hub.ClientFor("school-principal");

        // act
        var response = await client.PostAsync($"{{ pupils({arguments}) {{ totalCount }} }}");

        // assert
        Assert.Equal("INVALID_INPUT", (string?)response.Errors![0]["extensions"]!["code"]);
        Assert.Equal(argument, (string?)response.Errors![0]["extensions"]!["argument"]);
    }

    [Fact]
    public async Task Pupils_FilterByGrade_ReturnsOnlyThatGrade()
    {
        // arrange
        var client = hub.ClientFor("school-principal");

        // act
        var response = await client.PostAsync("{ pupils(first: 100, grade: 7) { nodes { grade } } }");

        // assert
        Assert.All(response.Data["pupils"]!["nodes"]!, n => Assert.Equal(7, (int)n["grade"]!));
    }

    [Fact]
    public async Task Pupils_FilterByPlacementLevel_ReturnsPupilsWithSuchAPlacement()
    {
        // arrange
        var client = hub.ClientFor("school-principal");

        // act
        var response = await client.PostAsync("{ pupils(first: 100, placementLevel: RSU) { nodes { placements { level endsOn } } } }");

        // assert
        var nodes = response.Data["pupils"]!["nodes"]!.ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Contains(n["placements"]!, p => (string?)p["level"] == "RSU"));
    }

    [Fact]
    public async Task Pupils_FilterByPlacementLevelWithoutPlacementAccess_IsDenied()
    {
        // arrange
        var client = hub.ClientFor("police-sspf");

        // act
        var response = await client.PostAsync("{ pupils(placementLevel: RSU) { totalCount } }");

        // assert
        Assert.Equal("ACCESS_DENIED", (string?)response.Errors![0]["extensions"]!["code"]);
    }

    [Fact]
    public async Task Pupils_SearchByNameOrNumber_FindsThePupil()
    {
        // arrange
        var client = hub.ClientFor("school-principal");
        var first = (await client.PostAsync("{ pupils(first: 1) { nodes { id givenName personalIdentityNumber } } }")).Data["pupils"]!["nodes"]![0]!;

        // act
        var byName = await client.PostAsync("query($s: String) { pupils(search: $s) { nodes { id } } }", new { s = ((string)first["givenName"]!).ToUpperInvariant() });
        var byNumber = await client.PostAsync("query($s: String) { pupils(search: $s) { nodes { id } } }", new { s = (string)first["personalIdentityNumber"]! });

        // assert
        Assert.Contains(byName.Data["pupils"]!["nodes"]!, n => (string?)n["id"] == (string?)first["id"]);
        Assert.Equal([(string?)first["id"]], byNumber.Data["pupils"]!["nodes"]!.Select(n => (string?)n["id"]).ToList());
    }
}
