using Hub.Transport.Tests.Support;

namespace Hub.Transport.Tests.WebSockets;

/// <summary>A subscription's stream on the socket: each event is next; the stream's end is complete, its failure error; the client's complete stops it.</summary>
public sealed class StreamTests(SocketAppFixture app) : IClassFixture<SocketAppFixture>
{
    [Fact]
    public async Task Socket_Subscription_EachEventSentAsNext()
    {
        // arrange
        const string Topic = "each-event";
        await using var socket = await SocketClient.ConnectAsAsync(app.SocketUri);
        await app.SubscribeLiveAsync(socket, "s", Topic);

        // act
        app.Events.Publish(Topic, "first");
        app.Events.Publish(Topic, "second");
        var messages = new[] { await socket.ReceiveAsync(), await socket.ReceiveAsync() };

        // assert
        Assert.Equal(["next", "next"], messages.Select(m => (string?)m!["type"]));
        Assert.Equal(["s", "s"], messages.Select(m => (string?)m!["id"]));
        Assert.Equal(["first", "second"], messages.Select(m => (string?)m!["payload"]!["data"]!["events"]));
    }

    [Fact]
    public async Task Socket_StreamCompletes_CompleteSentAndTheStreamReleased()
    {
        // arrange
        const string Topic = "completes";
        await using var socket = await SocketClient.ConnectAsAsync(app.SocketUri);
        await app.SubscribeLiveAsync(socket, "s", Topic);

        // act
        app.Events.Complete(Topic);
        var complete = await socket.ReceiveAsync();

        // assert
        Assert.Equal("complete", (string?)complete!["type"]);
        Assert.Equal("s", (string?)complete["id"]);
        Assert.True(await socket.QuietForAsync(TimeSpan.FromMilliseconds(500)));
        Assert.Equal(0, app.Events.Subscribers(Topic));
    }

    [Fact]
    public async Task Socket_StreamFails_ErrorSentAndTheSocketStaysOpen()
    {
        // arrange
        const string Topic = "fails";
        await using var socket = await SocketClient.ConnectAsAsync(app.SocketUri);
        await app.SubscribeLiveAsync(socket, "s", Topic);

        // act
        app.Events.Fail(Topic, new InvalidOperationException("the feed broke"));
        var error = await socket.ReceiveAsync();
        await socket.SendAsync(new { type = "ping" });
        var pong = await socket.ReceiveAsync();

        // assert
        Assert.Equal("error", (string?)error!["type"]);
        Assert.Equal("s", (string?)error["id"]);
        Assert.DoesNotContain("the feed broke", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("pong", (string?)pong!["type"]);
    }

    [Fact]
    public async Task Socket_ClientCompletes_NoMoreEventsAndTheSocketStaysOpen()
    {
        // arrange
        const string Topic = "client-completes";
        await using var socket = await SocketClient.ConnectAsAsync(app.SocketUri);
        await app.SubscribeLiveAsync(socket, "s", Topic);

        // act
        await socket.SendAsync(new { id = "s", type = "complete" });
        for (var i = 0; i < 100 && app.Events.Subscribers(Topic) > 0; i++)
        {
            await Task.Delay(50);
        }

        app.Events.Publish(Topic, "too late");

        // assert
        Assert.Equal(0, app.Events.Subscribers(Topic));
        Assert.True(await socket.QuietForAsync(TimeSpan.FromMilliseconds(500)));
    }
}
