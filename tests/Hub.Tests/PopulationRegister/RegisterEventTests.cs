using Hub.Api;
using Hub.Tests.Support;
using static Hub.Tests.PopulationRegister.RegisterFeed;

namespace Hub.Tests.PopulationRegister;

/// <summary>A register notice that changes a child is an event for those who see the child, and for no one else; a notice itself is none.</summary>
public sealed class RegisterEventTests(LiveHub hub) : IClassFixture<LiveHub>
{
    private const string UnitEvents = "subscription($after: String) { unitEvents(after: $after) { kind operation pupil { id protectedIdentity } } }";

    [Fact]
    public async Task UnitEvents_NoticesAboutAnotherSchoolsPupilAnUnknownChildAndOwnPupil_OnlyTheOwnPupilsChangeArrives()
    {
        // arrange
        var own = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));
        var other = Strangers.PupilAt(hub, "school:rinkebyskolan");
        await using var teacher = await SocketClient.ConnectAsAsync(hub, "school-teacher");
        await hub.SubscribeLiveAsync(teacher, "u", UnitEvents, new { after = hub.Cursor() });
        var register = hub.ClientFor(Register);

        // act
        await ProtectAsync(register, other.Number);
        await ProtectAsync(register, Strangers.NumberNotInTheHub(hub));
        await ProtectAsync(register, PersonalIdentityNumberOf(own.PersonalIdentityNumber));
        var first = await teacher.ReceiveAsync();
        var quiet = await teacher.QuietForAsync(TimeSpan.FromSeconds(1));

        // assert
        var delivered = first!["payload"]!["data"]!["unitEvents"]!;
        Assert.Equal(("PUPIL", "notifyProtectedIdentity", GlobalId.Encode("Pupil", own.Id)),
            ((string?)delivered["kind"], (string?)delivered["operation"], (string?)delivered["pupil"]!["id"]));
        Assert.True((bool)delivered["pupil"]!["protectedIdentity"]!);
        Assert.True(quiet);
    }

    private static string PersonalIdentityNumberOf(string plain) => Hub.Records.PersonalIdentityNumber.Format(plain);
}
