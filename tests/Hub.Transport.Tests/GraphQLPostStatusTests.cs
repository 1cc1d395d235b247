using System.Net;
using Hub.Transport.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace Hub.Transport.Tests;

/// <summary>
/// Requests GraphQL refuses before execution: 400 without a data key for
/// application/graphql-response+json, 200 with errors for application/json.
/// </summary>
public sealed class GraphQLPostStatusTests(TestAppFixture fixture) : IClassFixture<TestAppFixture>
{
    private const string ParseError = """{"query":"{"}""";
    private const string ValidationError = """{"query":"{ noSuchField }"}""";
    private const string CoercionError = """{"query":"query ($name: String!) { hello(name: $name) }","variables":{"name":null}}""";

    [Theory]
    [InlineData("parse", ParseError)]
    [InlineData("validation", ValidationError)]
    [InlineData("coercion", CoercionError)]
    public async Task GraphQLPost_RequestErrorAcceptingGraphQLResponse_Returns400WithoutData(string kind, string body)
    {
        // arrange
        using var request = Http.Post(body, Http.GraphQLResponse);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot(SnapshotNameExtension.Create(kind));
    }

    [Theory]
    [InlineData("parse", ParseError)]
    [InlineData("validation", ValidationError)]
    [InlineData("coercion", CoercionError)]
    public async Task GraphQLPost_RequestErrorAcceptingJson_Returns200WithErrors(string kind, string body)
    {
        // arrange
        using var request = Http.Post(body, Http.Json);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot(SnapshotNameExtension.Create(kind));
    }

    [Fact]
    public async Task GraphQLPost_UnknownOperationName_Returns400()
    {
        // arrange
        using var request = Http.Post("""{"query":"query A { hello }","operationName":"B"}""", Http.GraphQLResponse);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GraphQLPost_Subscription_Returns400()
    {
        // arrange
        using var request = Http.Post("""{"query":"subscription { ticks }"}""", Http.GraphQLResponse);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Fact]
    public async Task GraphQLPost_FieldErrorAcceptingGraphQLResponse_Returns200WithData()
    {
        // arrange
        using var request = Http.Post("""{"query":"{ hello denied }"}""", Http.GraphQLResponse);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }
}
