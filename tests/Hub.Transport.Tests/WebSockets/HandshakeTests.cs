using Hub.Transport.Tests.Support;

namespace Hub.Transport.Tests.WebSockets;

/// <summary>Opening a <c>graphql-transport-ws</c> socket: the sub-protocol, <c>connection_init</c> and its authentication, the ack.</summary>
public sealed class HandshakeTests(SocketAppFixture app) : IClassFixture<SocketAppFixture>
{
    [Fact]
    public async Task Socket_NoSubProtocol_Closed4406()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsync(app.SocketUri, subProtocol: null);

        // act
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4406, code);
    }

    [Fact]
    public async Task Socket_SubscribeBeforeAck_Closed4401()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsync(app.SocketUri);

        // act
        await socket.SubscribeAsync("1", "{ hello }");
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4401, code);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("")]
    public async Task Socket_InitRefusedByTheAuthenticator_Closed4403(string token)
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsync(app.SocketUri);

        // act
        await socket.InitAsync(token);
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4403, code);
    }

    [Fact]
    public async Task Socket_AuthenticatorFails_Closed1011WithAReason()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsync(app.SocketUri);

        // act
        await socket.InitAsync(TestWebSocketAuthenticator.BrokenToken);
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(1011, code);
        Assert.Contains("could not be checked", socket.CloseReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Socket_SecondInit_Closed4429()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsAsync(app.SocketUri);

        // act
        await socket.InitAsync(TestWebSocketAuthenticator.ReaderToken);
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4429, code);
    }
}
