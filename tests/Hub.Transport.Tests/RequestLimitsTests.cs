using System.Net;
using System.Text;
using Hub.Transport.Tests.Support;
using Snapshooter.Xunit;

namespace Hub.Transport.Tests;

/// <summary>The test host allows depth 5, complexity 50, parser depth 40 and the default 100 KB body.</summary>
public sealed class RequestLimitsTests(TestAppFixture fixture) : IClassFixture<TestAppFixture>
{
    [Fact]
    public async Task GraphQLPost_NestedDeeperThanAllowed_Returns400()
    {
        // arrange
        using var request = Http.Post("""{"query":"{ node { child { child { child { child { child { depth } } } } } } }"}""", Http.GraphQLResponse);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Fact]
    public async Task GraphQLPost_MoreComplexThanAllowed_Returns400()
    {
        // arrange
        using var request = Http.Post("""{"query":"{ items(first: 100) { depth } }"}""", Http.GraphQLResponse);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Fact]
    public async Task GraphQLPost_NestedBeyondParserDepth_Returns400()
    {
        // arrange
        var query = "{ node " + string.Concat(Enumerable.Repeat("{ child ", 30)) + "{ depth }" + new string('}', 31);
        using var request = Http.Post($$"""{"query":"{{query}}"}""", Http.GraphQLResponse);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Fact]
    public async Task GraphQLPost_BodyOverCap_Returns413()
    {
        // arrange
        using var request = Http.Post($$"""{"query":"{ hello }{{new string(' ', 100 * 1024)}}"}""");

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Fact]
    public async Task GraphQLPost_ChunkedBodyOverCap_Returns413()
    {
        // arrange
        var body = Encoding.UTF8.GetBytes($$"""{"query":"{ hello }{{new string(' ', 100 * 1024)}}"}""");
        using var request = Http.Post(string.Empty);
        request.Content = new UnsizedContent(body) { Headers = { ContentType = new("application/json") } };

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task GraphQLPost_BodyOverConfiguredCap_Returns413()
    {
        // arrange
        await using var app = await TestApp.StartAsync(options => options.Settings["GraphQLHttp:MaxRequestBodyBytes"] = "16");
        using var request = Http.Post("""{"query":"{ hello }"}""");

        // act
        using var response = await app.Client.SendAsync(request);

        // assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task GraphQLPost_QueryOverConfiguredLength_Returns400()
    {
        // arrange
        await using var app = await TestApp.StartAsync(options => options.Settings["GraphQLHttp:MaxQueryLength"] = "8");
        using var request = Http.Post("""{"query":"{ hello }"}""", Http.GraphQLResponse);

        // act
        using var response = await app.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    /// <summary>A body sent without Content-Length, so the cap must be enforced while reading.</summary>
    private sealed class UnsizedContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
