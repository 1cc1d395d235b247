using Hub.Api;
using Hub.Tests.Support;

namespace Hub.Tests.Events;

/// <summary>A subscriber gets exactly the events it could query at delivery time, and each delivery is logged.</summary>
public sealed class SubscriptionAccessTests(LiveHub hub) : IClassFixture<LiveHub>
{
    private const string UnitEvents = "subscription($after: String) { unitEvents(after: $after) { cursor kind operation pupil { id } absence { percent } intervention { kind } } }";

    [Fact]
    public async Task UnitEvents_SocialServicesRecordWithoutConsent_NotSentAndTheNextPermittedEventFollowsWithoutATrace()
    {
        // arrange
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));
        var id = GlobalId.Encode("Pupil", pupil.Id);
        await using var teacher = await SocketClient.ConnectAsAsync(hub, "school-teacher");
        await hub.SubscribeLiveAsync(teacher, "u", UnitEvents, new { after = hub.Cursor() });

        // act: a report of concern the school may not see, then the school's own absence report.
        await hub.ClientFor("police-sspf").MutateAsync("reportConcern", "ReportConcernInput",
            new { personalIdentityNumber = pupil.PersonalIdentityNumber, givenName = "Theo", familyName = "Hansson", districtId = GlobalId.Encode("District", pupil.RegisteredDistrictId), summary = "Found alone at night." }, "receipt { reportId }");
        await hub.ClientFor("school-teacher").MutateAsync("reportAbsence", "ReportAbsenceInput",
            new { pupilId = id, term = "2026-HT", percent = 31.5 }, "absence { id }");
        var first = await teacher.ReceiveAsync();
        var quiet = await teacher.QuietForAsync(TimeSpan.FromSeconds(1));

        // assert
        var delivered = first!["payload"]!["data"]!["unitEvents"]!;
        Assert.Equal("ABSENCE", (string?)delivered["kind"]);
        Assert.Equal(31.5, (double)delivered["absence"]!["percent"]!);
        Assert.Equal(id, (string?)delivered["pupil"]!["id"]);
        Assert.True(quiet);
        Assert.Equal(2, hub.WithDb(db => db.Changes.Count(c => c.PupilId == pupil.Id)));
    }

    [Fact]
    public async Task PupilEvents_EventDelivered_TheDeliveryIsInTheAccessLogWithItsBasis()
    {
        // arrange
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));
        var id = GlobalId.Encode("Pupil", pupil.Id);
        await using var teacher = await SocketClient.ConnectAsAsync(hub, "school-teacher");
        await teacher.SubscribeAsync("p", "subscription OnPupil($id: ID!, $after: String) { pupilEvents(pupilId: $id, after: $after) { kind } }",
            new { id, after = hub.Cursor() });

        // act
        await hub.ClientFor("school-principal").MutateAsync("reportAbsence", "ReportAbsenceInput", new { pupilId = id, term = "2026-HT", percent = 8.0 }, "absence { id }");
        var next = await teacher.ReceiveAsync();

        // assert
        Assert.Equal("next", (string?)next!["type"]);
        var row = hub.WithDb(db => db.AccessLog.Where(r => r.PupilId == pupil.Id && r.Operation == "OnPupil").ToList()).Single();
        Assert.Equal("p-1001", row.PersonId);
        Assert.Contains("Absence", row.Categories, StringComparison.Ordinal);
        Assert.Contains("own records", row.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PupilEvents_PupilTheSubscriberDoesNotSee_RefusedAsIfItDidNotExist()
    {
        // arrange
        var hidden = hub.WithDb(db => GlobalId.Encode("Pupil", db.Pupils.First(p => p.HomeSchool!.Code == "school:rinkebyskolan").Id));
        var missing = GlobalId.Encode("Pupil", 9_999_999);
        await using var teacher = await SocketClient.ConnectAsAsync(hub, "school-teacher");

        // act
        await teacher.SubscribeAsync("a", "subscription($id: ID!) { pupilEvents(pupilId: $id) { kind } }", new { id = hidden });
        var forHidden = await teacher.ReceiveAsync();
        await teacher.SubscribeAsync("b", "subscription($id: ID!) { pupilEvents(pupilId: $id) { kind } }", new { id = missing });
        var forMissing = await teacher.ReceiveAsync();

        // assert
        Assert.Equal("error", (string?)forHidden!["type"]);
        Assert.Equal("NOT_FOUND", (string?)forHidden["payload"]![0]!["extensions"]!["code"]);
        Assert.Equal(forMissing!["payload"]!.ToString(), forHidden["payload"]!.ToString());
    }

    [Fact]
    public async Task ContactPersonChanged_DistrictNamesANewOne_SchoolsAreTold()
    {
        // arrange
        var district = hub.WithDb(db => GlobalId.Encode("District", db.Units.Single(u => u.Code == "school:klubbacksskolan").DistrictId!.Value));
        await using var principal = await SocketClient.ConnectAsAsync(hub, "school-principal");
        await principal.SubscribeAsync("c", "subscription($d: ID!, $after: String) { contactPersonChanged(district: $d, after: $after) { contactPerson { name email } } }",
            new { d = district, after = hub.Cursor() });

        // act
        await hub.ClientFor("social-investigator").MutateAsync("nameContactPerson", "NameContactPersonInput",
            new { name = "Karin Ström", phone = "08-508 230 00", email = "karin.strom@example.se", startsOn = HubFactory.Today }, "contactPerson { id }");
        var next = await principal.ReceiveAsync();

        // assert
        Assert.Equal("Karin Ström", (string?)next!["payload"]!["data"]!["contactPersonChanged"]!["contactPerson"]!["name"]);
    }

    [Fact]
    public async Task UnitEvents_SameEventForTwoIdentities_EachJudgedOnItsOwnAndTwoSubscribersOfOneIdentityBothServed()
    {
        // arrange: a pupil of the school who is also a patient at the BUP clinic.
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("bup-clinician"));
        var id = GlobalId.Encode("Pupil", pupil.Id);
        var after = hub.Cursor();
        await using var teacher1 = await SocketClient.ConnectAsAsync(hub, "school-teacher");
        await using var teacher2 = await SocketClient.ConnectAsAsync(hub, "school-teacher");
        await using var clinician = await SocketClient.ConnectAsAsync(hub, "bup-clinician");
        foreach (var socket in new[] { teacher1, teacher2, clinician })
        {
            await socket.SubscribeAsync("u", UnitEvents, new { after });
        }

        // act: the school's absence report, which BUP may not read without a consent.
        await hub.ClientFor("school-principal").MutateAsync("reportAbsence", "ReportAbsenceInput", new { pupilId = id, term = "2026-HT", percent = 22.0 }, "absence { id }");
        var toTeachers = new[] { await teacher1.ReceiveAsync(), await teacher2.ReceiveAsync() };
        var toClinician = await clinician.QuietForAsync(TimeSpan.FromSeconds(2));

        // assert
        Assert.All(toTeachers, m => Assert.Equal(22.0, (double)m!["payload"]!["data"]!["unitEvents"]!["absence"]!["percent"]!));
        Assert.True(toClinician);
    }
}
