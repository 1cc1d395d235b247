using System.Net.WebSockets;
using Hub.Transport.Tests.Support;

namespace Hub.Transport.Tests.WebSockets;

/// <summary>What a client may send: well-formed text messages of known types under the size cap; ping is answered.</summary>
public sealed class MessageTests(SocketAppFixture app) : IClassFixture<SocketAppFixture>
{
    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"type\": 42}")]
    [InlineData("{\"type\": \"no_such_type\"}")]
    public async Task Socket_InvalidMessage_Closed4400(string message)
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsync(app.SocketUri);

        // act
        await socket.SendTextAsync(message);
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4400, code);
    }

    [Fact]
    public async Task Socket_BinaryMessage_Closed4400()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsAsync(app.SocketUri);

        // act
        await socket.SendBinaryAsync("{\"type\":\"ping\"}"u8.ToArray());
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4400, code);
    }

    [Fact]
    public async Task Socket_MessageOverTheCap_Closed1009()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsAsync(app.SocketUri);

        // act
        await socket.SubscribeAsync("big", "{ hello }" + new string(' ', SocketAppFixture.MaxMessageBytes));
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal((int)WebSocketCloseStatus.MessageTooBig, code);
    }

    [Fact]
    public async Task Socket_Ping_AnsweredWithPong()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsAsync(app.SocketUri);

        // act
        await socket.SendAsync(new { type = "ping" });
        var pong = await socket.ReceiveAsync();

        // assert
        Assert.Equal("pong", (string?)pong!["type"]);
    }
}
