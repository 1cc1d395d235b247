using Hub.Api;
using Hub.SchoolYears;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.SchoolYears;

/// <summary>The rollover reaches subscribers as any change does: through the record of changes, with their access at delivery.</summary>
public sealed class SchoolYearEventsTests(LiveHub hub) : IClassFixture<LiveHub>
{
    private const string Subscription =
        "subscription($id: ID!, $after: String) { pupilEvents(pupilId: $id, after: $after) { kind operation pupil { grade } placement { endsOn endReason } } }";

    [Fact]
    public async Task PupilEvents_SchoolYearRollsOver_SubscribersGetTheGradeUpAndTheLeaversPlacementEnded()
    {
        // arrange (the hub's date stays in 2026/27, so the leaver is still the group's pupil when the event is delivered)
        var klubbacken = hub.WithDb(db => db.Units.Single(u => u.Code == "school:klubbacksskolan").Id);
        var pupil = hub.WithDb(db => db.Pupils.Where(p => p.HomeSchoolId == klubbacken && p.Grade == 8).OrderBy(p => p.Id).Select(p => p.Id).First());
        var theo = hub.WithDb(db => db.Pupils.Single(p => p.GivenName == "Theo" && p.FamilyName == "Hansson").Id);
        await using var principal = await SocketClient.ConnectAsAsync(hub, "school-principal");
        await using var mentor = await SocketClient.ConnectAsAsync(hub, "rsu-teacher");
        await hub.SubscribeLiveAsync(principal, "1", Subscription, new { id = GlobalId.Encode("Pupil", pupil), after = hub.Cursor() });
        await hub.SubscribeLiveAsync(mentor, "1", Subscription, new { id = GlobalId.Encode("Pupil", theo), after = hub.Cursor() });

        // act
        await using (var scope = hub.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SchoolYearChange>().RollOverDueAsync(new DateOnly(2027, 7, 1), CancellationToken.None);
        }

        var up = await principal.ReceiveAsync();
        var ended = await mentor.ReceiveAsync();

        // assert
        Assert.True((string?)up?["type"] == "next", up?.ToString() ?? $"closed {principal.CloseStatus} {principal.CloseReason}");
        var grade = up!["payload"]!["data"]!["pupilEvents"]!;
        Assert.Equal(("PUPIL", SchoolYearChange.Operation, 9), ((string?)grade["kind"], (string?)grade["operation"], (int?)grade["pupil"]!["grade"]));
        Assert.True((string?)ended?["type"] == "next", ended?.ToString() ?? $"closed {mentor.CloseStatus} {mentor.CloseReason}");
        var placement = ended!["payload"]!["data"]!["pupilEvents"]!;
        Assert.Equal(("PLACEMENT", SchoolYearChange.Operation, "2027-06-30"), ((string?)placement["kind"], (string?)placement["operation"], (string?)placement["placement"]!["endsOn"]));
    }
}
