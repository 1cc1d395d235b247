using Hub.Tests.Support;

namespace Hub.Tests.Identity;

/// <summary>
/// The token issuer outside Development: an authority that is not https stops the hub at start,
/// and an issuer that cannot be reached answers 503 with a clear error, never an empty 500.
/// </summary>
public sealed class IssuerTests
{
    /// <summary>A loopback port nothing listens on: the connection is refused at once.</summary>
    private const string Unreachable = "127.0.0.1:9/issuer";

    [Theory]
    [InlineData("http://login.example.invalid/hub")]
    [InlineData("login.example.invalid/hub")]
    [InlineData("ftp://login.example.invalid/hub")]
    public void Start_ProductionAuthorityNotHttps_RefusesToStartNamingTheSetting(string authority)
    {
        // arrange
        using var hub = new ProductionHubFactory(authority: authority);

        // act
        var refused = Assert.ThrowsAny<Exception>(() => hub.CreateClient());

        // assert
        var error = Assert.IsType<InvalidOperationException>(refused.GetBaseException());
        Assert.Contains("Hub:Identity:Authority", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQLPost_HttpAuthorityAllowedForATestIssuerButUnreachable_Returns503WithAClearError()
    {
        // arrange
        using var hub = new ProductionHubFactory(authority: "http://" + Unreachable, requireHttpsMetadata: false);
        var client = new HubClient(hub.CreateClient(), "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwIn0.c2ln");

        // act
        var response = await client.PostAsync("{ me { name } }");

        // assert
        Assert.Equal(503, response.Status);
        Assert.Null(response.Body["data"]);
        Assert.Equal("ISSUER_UNAVAILABLE", (string?)response.Errors![0]["extensions"]!["code"]);
    }

    [Fact]
    public async Task GraphQLPost_HttpsIssuerUnreachable_Returns503NoStore()
    {
        // arrange
        using var hub = new ProductionHubFactory(authority: "https://" + Unreachable);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ me { name } }" }) };
        request.Headers.Authorization = new("Bearer", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwIn0.c2ln");

        // act
        using var response = await hub.CreateClient().SendAsync(request);

        // assert
        Assert.Equal(503, (int)response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("issuer cannot be reached", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQLPost_IssuerUnreachableAndNoToken_Returns401()
    {
        // arrange: without a token there is nothing to check with the issuer
        using var hub = new ProductionHubFactory(authority: "https://" + Unreachable);

        // act
        var response = await new HubClient(hub.CreateClient(), token: null).PostAsync("{ me { name } }");

        // assert
        Assert.Equal(401, response.Status);
        Assert.Equal("UNAUTHENTICATED", (string?)response.Errors![0]["extensions"]!["code"]);
    }
}
