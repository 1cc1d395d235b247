using System.Net;
using Hub.Transport.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace Hub.Transport.Tests;

/// <summary>Requests refused before GraphQL sees them: 4xx whatever media type was asked for.</summary>
public sealed class GraphQLPostRequestTests(TestAppFixture fixture) : IClassFixture<TestAppFixture>
{
    [Theory]
    [InlineData(Http.Json)]
    [InlineData(Http.GraphQLResponse)]
    public async Task GraphQLPost_MalformedJson_Returns400(string accept)
    {
        // arrange
        using var request = Http.Post("""{ "not a JSON""", accept);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot(SnapshotNameExtension.Create(accept.Replace('/', '_')));
    }

    [Fact]
    public async Task GraphQLPost_EmptyBody_Returns400()
    {
        // arrange
        using var request = Http.Post(string.Empty);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GraphQLPost_BatchArray_Returns400()
    {
        // arrange
        using var request = Http.Post("""[{"query":"{ hello }"},{"query":"{ hello }"}]""");

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Fact]
    public async Task GraphQLPost_MissingQuery_Returns400()
    {
        // arrange
        using var request = Http.Post("""{"qeury":"{ hello }"}""", Http.Json);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Theory]
    [InlineData("query", """{"query":{"obj":"ect"}}""")]
    [InlineData("query", """{"query":0}""")]
    [InlineData("operationName", """{"query":"{ hello }","operationName":false}""")]
    [InlineData("operationName", """{"query":"{ hello }","operationName":["array"]}""")]
    [InlineData("variables", """{"query":"{ hello }","variables":"{}"}""")]
    [InlineData("variables", """{"query":"{ hello }","variables":["array"]}""")]
    [InlineData("extensions", """{"query":"{ hello }","extensions":0}""")]
    [InlineData("extensions", """{"query":"{ hello }","extensions":true}""")]
    public async Task GraphQLPost_ParameterOfWrongType_Returns400(string parameter, string body)
    {
        // arrange
        using var request = Http.Post(body, Http.Json);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"'{parameter}'", (string?)(await response.BodyAsync())["errors"]?[0]?["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQLPost_NullOptionalParameters_ReturnsData()
    {
        // arrange
        using var request = Http.Post("""{"query":"{ hello }","operationName":null,"variables":null,"extensions":null}""", Http.GraphQLResponse);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Fact]
    public async Task GraphQLPost_NoContentType_Returns415()
    {
        // arrange
        using var request = Http.Post("""{"query":"{ hello }"}""", contentType: null);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=utf-16")]
    public async Task GraphQLPost_UnsupportedContentType_Returns415(string contentType)
    {
        // arrange
        using var request = Http.Post("""{"query":"{ hello }"}""", contentType: contentType);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task GraphQLPost_Utf8CharsetAndNonAsciiText_ReturnsData()
    {
        // arrange
        using var request = Http.Post("""{"query":"{ hello(name: \"Åsa 🏊\") }"}""", contentType: "application/json; charset=utf-8");

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal("Hello, Åsa 🏊!", (string?)(await response.BodyAsync())["data"]?["hello"]);
    }
}
