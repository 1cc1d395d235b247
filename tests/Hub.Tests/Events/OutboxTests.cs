using Hub.Api;
using Hub.Events;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Events;

/// <summary>The outbox: nothing committed is lost between commit and delivery, and a subscriber can resume.</summary>
public sealed class OutboxTests(LiveHub hub) : IClassFixture<LiveHub>
{
    private const string PupilEvents = "subscription($id: ID!, $after: String) { pupilEvents(pupilId: $id, after: $after) { cursor absence { percent } } }";

    [Fact]
    public async Task Publisher_RestartedBetweenCommitAndDelivery_EachEventDeliveredOnceInOrder()
    {
        // arrange
        var id = GlobalId.Encode("Pupil", new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-principal")).Id);
        await using var principal = await SocketClient.ConnectAsAsync(hub, "school-principal");
        await hub.SubscribeLiveAsync(principal, "1", PupilEvents, new { id, after = hub.Cursor() });
        var publisher = hub.Services.GetRequiredService<OutboxPublisher>();
        var client = hub.ClientFor("school-principal");

        // act: one change while publishing runs, two while it is stopped, then it starts again.
        var first = await ReportAsync(client, id, "2026-HT", 10.0, version: null);
        var beforeStop = await principal.ReceiveAsync();
        await publisher.StopAsync(CancellationToken.None);
        var second = await ReportAsync(client, id, "2026-HT", 20.0, version: 0);
        var third = await ReportAsync(client, id, "2026-HT", 30.0, version: 1);
        var whileStopped = await principal.QuietForAsync(TimeSpan.FromSeconds(2));
        await publisher.StartAsync(CancellationToken.None);
        var afterStart = new[] { await principal.ReceiveAsync(), await principal.ReceiveAsync() };
        var nothingMore = await principal.QuietForAsync(TimeSpan.FromSeconds(2));

        // assert
        Assert.All(new[] { first, second, third }, Assert.Empty);
        Assert.Equal(10.0, Percent(beforeStop));
        Assert.True(whileStopped);
        Assert.Equal(2, afterStart.Count(m => (string?)m!["type"] == "next"));
        Assert.Equal(30.0, Percent(afterStart[1]));
        Assert.True(nothingMore);
    }

    [Fact]
    public async Task PupilEvents_ReconnectWithTheLastCursor_GetsWhatItMissedInOrderThenLiveEvents()
    {
        // arrange
        var id = GlobalId.Encode("Pupil", new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-principal")).Id);
        var client = hub.ClientFor("school-principal");
        string cursor;
        await using (var first = await SocketClient.ConnectAsAsync(hub, "school-principal"))
        {
            await hub.SubscribeLiveAsync(first, "1", PupilEvents, new { id, after = hub.Cursor() });
            await ReportAsync(client, id, "2026-HT", 11.0, version: null);
            cursor = (string)(await first.ReceiveAsync())!["payload"]!["data"]!["pupilEvents"]!["cursor"]!;
        }

        await ReportAsync(client, id, "2026-HT", 12.0, version: 0);
        await ReportAsync(client, id, "2026-HT", 13.0, version: 1);

        // act
        await using var again = await SocketClient.ConnectAsAsync(hub, "school-principal");
        await again.SubscribeAsync("1", PupilEvents, new { id, after = cursor });
        var missed = new[] { await again.ReceiveAsync(), await again.ReceiveAsync() };
        var quiet = await again.QuietForAsync(TimeSpan.FromMilliseconds(500));
        await ReportAsync(client, id, "2026-HT", 14.0, version: 2);
        var live = await again.ReceiveAsync();

        // assert: events carry ids, not copies; each is read as it is when delivered (so both missed ones show 13 %).
        Assert.Equal([13.0, 13.0], missed.Select(Percent));
        Assert.True(quiet);
        Assert.Equal(14.0, Percent(live));
    }

    [Fact]
    public async Task PupilEvents_CursorNotFromThisHub_InvalidInput()
    {
        // arrange
        var id = GlobalId.Encode("Pupil", new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-principal")).Id);
        await using var principal = await SocketClient.ConnectAsAsync(hub, "school-principal");

        // act
        await principal.SubscribeAsync("1", PupilEvents, new { id, after = "41" });
        var refused = await principal.ReceiveAsync();

        // assert
        Assert.Equal("error", (string?)refused!["type"]);
        Assert.Equal("INVALID_INPUT", (string?)refused["payload"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task PupilEvents_CursorOlderThanTheRetention_RefusedAsExpired()
    {
        // arrange: a cursor just before a change committed (as the store now says) thirty days ago.
        var id = GlobalId.Encode("Pupil", new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-principal")).Id);
        var cursor = hub.Cursor();
        await ReportAsync(hub.ClientFor("school-principal"), id, "2026-HT", 3.0, version: null);
        hub.WithDb(db =>
        {
            var change = db.Changes.OrderByDescending(c => c.Sequence).First();
            change.At = DateTime.UtcNow.AddDays(-30);
            return db.SaveChanges();
        });
        await using var principal = await SocketClient.ConnectAsAsync(hub, "school-principal");

        // act
        await principal.SubscribeAsync("1", PupilEvents, new { id, after = cursor });
        var refused = await principal.ReceiveAsync();

        // assert
        Assert.Equal("error", (string?)refused!["type"]);
        Assert.Equal("RESUME_POINT_EXPIRED", (string?)refused["payload"]![0]!["extensions"]!["code"]);
    }

    private static double Percent(Newtonsoft.Json.Linq.JObject? message) =>
        (double)message!["payload"]!["data"]!["pupilEvents"]!["absence"]!["percent"]!;

    private static async Task<string[]> ReportAsync(HubClient client, string pupilId, string term, double percent, int? version) =>
        (await client.MutateAsync("reportAbsence", "ReportAbsenceInput", new { pupilId, term, percent, version }, "absence { id }")).UserErrors("reportAbsence");
}
