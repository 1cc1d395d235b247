using Hub.Tests.Support;

namespace Hub.Tests.Events;

/// <summary>
/// The hub's authentication of a socket's <c>connection_init</c>: a token the hub does not accept
/// closes it with 4403, as over HTTP. The protocol itself is the transport's, tested there.
/// </summary>
public sealed class SocketAuthenticationTests(LiveHub hub) : IClassFixture<LiveHub>
{
    [Theory]
    [InlineData("not-a-token")]
    [InlineData("")]
    public async Task Socket_InitWithoutAValidToken_Closed4403(string token)
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsync(hub);

        // act
        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4403, code);
    }

    [Fact]
    public async Task Socket_TokenForAUnitTheHubDoesNotKnow_Closed4403()
    {
        // arrange
        var token = new TokenForge(hub).Create(unit: "school:nowhere");
        await using var socket = await SocketClient.ConnectAsync(hub);

        // act
        await socket.SendAsync(new { type = "connection_init", payload = new { token } });
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4403, code);
    }
}
