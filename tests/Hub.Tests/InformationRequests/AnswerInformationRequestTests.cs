using Hub.Access;
using Hub.Api;
using Hub.InformationRequests;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Hub.Tests.InformationRequests.InformationRequestWorld;

namespace Hub.Tests.InformationRequests;

/// <summary>
/// The school reads what it is asked, on the request's own basis, and answers once; the answer is
/// social services' record, read by the investigating district and by nobody else.
/// </summary>
public sealed class AnswerInformationRequestTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task AnswerInformationRequest_RsuTeacher_TheInvestigatorReadsTheAnswerTheSchoolNoLongerSeesTheRequest()
    {
        // arrange
        var (pupil, _) = await InvestigatedPupilAsync(hub);
        var (id, version) = await AskedAsync(hub, pupil, Rsu);
        var rsu = hub.ClientFor("rsu-teacher");
        var waiting = await ToAnswerAsync(rsu);

        // act
        var answered = await AnswerAsync(rsu, id, version);
        var after = await ToAnswerAsync(rsu);
        var record = await hub.ClientFor("social-investigator").PostAsync("{ informationRequests(status: ANSWERED) { id answer answeredOn answeredByRole } }");

        // assert: the teacher read the pupil and the questions; the answer is the investigator's, never read back by the school.
        var request = waiting[id];
        Assert.Equal((pupil, "Testa"), ((string)request["pupil"]!["id"]!, (string)request["pupil"]!["givenName"]!));
        Assert.EndsWith("-XXXX", (string)request["pupil"]!["personalIdentityNumber"]!, StringComparison.Ordinal);
        Assert.Equal(("social:hagersten-alvsjo:investigation", "08-508 000 00"), ((string)request["requestedByUnit"]!["code"]!, (string)request["contact"]!));
        Assert.Empty(answered.UserErrors("answerInformationRequest"));
        Assert.Equal(("ANSWERED", HubFactory.Today), ((string)answered.Payload("answerInformationRequest")["informationRequest"]!["status"]!,
            (string)answered.Payload("answerInformationRequest")["informationRequest"]!["answeredOn"]!));
        Assert.DoesNotContain(id, after.Keys);
        var mine = record.Data["informationRequests"]!.Single(r => (string?)r["id"] == id);
        Assert.Equal(("Comes every day; calm in the group, tired on Mondays.", "TEACHER"), ((string)mine["answer"]!, (string)mine["answeredByRole"]!));
    }

    [Fact]
    public void InformationRequestToAnswer_TellsTheSchoolNoMoreThanItNeedsToAnswer()
    {
        // The school's view has no answer, no investigation, no summary: only what answering needs.
        var fields = new InformationRequestToAnswerType().Fields.Select(f => f.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["addressedTo", "answeredOn", "contact", "dueOn", "id", "overdue", "pupil", "questions", "requestedBy", "requestedByUnit", "requestedOn", "status", "version"], fields);
        Assert.Equal(["familyName", "givenName", "id", "personalIdentityNumber"], new InformationRequestPupilType().Fields.Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task InformationRequestsToAnswer_OnlyTheUnitAskedAndWhoAnswersForIt_AndEachReadIsLogged()
    {
        // arrange: one request to the RSU, one to the home school.
        var (pupil, _) = await InvestigatedPupilAsync(hub);
        var (toRsu, _) = await AskedAsync(hub, pupil, Rsu);
        var (toSchool, _) = await AskedAsync(hub, pupil, Klubbacken);

        // act
        var seen = new Dictionary<string, ICollection<string>>();
        foreach (var (name, client) in new[] { ("rsu", hub.ClientFor("rsu-teacher")), ("host", HostPrincipal(hub)), ("principal", hub.ClientFor("school-principal")),
            ("teacher", hub.ClientFor("school-teacher")), ("csu", hub.ClientFor("csu-teacher")), ("police", hub.ClientFor("police-sspf")) })
        {
            seen[name] = (await ToAnswerAsync(client)).Keys;
        }

        // assert
        Assert.Contains(toRsu, seen["rsu"]);
        Assert.DoesNotContain(toSchool, seen["rsu"]);
        Assert.Contains(toRsu, seen["host"]);
        Assert.Contains(toSchool, seen["principal"]);
        Assert.DoesNotContain(toRsu, seen["principal"]);
        Assert.All(new[] { "teacher", "csu", "police" }, n => Assert.Empty(seen[n].Intersect([toRsu, toSchool])));
        var pupilId = GlobalId.TryDecode(pupil, "Pupil", out var key) ? key : 0;
        var rows = hub.WithDb(db => db.AccessLog.AsNoTracking().Where(e => e.PupilId == pupilId && e.Basis.Contains("information request addressed")).ToList());
        Assert.Contains(rows, r => r.UnitCode == Rsu && r.Categories.Contains("Investigation", StringComparison.Ordinal) && r.Categories.Contains("Identity", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.UnitCode == Klubbacken && r.Role == "Principal");
    }

    [Fact]
    public async Task AnswerInformationRequest_NotTheUnitAsked_NotFoundLikeAMissingRequestAndNothingChanges()
    {
        // arrange
        var (pupil, _) = await InvestigatedPupilAsync(hub);
        var (id, version) = await AskedAsync(hub, pupil, Rsu);

        // act: Klubbacksskolan's principal sees the pupil, yet was not asked; an id that does not exist.
        var principal = await StoreContents.UnchangedAsync(hub, () => AnswerAsync(hub.ClientFor("school-principal"), id, version));
        var csu = await StoreContents.UnchangedAsync(hub, () => AnswerAsync(hub.ClientFor("csu-teacher"), id, version));
        var missing = await StoreContents.UnchangedAsync(hub, () => AnswerAsync(hub.ClientFor("school-principal"), GlobalId.Encode("InformationRequest", 999_999), 0));
        var intervention = await StoreContents.UnchangedAsync(hub, () => AnswerAsync(hub.ClientFor("rsu-teacher"), GlobalId.Encode("Intervention", 1), 0));

        // assert
        Assert.Equal(["NOT_FOUND input.requestId"], principal.UserErrors("answerInformationRequest"));
        Assert.Equal(missing.Payload("answerInformationRequest").ToString(), principal.Payload("answerInformationRequest").ToString());
        Assert.Equal(missing.Payload("answerInformationRequest").ToString(), csu.Payload("answerInformationRequest").ToString());
        Assert.Equal(["INVALID input.requestId"], intervention.UserErrors("answerInformationRequest"));
    }

    [Fact]
    public async Task AnswerInformationRequest_TwiceStaleOrEmpty_RefusedAndTheFirstAnswerStands()
    {
        // arrange
        var (pupil, _) = await InvestigatedPupilAsync(hub);
        var (id, version) = await AskedAsync(hub, pupil, Klubbacken);
        var principal = hub.ClientFor("school-principal");
        var empty = await StoreContents.UnchangedAsync(hub, () => AnswerAsync(principal, id, version, answer: " "));
        var stale = await StoreContents.UnchangedAsync(hub, () => AnswerAsync(principal, id, version + 1));
        await AnswerAsync(principal, id, version, answer: "The first answer.");

        // act
        var twice = await StoreContents.UnchangedAsync(hub, () => AnswerAsync(principal, id, version + 1, answer: "A second answer."));

        // assert
        Assert.Equal(["INVALID input.answer"], empty.UserErrors("answerInformationRequest"));
        Assert.Equal(["STALE_VERSION input.version"], stale.UserErrors("answerInformationRequest"));
        Assert.Equal(["WRONG_STATE input.requestId"], twice.UserErrors("answerInformationRequest"));
        var key = GlobalId.TryDecode(id, "InformationRequest", out var k) ? k : 0;
        Assert.Equal("The first answer.", hub.WithDb(db => db.InformationRequests.Single(r => r.Id == key).Answer));
    }

    [Fact]
    public async Task AnswerInformationRequest_InvestigationClosed_WrongStateNoLongerListedAndClosedForTheInvestigator()
    {
        // arrange
        var (pupil, investigation) = await InvestigatedPupilAsync(hub);
        var (id, version) = await AskedAsync(hub, pupil, Klubbacken);
        new ScenarioRunner(hub).Run(s => s.ReportOfConcern(s.PupilById(pupil)));
        await hub.ClientFor("social-investigator").MutateAsync("closeInvestigation", "CloseInvestigationInput",
            new { investigationId = investigation, version = 0, closedOn = HubFactory.Today, closingNote = "Nothing more to investigate." }, "investigation { id }");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AnswerAsync(hub.ClientFor("school-principal"), id, version));
        var listed = await ToAnswerAsync(hub.ClientFor("school-principal"));
        var record = await hub.ClientFor("social-investigator").PostAsync("{ closed: informationRequests(status: CLOSED) { id status overdue } open: informationRequests(status: OPEN) { id } }");

        // assert
        Assert.Equal(["WRONG_STATE input.requestId"], refused.UserErrors("answerInformationRequest"));
        Assert.DoesNotContain(id, listed.Keys);
        Assert.Equal(("CLOSED", false), record.Data["closed"]!.Where(r => (string?)r["id"] == id).Select(r => ((string)r["status"]!, (bool)r["overdue"]!)).Single());
        Assert.DoesNotContain(record.Data["open"]!, r => (string?)r["id"] == id);
    }

    [Theory]
    [InlineData("social-investigator")]
    [InlineData("bup-clinician")]
    [InlineData("pupil-health")]
    public async Task AnswerInformationRequest_NotASchoolsPrincipalOrTeacher_AccessDenied(string persona)
    {
        // arrange
        var (pupil, _) = await InvestigatedPupilAsync(hub);
        var (id, version) = await AskedAsync(hub, pupil, Rsu);
        var client = persona == "pupil-health" ? hub.ClientFor("elevhalsa-officer") : hub.ClientFor(persona);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AnswerAsync(client, id, version));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Fact]
    public async Task InformationRequestsToAnswer_ProtectedIdentity_WhoAskedIsWithheldFromTheGroupNotFromTheEnrolledSchoolsPrincipal()
    {
        // arrange
        var (pupil, _) = await InvestigatedPupilAsync(hub, protectedIdentity: true);
        var (toRsu, _) = await AskedAsync(hub, pupil, Rsu);
        var (toSchool, _) = await AskedAsync(hub, pupil, Klubbacken);

        // act
        var rsu = await hub.ClientFor("rsu-teacher").PostAsync(ToAnswer);
        var principal = await ToAnswerAsync(hub.ClientFor("school-principal"));

        // assert
        var withheld = rsu.Errors!.Where(e => (string?)e["extensions"]?["code"] == ProtectedIdentityError.ErrorCode).ToList();
        Assert.Equal(3, withheld.Count);
        var mine = rsu.Data["informationRequestsToAnswer"]!.Single(r => (string?)r["id"] == toRsu);
        Assert.Equal("Testa", (string)mine["pupil"]!["givenName"]!);
        Assert.Equal("08-508 000 00", (string)principal[toSchool]["contact"]!);
    }

    [Fact]
    public async Task InformationRequestsToAnswer_Overdue_TheDemoSchoolHasOnePastItsDay()
    {
        // act
        var read = await hub.ClientFor("school-principal").PostAsync("{ informationRequestsToAnswer(overdue: true) { overdue dueOn status } }");

        // assert
        Assert.True(read.Errors is null, read.Text);
        Assert.NotEmpty(read.Data["informationRequestsToAnswer"]!);
        Assert.All(read.Data["informationRequestsToAnswer"]!, r => Assert.Equal((true, "OPEN"), ((bool)r["overdue"]!, (string)r["status"]!)));
    }
}
