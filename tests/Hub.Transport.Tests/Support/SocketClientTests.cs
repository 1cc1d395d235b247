namespace Hub.Transport.Tests.Support;

/// <summary>The test client itself: "quiet" must mean an open socket with nothing to say, never a socket that has gone.</summary>
public sealed class SocketClientTests(SocketAppFixture app) : IClassFixture<SocketAppFixture>
{
    [Fact]
    public async Task QuietForAsync_SocketClosedByTheServer_IsNotQuiet()
    {
        // arrange: an invalid message makes the server close the socket.
        await using var socket = await SocketClient.ConnectAsAsync(app.SocketUri);
        await socket.SendTextAsync("not json");

        // act
        var quiet = await socket.QuietForAsync(TimeSpan.FromMilliseconds(500));

        // assert
        Assert.False(quiet);
        Assert.Equal(4400, await socket.ClosedWithAsync());
    }

    [Fact]
    public async Task QuietForAsync_OpenSocketWithNothingToSay_IsQuiet()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsAsync(app.SocketUri);

        // act
        var quiet = await socket.QuietForAsync(TimeSpan.FromMilliseconds(500));

        // assert
        Assert.True(quiet);
        Assert.Null(socket.CloseStatus);
    }
}
