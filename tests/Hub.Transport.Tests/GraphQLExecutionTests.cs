using Hub.Transport.Tests.Support;
using Snapshooter.Xunit;

namespace Hub.Transport.Tests;

/// <summary>What the transport hands to execution: parameters, user, hooks and strategy.</summary>
public sealed class GraphQLExecutionTests(TestAppFixture fixture) : IClassFixture<TestAppFixture>
{
    [Fact]
    public async Task GraphQLPost_Variables_AreApplied()
    {
        // arrange
        using var request = Http.Post("""{"query":"query ($name: String) { hello(name: $name) }","variables":{"name":"Ada"}}""");

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Fact]
    public async Task GraphQLPost_OperationName_SelectsThatOperation()
    {
        // arrange
        using var request = Http.Post("""{"query":"query A { hello } query B { hello(name: \"B\") }","operationName":"B"}""");

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal("Hello, B!", (string?)(await response.BodyAsync())["data"]?["hello"]);
    }

    [Fact]
    public async Task GraphQLPost_Mutation_Runs()
    {
        // arrange
        await using var app = await TestApp.StartAsync();
        using var request = Http.Post("""{"query":"mutation { increment }"}""", Http.GraphQLResponse);

        // act
        using var response = await app.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Fact]
    public async Task GraphQLPost_AuthenticatedUser_ReachesResolvers()
    {
        // arrange
        using var request = Http.Post("""{"query":"{ whoami }"}""").WithBearer(TestAuthHandler.OutsiderToken);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal(TestAuthHandler.OutsiderToken, (string?)(await response.BodyAsync())["data"]?["whoami"]);
    }

    [Fact]
    public async Task GraphQLPost_ConfigureExecutionHook_BuildsUserContext()
    {
        // arrange
        await using var app = await TestApp.StartAsync(options => options.Http = http => http.ConfigureExecution = (context, execution) =>
        {
            execution.UserContext["tenant"] = context.Request.Headers["X-Tenant"] is { Count: 1 } tenant ? tenant.ToString() : null;
            return ValueTask.CompletedTask;
        });
        using var request = Http.Post("""{"query":"{ tenant }"}""");
        request.Headers.Add("X-Tenant", "north");

        // act
        using var response = await app.Client.SendAsync(request);

        // assert
        Assert.Equal("north", (string?)(await response.BodyAsync())["data"]?["tenant"]);
    }

    [Fact]
    public async Task GraphQLPost_Query_RunsSerially()
    {
        // arrange
        using var request = Http.Post("""{"query":"{ strategy }"}""");

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal("SerialExecutionStrategy", (string?)(await response.BodyAsync())["data"]?["strategy"]);
    }
}
