using Hub.Tests.Support;

namespace Hub.Tests.Api;

/// <summary>Batching: a page of pupils with nested records costs the same statements at any size.</summary>
[Collection(ReadOnlyHubDefinition.Name)]
public sealed class StatementCountTests(HubFactory hub)
{
    private const string Query = """
        query($first: Int!) {
          pupils(first: $first) {
            totalCount
            nodes {
              givenName homeSchool { name } registeredDistrict { name contactPerson { name } }
              enrolments { startsOn school { name } }
              guardians { givenName }
              placements { level group { name } }
              absence { term percent }
              sips { goal participants { coordinatorName } }
            }
          }
        }
        """;

    private const string SocialQuery = """
        query($first: Int!) {
          pupils(first: $first) { nodes { givenName interventions { kind unit { name } } sips { goal } guardians { givenName } } }
        }
        """;

    [Theory]
    [InlineData("school-principal", Query)]
    [InlineData("social-investigator", SocialQuery)]
    public async Task Pupils_PageOf5AndPageOf50_CostTheSameNumberOfStatements(string persona, string query)
    {
        // arrange
        var client = hub.ClientFor(persona);
        await client.PostAsync(query, new { first = 1 });

        // act
        var small = await CountAsync(client, query, 5);
        var large = await CountAsync(client, query, 50);

        // assert
        Assert.True(large.Pupils > small.Pupils, $"the large page must hold more pupils ({large.Pupils} vs {small.Pupils})");
        Assert.True(small.Statements > 0, "the tally must see the request's statements");
        Assert.Equal(small.Statements, large.Statements);
    }

    private static readonly string[] AccessCodes = ["ACCESS_DENIED", "PROTECTED_IDENTITY"];

    private async Task<(long Statements, int Pupils)> CountAsync(HubClient client, string query, int first)
    {
        var response = await client.PostAsync(query, new { first });
        // Fields the caller may not read answer with access errors; what counts here is that nothing else fails.
        Assert.All(response.Errors ?? [], e => Assert.Contains((string?)e["extensions"]!["code"], AccessCodes));
        return (hub.LastRequestStatements, response.Data["pupils"]!["nodes"]!.Count());
    }
}
