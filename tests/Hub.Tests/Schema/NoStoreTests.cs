using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hub.Tests.Support;

namespace Hub.Tests.Schema;

/// <summary>
/// Nothing the hub answers about pupils, and no token it hands out, may be kept by a browser, proxy
/// or gateway: GraphQL responses of every status and the persona pages carry <c>Cache-Control: no-store</c>.
/// </summary>
[Collection(ReadOnlyHubDefinition.Name)]
public sealed class NoStoreTests(HubFactory hub)
{
    [Theory]
    [InlineData("answered", 200)]
    [InlineData("no-token", 401)]
    [InlineData("forged-role", 403)]
    [InlineData("parse-error", 400)]
    [InlineData("mutation-over-get", 405)]
    public async Task GraphQLRequest_AnyStatus_ResponseIsNoStore(string kind, int status)
    {
        // arrange
        using var request = kind == "mutation-over-get"
            ? new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"))
            : new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = kind == "parse-error" ? "{" : "{ me { name } }" }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        var token = kind switch
        {
            "no-token" => null,
            "forged-role" => new TokenForge(hub).Create(role: "1"),
            _ => hub.TokenFor("rsu-teacher"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        // act
        using var response = await hub.CreateClient().SendAsync(request);

        // assert
        Assert.Equal(status, (int)response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{kind}: Cache-Control is '{response.Headers.CacheControl}'");
    }

    [Theory]
    [InlineData("/personas")]
    [InlineData("/personas/rsu-teacher/token")]
    [InlineData("/personas/nobody/token")]
    public async Task PersonaPage_AnyAnswer_IsNoStore(string path)
    {
        // act
        using var response = await hub.CreateClient().GetAsync(path);

        // assert
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: Cache-Control is '{response.Headers.CacheControl}'");
    }
}
