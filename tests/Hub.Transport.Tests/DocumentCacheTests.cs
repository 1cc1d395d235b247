using System.Net;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Hub.Transport.Tests.Support;

namespace Hub.Transport.Tests;

public sealed class DocumentCacheTests
{
    private const string ItemsQuery = "query Items($n: Int) { items(first: $n) { depth } }";

    [Fact]
    public async Task DocumentCache_SameQueryTwice_ParsesOnceAndAnswersAlike()
    {
        // arrange
        var parser = new CountingDocumentBuilder();
        await using var app = await StartAsync(parser);
        using var first = await app.Client.SendAsync(Http.Post("""{"query":"{ hello items { depth } }"}"""));
        using var request = Http.Post("""{"query":"{ hello items { depth } }"}""");

        // act
        using var second = await app.Client.SendAsync(request);

        // assert
        Assert.Equal(1, parser.Builds);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DocumentCache_HitWithTooComplexVariables_Returns400()
    {
        // arrange
        var parser = new CountingDocumentBuilder();
        await using var app = await StartAsync(parser);
        using var cheap = await app.Client.SendAsync(Http.Post($$$"""{"query":"{{{ItemsQuery}}}","variables":{"n":2}}"""));
        Assert.Equal(HttpStatusCode.OK, cheap.StatusCode);
        using var request = Http.Post($$$"""{"query":"{{{ItemsQuery}}}","variables":{"n":100}}""", Http.GraphQLResponse);

        // act
        using var response = await app.Client.SendAsync(request);

        // assert
        Assert.Equal(1, parser.Builds);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("COMPLEXITY", (string?)(await response.BodyAsync())["errors"]?[0]?["extensions"]?["code"]);
    }

    [Fact]
    public async Task DocumentCache_InvalidQuery_IsNotKept()
    {
        // arrange
        var parser = new CountingDocumentBuilder();
        await using var app = await StartAsync(parser);
        using var first = await app.Client.SendAsync(Http.Post("""{"query":"{ noSuchField }"}"""));
        using var request = Http.Post("""{"query":"{ noSuchField }"}""");

        // act
        using var second = await app.Client.SendAsync(request);

        // assert
        Assert.Equal(2, parser.Builds);
    }

    private static Task<TestApp> StartAsync(CountingDocumentBuilder parser) =>
        TestApp.StartAsync(options => options.GraphQL = graphQL => graphQL.Services.Register<IDocumentBuilder>(parser, replace: true));

    /// <summary>The standard parser, counting its calls: a cache hit is a request that did not parse.</summary>
    private sealed class CountingDocumentBuilder : IDocumentBuilder
    {
        private readonly GraphQLDocumentBuilder _inner = new();
        private int _builds;

        public int Builds => Volatile.Read(ref _builds);

        public GraphQLDocument Build(string body)
        {
            Interlocked.Increment(ref _builds);
            return _inner.Build(body);
        }
    }
}
