using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hub.Tests.Support;

namespace Hub.Tests.Ide;

/// <summary>
/// Banana Cake Pop shares <c>/graphql</c> with the GraphQL endpoint: a browser asking for HTML gets
/// the IDE without a token, and every GraphQL request still needs one.
/// </summary>
[Collection(ReadOnlyHubDefinition.Name)]
public sealed class IdePageTests(HubFactory hub)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql/")]
    public async Task GetGraphQL_BrowserWithoutToken_ServesTheIde(string path)
    {
        // arrange
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(BrowserAccept);

        // act
        using var response = await hub.CreateClient().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        // assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Banana Cake Pop</title>", html, StringComparison.Ordinal);
        Assert.Contains("<base href=\"/graphql/\"/>", html, StringComparison.Ordinal);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Theory]
    [InlineData("GET", "/graphql?query=%7B__typename%7D", BrowserAccept)]
    [InlineData("GET", "/graphql", "application/graphql-response+json, application/json")]
    [InlineData("GET", "/graphql", "*/*")]
    [InlineData("POST", "/graphql", BrowserAccept)]
    [InlineData("POST", "/graphql", "application/json")]
    public async Task GraphQLRequest_WithoutToken_Returns401(string method, string path, string accept)
    {
        // arrange
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Accept.ParseAdd(accept);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { query = "{ pupils { totalCount } }" });
        }

        // act
        using var response = await hub.CreateClient().SendAsync(request);

        // assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("Banana Cake Pop", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetGraphQL_WebSocketUpgradeAcceptingHtml_IsNoIdeButTheEndpoint()
    {
        // arrange
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd(BrowserAccept);
        request.Headers.Add("Upgrade", "websocket");

        // act
        using var response = await hub.CreateClient().SendAsync(request);

        // assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetGraphQL_BrowserWithQueryAndToken_RunsTheQuery()
    {
        // arrange
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B%20me%20%7B%20name%20%7D%20%7D");
        request.Headers.Accept.ParseAdd(BrowserAccept);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", hub.TokenFor("rsu-teacher"));

        // act
        using var response = await hub.CreateClient().SendAsync(request);

        // assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Maria Holm", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBcpConfig_WithoutToken_PointsTheIdeAtThisEndpoint()
    {
        // act
        var config = await hub.CreateClient().GetFromJsonAsync<Dictionary<string, object>>("/graphql/bcp-config.json");

        // assert
        Assert.NotNull(config);
        Assert.Equal("/graphql", config["endpoint"].ToString());
        Assert.Equal("True", config["useBrowserUrlAsEndpoint"].ToString(), ignoreCase: true);
        Assert.Equal("graphql-transport-ws", config["subscriptionProtocol"].ToString());
        Assert.Equal("True", config["disableTelemetry"].ToString(), ignoreCase: true);
        Assert.Contains("Authorization", config["graphQLDocument"].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetIdeLicence_WithoutToken_ServesTheAppsLicence()
    {
        // act
        using var response = await hub.CreateClient().GetAsync("/graphql/LICENSE");

        // assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ChilliCream License", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetIdeScript_EveryScriptThePageNames_IsServed()
    {
        // arrange
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd(BrowserAccept);
        using var page = await hub.CreateClient().SendAsync(request);
        var html = await page.Content.ReadAsStringAsync();
        var assets = System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)=\"(static/[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

        // act
        var statuses = new List<HttpStatusCode>();
        foreach (var asset in assets)
        {
            using var response = await hub.CreateClient().GetAsync("/graphql/" + asset);
            statuses.Add(response.StatusCode);
        }

        // assert
        Assert.NotEmpty(assets);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }
}
