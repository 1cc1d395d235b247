using Hub.Tests.Support;

namespace Hub.Tests.Events;

/// <summary>
/// A token that only the issuer's keys could check, while the issuer is unreachable: a socket is
/// closed with 1011 and a reason (the server could not go on; the client may retry), not 4400 as if
/// its message were bad; over HTTP it is 503. A token the hub's own keys validate still works.
/// </summary>
public sealed class IssuerUnavailableSocketTests(UnreachableIssuerHub hub) : IClassFixture<UnreachableIssuerHub>
{
    [Fact]
    public async Task Socket_IssuerUnreachable_Closed1011WithAReason()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsync(hub);

        // act
        await socket.SendAsync(new { type = "connection_init", payload = new { token = new TokenForge(hub).Create(key: TokenForge.ForeignKey()) } });
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(1011, code);
        Assert.Contains("could not be checked", socket.CloseReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQLPost_IssuerUnreachable_Returns503IssuerUnavailable()
    {
        // arrange
        var client = new HubClient(hub.CreateClient(), new TokenForge(hub).Create(key: TokenForge.ForeignKey()));

        // act
        var response = await client.PostAsync("{ me { name } }");

        // assert
        Assert.Equal(503, response.Status);
        Assert.Equal("ISSUER_UNAVAILABLE", (string?)response.Errors![0]["extensions"]!["code"]);
    }

    [Fact]
    public async Task GraphQLPost_IssuerUnreachableButTokenSignedByTheHubsOwnKey_IsAnswered()
    {
        // arrange: the positive control: nothing needed the issuer
        var client = hub.ClientFor("school-teacher");

        // act
        var response = await client.PostAsync("{ me { name } }");

        // assert
        Assert.Equal(200, response.Status);
        Assert.Equal("Sara Lind", (string?)response.Data["me"]!["name"]);
    }

    [Fact]
    public async Task Socket_IssuerUnreachableButTokenSignedByTheHubsOwnKey_IsAcknowledged()
    {
        // act
        await using var socket = await SocketClient.ConnectAsAsync(hub, "school-teacher");

        // assert
        Assert.Null(socket.CloseStatus);
    }
}
