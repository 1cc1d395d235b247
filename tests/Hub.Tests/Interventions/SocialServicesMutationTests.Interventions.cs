using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Interventions;

/// <summary>Interventions decided after an investigation, and the school social teams' cases.</summary>
public sealed partial class SocialServicesMutationTests
{
    private const string InterventionSelection = "intervention { id version type openedOn closedOn }";
    private const string CaseSelection = "case { id version track absencePercentAtStart closedOn }";

    private static readonly Dictionary<string, (string InputType, object Input, string[] Allowed)> RefusalInputs = new()
    {
        ["receiveReportOfConcern"] = ("ReceiveReportOfConcernInput", new
        {
            personalIdentityNumber = "201401012383",
            receivedOn = "2026-11-20",
            reporterKind = "OTHER",
            reporterName = "Granne",
            summary = "Concern.",
        }, ["social-contact-person", "social-investigator"]),
        ["recordPreliminaryAssessment"] = ("RecordPreliminaryAssessmentInput",
            new { reportId = "x", version = 1, decision = "NO_INVESTIGATION", decidedOn = "2026-11-20" }, ["social-contact-person", "social-investigator"]),
        ["planReportMeeting"] = ("PlanReportMeetingInput", new { reportId = "x", version = 1, plannedOn = "2026-11-25" },
            ["social-contact-person", "social-investigator"]),
        ["holdReportMeeting"] = ("HoldReportMeetingInput", new { reportId = "x", version = 1, heldOn = "2026-11-20" },
            ["social-contact-person", "social-investigator"]),
        ["openInvestigation"] = ("OpenInvestigationInput",
            new { pupilId = "x", origin = "APPLICATION", openedOn = "2026-11-20", educationInvestigated = true }, ["social-investigator"]),
        ["closeInvestigation"] = ("CloseInvestigationInput",
            new { investigationId = "x", version = 1, closedOn = "2026-11-20", closingNote = "Done." }, ["social-investigator"]),
        ["extendInvestigation"] = ("ExtendInvestigationInput",
            new { investigationId = "x", version = 1, newDueOn = "2027-01-20", reason = "Special reasons." }, ["social-investigator"]),
        ["startIntervention"] = ("StartInterventionInput",
            new { pupilId = "x", type = "FAMILY_TREATMENT", startsOn = "2026-11-20", summary = "Family treatment." }, ["social-investigator"]),
        ["endIntervention"] = ("EndInterventionInput",
            new { interventionId = "x", version = 1, endsOn = "2026-11-20", closingNote = "Done." }, ["social-investigator", "sst-social-worker"]),
        ["startSchoolSocialTeamCase"] = ("StartSchoolSocialTeamCaseInput", new
        {
            personalIdentityNumber = "201401012383",
            track = "SST",
            startsOn = "2026-11-20",
            absencePercentAtStart = 25.0,
            summary = "Absence.",
        }, ["sst-social-worker"]),
    };

    [Fact]
    public async Task StartIntervention_AfterAnInvestigation_TheInvestigatorSeesItAndTheTeacherDoesNot()
    {
        // arrange
        var pupil = Pupil("social-investigator");
        await OpenedAsync(pupil, "2026-09-01");

        // act
        var started = await StartAsync(pupil, "2026-11-23");

        // assert
        Assert.Empty(started.UserErrors("startIntervention"));
        Assert.Equal("FAMILY_TREATMENT", (string?)started.Payload("startIntervention")["intervention"]!["type"]);
        Assert.Contains("SOCIAL_SERVICES_INTERVENTION", await KindsSeenByAsync("social-investigator", pupil));
        Assert.Empty(await KindsSeenByAsync("school-teacher", pupil));
    }

    [Fact]
    public async Task StartIntervention_NoInvestigation_WrongStateAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("social-investigator");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => StartAsync(pupil, "2026-11-23"));

        // assert
        Assert.Equal(["WRONG_STATE input.pupilId"], refused.UserErrors("startIntervention"));
    }

    [Fact]
    public async Task StartIntervention_InvestigationClosedMoreThanThirtyDaysBefore_WrongStateAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("social-investigator");
        await CloseAsync(await OpenedAsync(pupil, "2026-06-01"), "2026-09-01");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => StartAsync(pupil, "2026-11-23"));

        // assert
        Assert.Equal(["WRONG_STATE input.pupilId"], refused.UserErrors("startIntervention"));
    }

    [Fact]
    public async Task EndIntervention_InvestigatorsUnit_EndsIt()
    {
        // arrange
        var pupil = Pupil("social-investigator");
        await OpenedAsync(pupil, "2026-09-01");
        var intervention = (await StartAsync(pupil, "2026-10-01")).Payload("startIntervention")["intervention"]!;

        // act
        var ended = await EndAsync("social-investigator", intervention, "2026-11-23");

        // assert
        Assert.Empty(ended.UserErrors("endIntervention"));
        Assert.Equal("2026-11-23", (string?)ended.Payload("endIntervention")["intervention"]!["closedOn"]);
    }

    [Fact]
    public async Task EndIntervention_SchoolSocialWorkerOnAnInvestigatorsIntervention_NotPermittedAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("social-investigator");
        new ScenarioRunner(hub).Run(s => s.AlsoRelatedTo(pupil, "sst-social-worker"));
        await OpenedAsync(pupil, "2026-09-01");
        var intervention = (await StartAsync(pupil, "2026-10-01")).Payload("startIntervention")["intervention"]!;

        // act: the team works with the pupil too, so it sees the intervention, but does not end it
        var refused = await StoreContents.UnchangedAsync(hub, () => EndAsync("sst-social-worker", intervention, "2026-11-23"));

        // assert
        Assert.Equal(["NOT_PERMITTED input.interventionId"], refused.UserErrors("endIntervention"));
    }

    [Fact]
    public async Task EndIntervention_AnotherDistrictsIntervention_NotFoundAndNothingChanges()
    {
        // arrange
        var hidden = HiddenRecordOf<SocialServicesIntervention>(Pupil("social-investigator"), "social-investigator");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => EndAsync("social-investigator", hidden, "2026-11-23"));

        // assert
        Assert.Equal(["NOT_FOUND input.interventionId"], refused.UserErrors("endIntervention"));
    }

    [Fact]
    public async Task EndIntervention_SchoolSocialWorkerEndsTheTeamsLastCase_EndedAndNotReadBack()
    {
        // arrange: the district also investigates, which is no reason for the team to know the pupil
        var pupil = Pupil("sst-social-worker");
        new ScenarioRunner(hub).Run(s => s.AlsoRelatedTo(pupil, "social-investigator"));
        await OpenedAsync(pupil, "2026-11-02");
        var teamCase = hub.WithDb(db => db.Interventions.OfType<SchoolSocialTeamCase>().Where(c => c.PupilId == pupil.Id).Select(c => new { c.Id, c.Version }).Single());
        var record = new JObject { ["id"] = GlobalId.Encode("Intervention", teamCase.Id), ["version"] = teamCase.Version };

        // act
        var ended = await EndAsync("sst-social-worker", record, "2026-11-23");

        // assert: its last case with the pupil ended the team's relationship, so the record is not read back
        Assert.Empty(ended.UserErrors("endIntervention"));
        Assert.Equal(new DateOnly(2026, 11, 23), hub.WithDb(db => db.Interventions.Single(i => i.Id == teamCase.Id).ClosedOn));
        Assert.Equal(JTokenType.Null, ended.Payload("endIntervention")["intervention"]!.Type);
    }

    [Fact]
    public async Task StartSchoolSocialTeamCase_SstTrack_TheTeamSeesItAndThePoliceDoNot()
    {
        // arrange
        var pupil = Pupil("school-principal");

        // act
        var started = await StartCaseAsync(pupil, "SST", 35);

        // assert
        Assert.Empty(started.UserErrors("startSchoolSocialTeamCase"));
        Assert.Equal(["SCHOOL_SOCIAL_TEAM_CASE"], await KindsSeenByAsync("sst-social-worker", pupil));
        var police = await hub.ClientFor("police-sspf").PostAsync("query($id: ID!) { pupil(id: $id) { id } }", new { id = PupilId(pupil) });
        Assert.Equal(JTokenType.Null, police.Data["pupil"]!.Type);
    }

    [Fact]
    public async Task StartSchoolSocialTeamCase_SstTrackAboveFortyPercent_WrongStateAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("school-principal");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => StartCaseAsync(pupil, "SST", 55));

        // assert
        Assert.Equal(["WRONG_STATE input.track"], refused.UserErrors("startSchoolSocialTeamCase"));
    }

    [Fact]
    public async Task StartSchoolSocialTeamCase_PupilInGradeThreeTheTeamSees_WrongStateAndNothingChanges()
    {
        // arrange: the grade is told only to a team that already reads it (RefusalsAboutPupilsTests has the other side)
        var pupil = Pupil("sst-social-worker");
        hub.WithDb(db =>
        {
            db.Pupils.Single(p => p.Id == pupil.Id).Grade = 3;
            return db.SaveChanges();
        });

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => StartCaseAsync(pupil, "SST_2_RSU", 55));

        // assert
        Assert.Equal(["WRONG_STATE input.personalIdentityNumber"], refused.UserErrors("startSchoolSocialTeamCase"));
    }

    [Fact]
    public async Task StartSchoolSocialTeamCase_TeamAlreadyWorksWithThePupil_WrongStateAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("sst-social-worker");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => StartCaseAsync(pupil, "SST_2_RSU", 55));

        // assert
        Assert.Equal(["WRONG_STATE input.personalIdentityNumber"], refused.UserErrors("startSchoolSocialTeamCase"));
    }

    private Task<Envelope> StartAsync(Pupil pupil, string startsOn) =>
        hub.ClientFor("social-investigator").MutateAsync("startIntervention", "StartInterventionInput",
            new { pupilId = PupilId(pupil), type = "FAMILY_TREATMENT", startsOn, summary = "Family treatment twice a week." }, InterventionSelection);

    private Task<Envelope> EndAsync(string persona, JToken record, string endsOn) =>
        hub.ClientFor(persona).MutateAsync("endIntervention", "EndInterventionInput", new
        {
            interventionId = (string?)record["id"],
            version = (int)record["version"]!,
            endsOn,
            closingNote = "The goals are met.",
        }, "intervention { id closedOn closingNote }");

    private Task<Envelope> StartCaseAsync(Pupil pupil, string track, double absencePercentAtStart) =>
        hub.ClientFor("sst-social-worker").MutateAsync("startSchoolSocialTeamCase", "StartSchoolSocialTeamCaseInput", new
        {
            personalIdentityNumber = pupil.PersonalIdentityNumber,
            track,
            startsOn = "2026-11-23",
            absencePercentAtStart,
            summary = "Problematic absence since the autumn.",
        }, CaseSelection);
}
