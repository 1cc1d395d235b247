using System.Net;
using Hub.Transport.Tests.Support;

namespace Hub.Transport.Tests;

/// <summary>
/// No answer of the endpoint may be kept by a browser, proxy or gateway: every response carries
/// <c>Cache-Control: no-store</c>, whatever its status and whoever wrote it.
/// </summary>
public sealed class GraphQLCacheControlTests(TestAppFixture fixture) : IClassFixture<TestAppFixture>
{
    public static TheoryData<string, HttpStatusCode> Requests => new()
    {
        { "query", HttpStatusCode.OK },
        { "get", HttpStatusCode.OK },
        { "parse-error", HttpStatusCode.BadRequest },
        { "bad-json", HttpStatusCode.BadRequest },
        { "unsupported-media-type", HttpStatusCode.UnsupportedMediaType },
        { "not-acceptable", HttpStatusCode.NotAcceptable },
        { "mutation-over-get", HttpStatusCode.MethodNotAllowed },
        { "no-token", HttpStatusCode.Unauthorized },
        { "forbidden", HttpStatusCode.Forbidden },
        { "secure-query", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task GraphQLRequest_AnyOutcome_ResponseIsNoStore(string kind, HttpStatusCode expected)
    {
        // arrange
        using var request = kind switch
        {
            "query" => Http.Post("""{"query":"{ hello }"}"""),
            "get" => Http.Get("query=" + Uri.EscapeDataString("{ hello }")),
            "parse-error" => Http.Post("""{"query":"{"}""", Http.GraphQLResponse),
            "bad-json" => Http.Post("""{"query":""", Http.GraphQLResponse),
            "unsupported-media-type" => Http.Post("""{"query":"{ hello }"}""", contentType: "text/plain"),
            "not-acceptable" => Http.Post("""{"query":"{ hello }"}""", accept: "text/html"),
            "mutation-over-get" => Http.Get("query=" + Uri.EscapeDataString("mutation { increment }"), Http.GraphQLResponse),
            "no-token" => Http.Post("""{"query":"{ hello }"}""", path: TestApp.SecurePath),
            "forbidden" => Http.Post("""{"query":"{ hello }"}""", path: TestApp.SecurePath).WithBearer(TestAuthHandler.OutsiderToken),
            _ => Http.Post("""{"query":"{ hello }"}""", path: TestApp.SecurePath).WithBearer(TestAuthHandler.ReaderToken),
        };

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal(expected, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{kind}: Cache-Control is '{response.Headers.CacheControl}'");
    }
}
