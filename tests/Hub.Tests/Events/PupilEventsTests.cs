using Hub.Api;
using Hub.Tests.Support;

namespace Hub.Tests.Events;

/// <summary>A pupil's events: delivered with the subscriber's access at delivery time.</summary>
public sealed class PupilEventsTests(LiveHub hub) : IClassFixture<LiveHub>
{
    private const string Subscription = "subscription($id: ID!, $after: String) { pupilEvents(pupilId: $id, after: $after) { cursor kind operation placement { level } } }";

    [Fact]
    public async Task PupilEvents_PlacementDecided_SubscriberGetsThePlacementAsItMayReadIt()
    {
        // arrange
        var (pupil, group) = new ScenarioRunner(hub).Run(s => (s.PupilRelatedTo("school-principal"), s.RoomIn("group:tellusborgsskolan-rsu")));
        var (id, rsu) = (GlobalId.Encode("Pupil", pupil.Id), GlobalId.Encode("Unit", group.Id));
        await using var teacher = await SocketClient.ConnectAsAsync(hub, "school-teacher");
        await hub.SubscribeLiveAsync(teacher, "1", Subscription, new { id, after = hub.Cursor() });

        // act
        var placed = await hub.ClientFor("school-principal").MutateAsync("placeInRsu", "PlaceInRsuInput",
            new { pupilId = id, groupId = rsu, startsOn = HubFactory.Today }, "placement { id }");
        var next = await teacher.ReceiveAsync();

        // assert
        Assert.Empty(placed.UserErrors("placeInRsu"));
        Assert.True((string?)next?["type"] == "next", next?.ToString() ?? $"closed {teacher.CloseStatus} {teacher.CloseReason}");
        Assert.Equal("1", (string?)next!["id"]);
        Assert.Equal("PLACEMENT", (string?)next["payload"]!["data"]!["pupilEvents"]!["kind"]);
        Assert.Equal("RSU", (string?)next["payload"]!["data"]!["pupilEvents"]!["placement"]!["level"]);
    }
}
