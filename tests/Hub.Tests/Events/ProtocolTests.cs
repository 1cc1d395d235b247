using System.Net.WebSockets;
using Hub.Api;
using Hub.Events;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Events;

/// <summary>The <c>graphql-transport-ws</c> protocol on raw sockets: every close code, ping and pong, queries and mutations, complete.</summary>
public sealed class ProtocolTests(ShortLivedHub hub) : IClassFixture<ShortLivedHub>
{
    [Fact]
    public async Task Socket_NoSubProtocol_Closed4406()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsync(hub, subProtocol: null);

        // act
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4406, code);
    }

    [Fact]
    public async Task Socket_NoInitInTime_Closed4408()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsync(hub);

        // act: this hub waits three seconds for connection_init.
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4408, code);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"type\": 42}")]
    [InlineData("{\"type\": \"no_such_type\"}")]
    public async Task Socket_InvalidMessage_Closed4400(string message)
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsync(hub);

        // act
        await socket.SendTextAsync(message);
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4400, code);
    }

    [Fact]
    public async Task Socket_SubscribeBeforeAck_Closed4401()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsync(hub);

        // act
        await socket.SubscribeAsync("1", "{ me { name } }");
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4401, code);
    }

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

    [Fact]
    public async Task Socket_DuplicateOperationId_Closed4409()
    {
        // arrange
        var id = GlobalId.Encode("Pupil", new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher")).Id);
        await using var socket = await SocketClient.ConnectAsAsync(hub, "school-teacher");
        const string Subscription = "subscription($id: ID!) { pupilEvents(pupilId: $id) { kind } }";

        // act
        await socket.SubscribeAsync("same", Subscription, new { id });
        await socket.SubscribeAsync("same", Subscription, new { id });
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4409, code);
    }

    [Fact]
    public async Task Socket_SecondInit_Closed4429()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsAsync(hub, "school-teacher");

        // act
        await socket.SendAsync(new { type = "connection_init", payload = new { token = hub.TokenFor("school-teacher") } });
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4429, code);
    }

    [Fact]
    public async Task Socket_MessageOverTheCap_Closed1009()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsAsync(hub, "school-teacher");

        // act
        await socket.SubscribeAsync("big", "{ me { name } }" + new string(' ', ShortLivedHub.MaxMessageBytes));
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal((int)WebSocketCloseStatus.MessageTooBig, code);
    }

    [Fact]
    public async Task Socket_OneOperationOverTheCap_Closed4400()
    {
        // arrange
        var id = GlobalId.Encode("Pupil", new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher")).Id);
        await using var socket = await SocketClient.ConnectAsAsync(hub, "school-teacher");
        for (var i = 0; i < ShortLivedHub.MaxOperationsPerSocket; i++)
        {
            await hub.SubscribeLiveAsync(socket, $"s{i}", "subscription($id: ID!) { pupilEvents(pupilId: $id) { kind } }", new { id });
        }

        // act
        await socket.SubscribeAsync("one-more", "subscription($id: ID!) { pupilEvents(pupilId: $id) { kind } }", new { id });
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4400, code);
    }

    [Fact]
    public async Task Socket_Ping_AnsweredWithPong()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsAsync(hub, "school-teacher");

        // act
        await socket.SendAsync(new { type = "ping" });
        var pong = await socket.ReceiveAsync();

        // assert
        Assert.Equal("pong", (string?)pong!["type"]);
    }

    [Fact]
    public async Task Socket_QueryAndMutation_NextThenCompleteForEach()
    {
        // arrange
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-principal"));
        await using var socket = await SocketClient.ConnectAsAsync(hub, "school-principal");

        // act
        await socket.SubscribeAsync("q", "{ me { name role } }");
        var query = new[] { await socket.ReceiveAsync(), await socket.ReceiveAsync() };
        await socket.SubscribeAsync("m", "mutation($p: ID!) { reportAbsence(input: { pupilId: $p, term: \"2026-HT\", percent: 4 }) { absence { percent } errors { code } } }",
            new { p = GlobalId.Encode("Pupil", pupil.Id) });
        var mutation = new[] { await socket.ReceiveAsync(), await socket.ReceiveAsync() };

        // assert
        Assert.Equal(["next", "complete"], query.Select(m => (string?)m!["type"]));
        Assert.Equal("Johan Ek", (string?)query[0]!["payload"]!["data"]!["me"]!["name"]);
        Assert.Equal(["next", "complete"], mutation.Select(m => (string?)m!["type"]));
        Assert.Equal(4.0, (double)mutation[0]!["payload"]!["data"]!["reportAbsence"]!["absence"]!["percent"]!);
    }

    [Fact]
    public async Task Socket_InvalidDocument_ErrorMessageAndTheSocketStaysOpen()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsAsync(hub, "school-teacher");

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
    public async Task Socket_ServerKeepAlive_PingsTheClient()
    {
        // arrange
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(hub.SocketUri, CancellationToken.None);
        await socket.SendAsync("{\"type\":\"connection_init\",\"payload\":{\"token\":\""u8.ToArray().Concat(System.Text.Encoding.UTF8.GetBytes(hub.TokenFor("school-teacher"))).Concat("\"}}"u8.ToArray()).ToArray(),
            WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        var buffer = new byte[4096];
        var types = new List<string>();

        // act: this hub pings every second.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (!types.Contains("ping"))
        {
            var received = await socket.ReceiveAsync(buffer, timeout.Token);
            types.Add((string)Newtonsoft.Json.Linq.JObject.Parse(System.Text.Encoding.UTF8.GetString(buffer, 0, received.Count))["type"]!);
        }

        // assert
        Assert.Equal(["connection_ack", "ping"], types);
        socket.Abort();
        socket.Dispose();
    }

    [Fact]
    public async Task Socket_CompleteAndDisconnect_NoSubscriptionLeftBehind()
    {
        // arrange
        var bus = hub.Services.GetRequiredService<EventBus>();
        var id = GlobalId.Encode("Pupil", new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher")).Id);
        const string Subscription = "subscription($id: ID!) { pupilEvents(pupilId: $id) { kind } }";
        var before = bus.Subscribers;
        var socket = await SocketClient.ConnectAsAsync(hub, "school-teacher");
        await socket.SubscribeAsync("a", Subscription, new { id });
        await socket.SubscribeAsync("b", Subscription, new { id });
        await WaitUntilAsync(() => bus.Subscribers == before + 2);

        // act
        await socket.SendAsync(new { id = "a", type = "complete" });
        await WaitUntilAsync(() => bus.Subscribers == before + 1);
        await socket.DisposeAsync();
        await WaitUntilAsync(() => bus.Subscribers == before);

        // assert
        Assert.Equal(before, bus.Subscribers);
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
