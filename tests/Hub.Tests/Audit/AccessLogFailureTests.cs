using Hub.Audit;
using Hub.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace Hub.Tests.Audit;

/// <summary>No personal data leaves the hub unless its log rows are durable.</summary>
public sealed class AccessLogFailureTests : IClassFixture<HubFactory>, IDisposable
{
    private const string Query = "query Page { pupils(first: 5) { totalCount nodes { givenName familyName placements { level } } } }";
    private readonly HubFactory _hub;
    private readonly WebApplicationFactory<Program> _failing;

    public AccessLogFailureTests(HubFactory hub)
    {
        _hub = hub;
        _failing = hub.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IAccessLogStore, FailingAccessLogStore>()));
    }

    [Fact]
    public async Task PupilsQuery_LogCannotBeWritten_ReturnsNoDataAndAccessLogUnavailable()
    {
        // arrange
        var client = FailingClient("school-teacher");

        // act
        var response = await client.PostAsync(Query);

        // assert
        Assert.Equal(JTokenType.Null, response.Body["data"]!.Type);
        Assert.Equal("ACCESS_LOG_UNAVAILABLE", (string?)response.Errors![0]!["extensions"]!["code"]);
        response.Snapshot.MatchSnapshot();
    }

    [Fact]
    public async Task PupilsQuery_LogCannotBeWritten_WritesNoRow()
    {
        // arrange
        var client = FailingClient("school-principal");
        var before = LogRows.All(_hub).Count;

        // act
        await client.PostAsync(Query);

        // assert
        Assert.Equal(before, LogRows.All(_hub).Count);
    }

    public void Dispose() => _failing.Dispose();

    private HubClient FailingClient(string persona) => new(_failing.CreateClient(), _hub.TokenFor(persona));
}
