using Hub.Api;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;
using static Hub.Tests.PopulationRegister.RegisterFeed;

namespace Hub.Tests.PopulationRegister;

/// <summary>
/// A protected identity is the population register's to set: its notice protects a pupil in the
/// hub at once, and a child the hub records later (enrolled, or named in a report) from the start.
/// </summary>
public sealed class ProtectedIdentityNoticeTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string PupilQuery = "query($id: ID!) { pupil(id: $id) { id version protectedIdentity homeSchool { code } } }";

    [Fact]
    public async Task NotifyProtectedIdentity_PupilInTheHub_TheTeacherNoLongerSeesTheSchoolAndThePrincipalDoes()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, "school:klubbacksskolan");
        var id = GlobalId.Encode("Pupil", pupil.Id);

        // act
        var notified = await ProtectAsync(hub.ClientFor(Register), pupil.Number);

        // assert
        Assert.Empty(notified.UserErrors("notifyProtectedIdentity"));
        var teacher = await hub.ClientFor("school-teacher").PostAsync(PupilQuery, new { id });
        Assert.Equal(JTokenType.Null, teacher.Data["pupil"]!["homeSchool"]!.Type);
        Assert.Equal("PROTECTED_IDENTITY", (string?)teacher.Errors![0]["extensions"]!["code"]);
        var principal = await hub.ClientFor("school-principal").PostAsync(PupilQuery, new { id });
        Assert.Null(principal.Errors);
        Assert.Equal((true, 1, "school:klubbacksskolan"),
            ((bool)principal.Data["pupil"]!["protectedIdentity"]!, (int)principal.Data["pupil"]!["version"]!, (string?)principal.Data["pupil"]!["homeSchool"]!["code"]));
    }

    [Fact]
    public async Task NotifyProtectedIdentity_ChangeRow_NamesThePupilAndTheRegister()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, "school:klubbacksskolan");
        var id = GlobalId.Encode("Pupil", pupil.Id);

        // act
        await ProtectAsync(hub.ClientFor(Register), pupil.Number);

        // assert
        var changes = await hub.ClientFor("dpo").PostAsync("query($p: ID) { changes(pupil: $p, last: 1) { operation entityId } }", new { p = id });
        var latest = changes.Data["changes"]!.Single();
        Assert.Equal(("notifyProtectedIdentity", id), ((string?)latest["operation"], (string?)latest["entityId"]));
        Assert.Equal("PopulationRegister", hub.WithDb(db => db.Changes.Where(c => c.PupilId == pupil.Id).OrderBy(c => c.Sequence).Last().ActorRole));
    }

    [Fact]
    public async Task EnrolPupil_RegisterProtectedTheChildBefore_EnrolledProtected()
    {
        // arrange
        var number = Strangers.NumberNotInTheHub(hub, age: 10);
        await ProtectAsync(hub.ClientFor(Register), number, since: "2026-01-15");

        // act
        var enrolled = await hub.ClientFor("school-principal").MutateAsync("enrolPupil", "EnrolPupilInput", Enrolment(number), "pupil { protectedIdentity }");

        // assert
        Assert.Empty(enrolled.UserErrors("enrolPupil"));
        Assert.True((bool)enrolled.Payload("enrolPupil")["pupil"]!["protectedIdentity"]!);
    }

    [Fact]
    public async Task ReportConcern_RegisterProtectedAChildNotInTheHub_RecordedProtected()
    {
        // arrange
        var number = Strangers.NumberNotInTheHub(hub, age: 8);
        await ProtectAsync(hub.ClientFor(Register), number);

        // act
        var reported = await hub.ClientFor("school-teacher").MutateAsync("reportConcern", "ReportConcernInput",
            new { personalIdentityNumber = number, givenName = "Alva", familyName = "Okänd", summary = "Bruises on both arms." }, "receipt { reportId }");

        // assert
        Assert.Empty(reported.UserErrors("reportConcern"));
        var plain = number.Replace("-", "", StringComparison.Ordinal);
        Assert.True(hub.WithDb(db => db.Pupils.AsNoTracking().Single(p => p.PersonalIdentityNumber == plain).ProtectedIdentity));
    }

    [Fact]
    public async Task NotifyProtectedIdentity_OlderNoticeArrivesLast_TheLatestDayHolds()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, "school:klubbacksskolan");
        var register = hub.ClientFor(Register);
        await ProtectAsync(register, pupil.Number, protectedIdentity: true, since: "2026-11-10");

        // act: a lifting dated before the protection, received after it
        var late = await ProtectAsync(register, pupil.Number, protectedIdentity: false, since: "2026-10-01");

        // assert
        Assert.Empty(late.UserErrors("notifyProtectedIdentity"));
        Assert.True(hub.WithDb(db => db.Pupils.AsNoTracking().Single(p => p.Id == pupil.Id).ProtectedIdentity));
        Assert.Equal(2, hub.WithDb(db => db.RegisterNotices.Count(n => n.PersonalIdentityNumber == pupil.Number.Replace("-", "", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task NotifyProtectedIdentity_SameKeyAgain_ReplayedWithTheSameReceipt()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, "school:klubbacksskolan");
        var register = hub.ClientFor(Register);
        var first = await ProtectAsync(register, pupil.Number, key: "folk-4711");

        // act
        var again = await ProtectAsync(register, pupil.Number, key: "folk-4711");

        // assert
        Assert.True((bool)again.Payload("notifyProtectedIdentity")["replayed"]!);
        Assert.Equal(first.Payload("notifyProtectedIdentity")["notice"]!.ToString(), again.Payload("notifyProtectedIdentity")["notice"]!.ToString());
    }

    [Fact]
    public async Task EnrolPupil_ProtectedIdentityInput_NoLongerInTheSchema()
    {
        // arrange
        var input = Enrolment(Strangers.NumberNotInTheHub(hub));
        input["protectedIdentity"] = true;

        // act
        var refused = await hub.ClientFor("school-principal").MutateAsync("enrolPupil", "EnrolPupilInput", input, "pupil { id }");
        var gone = await hub.ClientFor("school-principal").PostAsync("mutation { setProtectedIdentity(input: {}) { errors { code } } }");

        // assert
        Assert.NotNull(refused.Errors);
        Assert.Contains("setProtectedIdentity", gone.Text, StringComparison.Ordinal);
        Assert.Null(gone.Body["data"]);
    }

    private Dictionary<string, object?> Enrolment(string number) => Enrolling.Input(hub, number);
}
