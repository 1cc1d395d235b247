using System.Net;
using Hub.Transport.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace Hub.Transport.Tests;

public sealed class GraphQLGetTests(TestAppFixture fixture) : IClassFixture<TestAppFixture>
{
    [Fact]
    public async Task GraphQLGet_Query_ReturnsData()
    {
        // arrange
        using var request = Http.Get("query=" + Uri.EscapeDataString("{ hello }"));

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Fact]
    public async Task GraphQLGet_VariablesAsJson_AreApplied()
    {
        // arrange
        var query = Uri.EscapeDataString("query Greet($name: String) { hello(name: $name) }");
        var variables = Uri.EscapeDataString("""{"name":"Get"}""");
        using var request = Http.Get($"query={query}&variables={variables}&operationName=Greet", Http.GraphQLResponse);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal("Hello, Get!", (string?)(await response.BodyAsync())["data"]?["hello"]);
    }

    [Fact]
    public async Task GraphQLGet_MalformedVariables_Returns400()
    {
        // arrange
        using var request = Http.Get("query=" + Uri.EscapeDataString("{ hello }") + "&variables=%7Bnot-json");

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Fact]
    public async Task GraphQLGet_MissingQuery_Returns400()
    {
        // arrange
        using var request = Http.Get("operationName=Q");

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GraphQLGet_RepeatedQueryParameter_Returns400()
    {
        // arrange
        using var request = Http.Get("query=%7B%20hello%20%7D&query=%7B%20whoami%20%7D");

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GraphQLGet_Mutation_Returns405WithoutRunningIt()
    {
        // arrange
        await using var app = await TestApp.StartAsync();
        using var request = Http.Get("query=" + Uri.EscapeDataString("mutation { increment }"), Http.GraphQLResponse);

        // act
        using var response = await app.Client.SendAsync(request);

        // assert
        Assert.Equal(0, app.Services.GetRequiredService<Counter>().Value);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Fact]
    public async Task GraphQLGet_MutationAlreadyCachedByPost_Returns405()
    {
        // arrange
        await using var app = await TestApp.StartAsync();
        const string Mutation = "mutation { increment }";
        using var post = Http.Post($$"""{"query":"{{Mutation}}"}""");
        using var posted = await app.Client.SendAsync(post);
        using var request = Http.Get("query=" + Uri.EscapeDataString(Mutation));

        // act
        using var response = await app.Client.SendAsync(request);

        // assert
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(1, app.Services.GetRequiredService<Counter>().Value);
    }

    [Fact]
    public async Task GraphQLGet_DisabledInConfiguration_Returns405()
    {
        // arrange
        await using var app = await TestApp.StartAsync(options => options.Settings["GraphQLHttp:AllowGet"] = "false");
        using var request = Http.Get("query=" + Uri.EscapeDataString("{ hello }"));

        // act
        using var response = await app.Client.SendAsync(request);

        // assert
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task GraphQLPut_AnyBody_Returns405()
    {
        // arrange
        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql");

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
