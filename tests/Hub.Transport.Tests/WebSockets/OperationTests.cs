using Hub.Transport.Tests.Support;

namespace Hub.Transport.Tests.WebSockets;

/// <summary>Operations on one socket: a query or mutation is next then complete; ids are unique; the count is capped; none outlives its socket.</summary>
public sealed class OperationTests(SocketAppFixture app) : IClassFixture<SocketAppFixture>
{
    private const string Events = "subscription($topic: String!) { events(topic: $topic) }";

    [Fact]
    public async Task Socket_QueryAndMutation_NextThenCompleteForEach()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsAsync(app.SocketUri);

        // act
        await socket.SubscribeAsync("q", "query($name: String) { hello(name: $name) }", new { name = "socket" });
        var query = new[] { await socket.ReceiveAsync(), await socket.ReceiveAsync() };
        await socket.SubscribeAsync("m", "mutation { increment }");
        var mutation = new[] { await socket.ReceiveAsync(), await socket.ReceiveAsync() };

        // assert
        Assert.Equal(["next", "complete"], query.Select(m => (string?)m!["type"]));
        Assert.Equal("Hello, socket!", (string?)query[0]!["payload"]!["data"]!["hello"]);
        Assert.Equal(["next", "complete"], mutation.Select(m => (string?)m!["type"]));
        Assert.Equal("m", (string?)mutation[0]!["id"]);
        Assert.True((int)mutation[0]!["payload"]!["data"]!["increment"]! > 0);
    }

    [Fact]
    public async Task Socket_Query_RunsAsTheAuthenticatedUser()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsAsync(app.SocketUri, TestWebSocketAuthenticator.ReaderToken);

        // act
        await socket.SubscribeAsync("q", "{ whoami }");
        var next = await socket.ReceiveAsync();

        // assert
        Assert.Equal(TestWebSocketAuthenticator.ReaderToken, (string?)next!["payload"]!["data"]!["whoami"]);
    }

    [Fact]
    public async Task Socket_InvalidDocument_ErrorMessageAndTheSocketStaysOpen()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsAsync(app.SocketUri);

        // act
        await socket.SubscribeAsync("bad", "{ noSuchField }");
        var error = await socket.ReceiveAsync();
        await socket.SendAsync(new { type = "ping" });
        var pong = await socket.ReceiveAsync();

        // assert
        Assert.Equal("error", (string?)error!["type"]);
        Assert.Equal("bad", (string?)error["id"]);
        Assert.Equal("pong", (string?)pong!["type"]);
    }

    [Fact]
    public async Task Socket_DuplicateOperationId_Closed4409()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsAsync(app.SocketUri);

        // act
        await socket.SubscribeAsync("same", Events, new { topic = "duplicate" });
        await socket.SubscribeAsync("same", Events, new { topic = "duplicate" });
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4409, code);
    }

    [Fact]
    public async Task Socket_OneOperationOverTheCap_Closed4400()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsAsync(app.SocketUri);
        for (var i = 0; i < SocketAppFixture.MaxOperationsPerSocket; i++)
        {
            await app.SubscribeLiveAsync(socket, $"s{i}", "over-the-cap");
        }

        // act
        await socket.SubscribeAsync("one-more", Events, new { topic = "over-the-cap" });
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4400, code);
    }

    [Fact]
    public async Task Socket_CompleteAndDisconnect_NoSubscriptionLeftBehind()
    {
        // arrange
        const string Topic = "left-behind";
        var socket = await SocketClient.ConnectAsAsync(app.SocketUri);
        await app.SubscribeLiveAsync(socket, "a", Topic);
        await app.SubscribeLiveAsync(socket, "b", Topic);

        // act
        await socket.SendAsync(new { id = "a", type = "complete" });
        await WaitUntilAsync(() => app.Events.Subscribers(Topic) == 1);
        await socket.DisposeAsync();
        await WaitUntilAsync(() => app.Events.Subscribers(Topic) == 0);

        // assert
        Assert.Equal(0, app.Events.Subscribers(Topic));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "the condition did not come true within five seconds");
    }
}
