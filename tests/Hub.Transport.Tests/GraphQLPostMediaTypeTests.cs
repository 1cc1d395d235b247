using Hub.Transport.Tests.Support;
using Snapshooter.Xunit;

namespace Hub.Transport.Tests;

public sealed class GraphQLPostMediaTypeTests(TestAppFixture fixture) : IClassFixture<TestAppFixture>
{
    private const string HelloQuery = """{"query":"{ hello }"}""";

    [Fact]
    public async Task GraphQLPost_NoAccept_ReturnsJson()
    {
        // arrange
        using var request = Http.Post(HelloQuery);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Fact]
    public async Task GraphQLPost_AcceptGraphQLResponse_ReturnsGraphQLResponse()
    {
        // arrange
        using var request = Http.Post(HelloQuery, accept: Http.GraphQLResponse);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Fact]
    public async Task GraphQLPost_AcceptJson_ReturnsJson()
    {
        // arrange
        using var request = Http.Post(HelloQuery, accept: Http.Json);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task GraphQLPost_AcceptAnything_ReturnsJson()
    {
        // arrange
        using var request = Http.Post(HelloQuery, accept: "*/*");

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task GraphQLPost_AcceptBothInOrder_ReturnsFirst()
    {
        // arrange
        using var request = Http.Post(HelloQuery, accept: $"{Http.GraphQLResponse}, {Http.Json}");

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task GraphQLPost_AcceptJsonWithHigherQuality_ReturnsJson()
    {
        // arrange
        using var request = Http.Post(HelloQuery, accept: $"{Http.GraphQLResponse};q=0.5, {Http.Json};q=0.9");

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task GraphQLPost_AcceptSpecificAfterWildcard_PrefersSpecific()
    {
        // arrange
        using var request = Http.Post(HelloQuery, accept: $"*/*, {Http.GraphQLResponse}");

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task GraphQLPost_AcceptOnlyUnsupported_Returns406()
    {
        // arrange
        using var request = Http.Post(HelloQuery, accept: "text/html, application/xml;q=0.9");

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }
}
