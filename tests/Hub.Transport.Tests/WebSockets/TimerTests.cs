using System.Net.WebSockets;
using System.Text;
using Hub.Transport.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Transport.Tests.WebSockets;

/// <summary>What the server does on its own clock: the connection_init timeout, keep-alive pings, a credential that lapses.</summary>
public sealed class TimerTests(SocketAppFixture app) : IClassFixture<SocketAppFixture>
{
    [Fact]
    public async Task Socket_NoInitInTime_Closed4408()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsync(app.SocketUri);

        // act: this app waits three seconds for connection_init.
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4408, code);
    }

    [Fact]
    public async Task Socket_ServerKeepAlive_PingsTheClient()
    {
        // arrange: a bare socket, since the test client hides the server's pings.
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(SocketClient.SubProtocol);
        await socket.ConnectAsync(app.SocketUri, CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"type\":\"connection_init\",\"payload\":{\"token\":\"reader\"}}"),
            WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        var buffer = new byte[4096];
        var types = new List<string>();

        // act: this app pings every second.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (!types.Contains("ping"))
        {
            var received = await socket.ReceiveAsync(buffer, timeout.Token);
            types.Add((string)JObject.Parse(Encoding.UTF8.GetString(buffer, 0, received.Count))["type"]!);
        }

        // assert
        Assert.Equal(["connection_ack", "ping"], types);
        socket.Abort();
    }

    [Fact]
    public async Task Socket_CredentialExpires_Closed4403()
    {
        // arrange: the authenticator says this credential holds for one second.
        await using var socket = await SocketClient.ConnectAsAsync(app.SocketUri, TestWebSocketAuthenticator.ExpiringToken);

        // act
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4403, code);
        Assert.Contains("expired", socket.CloseReason, StringComparison.Ordinal);
    }
}
