using Hub.Api;
using Hub.Tests.Support;

namespace Hub.Tests.Audit;

/// <summary>
/// What a query learns about pupils is logged even when it reads no pupil's field: a count, a
/// search, a page of cursors, a pupil asked for only its <c>__typename</c>.
/// </summary>
public sealed class SearchLoggingTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task Pupils_CountOfANameSearch_WritesASearchRowWithTheCriteriaKindsNotTheirValues()
    {
        // arrange
        var client = hub.ClientFor("rsu-teacher");
        var before = LogRows.All(hub).Count;

        // act
        var response = await client.PostAsync("query HowMany { pupils(search: \"Hansson\", grade: 9) { totalCount } }");

        // assert
        Assert.Null(response.Errors);
        var row = Assert.Single(LogRows.All(hub).Skip(before));
        Assert.Equal(("p-1003", "HowMany", (int?)null, "Identity"), (row.PersonId, row.Operation, row.PupilId, row.Categories));
        Assert.Equal("Identity: search among related pupils, pupils(count, grade, search by name)", row.Basis);
    }

    [Fact]
    public async Task Pupils_PrincipalCountsByFullNumber_WritesASearchRowWithoutTheNumber()
    {
        // arrange
        var client = hub.ClientFor("school-principal");
        var number = (string)(await client.PostAsync("{ pupils(first: 1) { nodes { personalIdentityNumber } } }")).Data["pupils"]!["nodes"]![0]!["personalIdentityNumber"]!;
        var before = LogRows.All(hub).Count;

        // act
        await client.PostAsync("query($s: String) { pupils(search: $s) { totalCount } }", new { s = number });

        // assert
        var row = Assert.Single(LogRows.All(hub).Skip(before));
        Assert.Equal("Identity: search among related pupils, pupils(count, search by personal identity number)", row.Basis);
        Assert.DoesNotContain(number[..8], row.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pupils_OnlyCursors_WritesAnIdentityRowPerPupilOnThePage()
    {
        // arrange
        var client = hub.ClientFor("school-teacher");
        var before = LogRows.All(hub).Count;

        // act
        var response = await client.PostAsync("query Cursors { pupils(first: 3) { edges { cursor } } }");

        // assert
        Assert.Equal(3, response.Data["pupils"]!["edges"]!.Count());
        var rows = LogRows.All(hub).Skip(before).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(("Cursors", "Identity"), (r.Operation, r.Categories)));
        Assert.Equal(3, rows.Select(r => r.PupilId).Distinct().Count());
    }

    [Fact]
    public async Task Pupil_OnlyTypename_WritesAnIdentityRowForThePupil()
    {
        // arrange
        var client = hub.ClientFor("school-teacher");
        var id = (string)(await client.PostAsync("{ pupils(first: 1) { nodes { id } } }")).Data["pupils"]!["nodes"]![0]!["id"]!;
        GlobalId.TryDecode(id, "Pupil", out var key);
        var before = LogRows.All(hub).Count;

        // act
        var response = await client.PostAsync("query Exists($id: ID!) { pupil(id: $id) { __typename } }", new { id });

        // assert
        Assert.Equal("Pupil", (string?)response.Data["pupil"]!["__typename"]);
        var row = Assert.Single(LogRows.All(hub).Skip(before));
        Assert.Equal(("Exists", (int?)key, "Identity"), (row.Operation, row.PupilId, row.Categories));
    }
}
