using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Interventions;

/// <summary>
/// The report meeting (anmälningsmöte) comes before the preliminary assessment: planned with the
/// reporting unit invited, then held with who took part, or waived with the reason.
/// </summary>
public sealed class ReportMeetingTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string ReportSelection = "report { id version meetingPlannedOn meetingHeldOn meetingParticipants meetingWaivedReason }";
    private const string Made = "{ concernReportsMade { reportId meetingPlannedOn meetingHeldOn } }";

    [Fact]
    public async Task RecordPreliminaryAssessment_MeetingNeitherHeldNorWaived_WrongStateAndNothingChanges()
    {
        // arrange
        var reportId = await ReportAsync();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AssessAsync(reportId, 0, HubFactory.Today));

        // assert
        Assert.Equal(["WRONG_STATE input.reportId"], refused.UserErrors("recordPreliminaryAssessment"));
        Assert.Contains("holdReportMeeting", (string?)refused.Payload("recordPreliminaryAssessment")["errors"]![0]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordPreliminaryAssessment_MeetingWaivedWithItsReason_Decides()
    {
        // arrange
        var reportId = await ReportAsync();
        var waived = await MeetingAsync(new { reportId, version = 0, waivedReason = "The guardian is suspected of the violence the child describes." });

        // act
        var assessed = await AssessAsync(reportId, 1, HubFactory.Today);

        // assert
        Assert.Empty(waived.UserErrors("holdReportMeeting"));
        Assert.Equal(JTokenType.Null, waived.Payload("holdReportMeeting")["report"]!["meetingHeldOn"]!.Type);
        Assert.Empty((JArray)waived.Payload("holdReportMeeting")["report"]!["meetingParticipants"]!);
        Assert.Empty(assessed.UserErrors("recordPreliminaryAssessment"));
    }

    [Fact]
    public async Task RecordPreliminaryAssessment_DecidedBeforeTheMeetingWasHeld_InvalidAndNothingChanges()
    {
        // arrange: received on the 16th, the meeting held on the 20th.
        var reportId = await ReportAsync();
        await MeetingAsync(new { reportId, version = 0, heldOn = HubFactory.Today, participants = new[] { "SOCIAL_SERVICES", "CHILD" } });

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AssessAsync(reportId, 1, "2026-11-22"));

        // assert
        Assert.Equal(["INVALID input.decidedOn"], refused.UserErrors("recordPreliminaryAssessment"));
    }

    [Fact]
    public async Task HoldReportMeeting_Held_RecordsWhoTookPart()
    {
        // arrange
        var reportId = await ReportAsync();

        // act
        var held = await MeetingAsync(new { reportId, version = 0, heldOn = HubFactory.Today, participants = new[] { "REPORTER", "SOCIAL_SERVICES", "CHILD", "GUARDIANS" } });

        // assert
        Assert.Empty(held.UserErrors("holdReportMeeting"));
        var report = held.Payload("holdReportMeeting")["report"]!;
        Assert.Equal(["CHILD", "GUARDIANS", "REPORTER", "SOCIAL_SERVICES"], report["meetingParticipants"]!.Select(p => (string)p!));
        var id = RowId(reportId);
        Assert.Equal(ReportMeetingParticipants.Child | ReportMeetingParticipants.Guardians | ReportMeetingParticipants.Reporter | ReportMeetingParticipants.SocialServices,
            hub.WithDb(db => db.Interventions.OfType<ReportOfConcern>().Single(r => r.Id == id).MeetingParticipants));
    }

    [Theory]
    [InlineData("without participants", false, null)]
    [InlineData("without social services", false, new[] { "CHILD", "GUARDIANS" })]
    [InlineData("waived with participants", true, new[] { "SOCIAL_SERVICES" })]
    public async Task HoldReportMeeting_ParticipantsThatDoNotFit_InvalidAndNothingChanges(string _, bool waived, string[]? participants)
    {
        // arrange
        var reportId = await ReportAsync();
        object input = waived
            ? new { reportId, version = 0, waivedReason = "Against the child's best interests.", participants }
            : new { reportId, version = 0, heldOn = HubFactory.Today, participants };

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => MeetingAsync(input));

        // assert
        Assert.Equal(["INVALID input.participants"], refused.UserErrors("holdReportMeeting"));
    }

    [Fact]
    public async Task PlanReportMeeting_ReportingUnitReadsTheDayItIsInvitedTo_AndNoOtherUnitReadsIt()
    {
        // arrange
        var reportId = await ReportAsync();
        var before = await ReceiptAsync("school-teacher", reportId);

        // act
        var planned = await hub.ClientFor("social-contact-person").MutateAsync("planReportMeeting", "PlanReportMeetingInput",
            new { reportId, version = 0, plannedOn = "2026-11-27" }, ReportSelection);
        var invited = await ReceiptAsync("school-teacher", reportId);
        var other = await ReceiptAsync("rsu-teacher", reportId);

        // assert
        Assert.Empty(planned.UserErrors("planReportMeeting"));
        Assert.Equal(JTokenType.Null, before!["meetingPlannedOn"]!.Type);
        Assert.Equal("2026-11-27", (string?)invited!["meetingPlannedOn"]);
        Assert.Null(other);
    }

    [Fact]
    public async Task PlanReportMeeting_BeforeTheReportWasReceived_InvalidAndNothingChanges()
    {
        // arrange
        var reportId = await ReportAsync();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("social-contact-person").MutateAsync("planReportMeeting", "PlanReportMeetingInput",
            new { reportId, version = 0, plannedOn = "2026-11-01" }, ReportSelection));

        // assert
        Assert.Equal(["INVALID input.plannedOn"], refused.UserErrors("planReportMeeting"));
    }

    [Fact]
    public async Task PlanReportMeeting_AfterTheMeetingWasHeld_WrongStateAndNothingChanges()
    {
        // arrange
        var reportId = await ReportAsync();
        await MeetingAsync(new { reportId, version = 0, heldOn = HubFactory.Today, participants = new[] { "SOCIAL_SERVICES" } });

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("social-contact-person").MutateAsync("planReportMeeting", "PlanReportMeetingInput",
            new { reportId, version = 1, plannedOn = "2026-11-27" }, ReportSelection));

        // assert
        Assert.Equal(["WRONG_STATE input.reportId"], refused.UserErrors("planReportMeeting"));
    }

    [Fact]
    public async Task PlanReportMeeting_AnotherDistrictsReport_AnswersAsForAMissingReport()
    {
        // arrange: a report kept by another district's reception, and an id no report has.
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));
        var foreign = new ScenarioRunner(hub).Run(s =>
        {
            var reception = s.FirstUnit(u => u.Kind == UnitKind.SocialServicesReception && u.Code != "social:hagersten-alvsjo:reception");
            var report = new ReportOfConcern
            {
                PupilId = pupil.Id,
                UnitId = reception.Id,
                OwnerAgency = Agency.SocialServices,
                OwnerAuthority = reception.Authority,
                OpenedOn = new DateOnly(2026, 11, 16),
                AssessmentDueOn = new DateOnly(2026, 11, 30),
                ReporterKind = ReporterKind.Other,
                ReporterName = "Granne",
                Summary = "Loud fights at home.",
            };
            s.Add(report);
            return report;
        });
        var client = hub.ClientFor("social-contact-person");

        // act
        var theirs = await StoreContents.UnchangedAsync(hub, () => client.MutateAsync("planReportMeeting", "PlanReportMeetingInput",
            new { reportId = GlobalId.Encode("Intervention", foreign.Id), version = foreign.Version, plannedOn = "2026-11-27" }, ReportSelection));
        var missing = await client.MutateAsync("planReportMeeting", "PlanReportMeetingInput",
            new { reportId = GlobalId.Encode("Intervention", int.MaxValue), version = 0, plannedOn = "2026-11-27" }, ReportSelection);

        // assert: the same refusal, word for word.
        Assert.Equal(missing.Payload("planReportMeeting")["errors"]!.ToString(), theirs.Payload("planReportMeeting")["errors"]!.ToString());
        Assert.NotEmpty(missing.UserErrors("planReportMeeting"));
    }

    /// <summary>A Klubbacksskolan teacher reports a pupil of the school on 16 November; returns the report's id (version 0).</summary>
    private async Task<string> ReportAsync()
    {
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));
        var reported = await hub.ClientFor("school-teacher").MutateAsync("reportConcern", "ReportConcernInput",
            new { pupilId = GlobalId.Encode("Pupil", pupil.Id), summary = "Says he is afraid to go home." }, "receipt { reportId receivedOn }");
        var reportId = (string)reported.Payload("reportConcern")["receipt"]!["reportId"]!;
        var id = RowId(reportId);
        hub.WithDb(db =>
        {
            db.Interventions.Single(i => i.Id == id).OpenedOn = new DateOnly(2026, 11, 16);
            return db.SaveChanges();
        });
        return reportId;
    }

    private Task<Envelope> MeetingAsync(object input) =>
        hub.ClientFor("social-contact-person").MutateAsync("holdReportMeeting", "HoldReportMeetingInput", input, ReportSelection);

    private Task<Envelope> AssessAsync(string reportId, int version, string decidedOn) =>
        hub.ClientFor("social-contact-person").MutateAsync("recordPreliminaryAssessment", "RecordPreliminaryAssessmentInput",
            new { reportId, version, decision = "NO_INVESTIGATION", decidedOn }, "assessment { id }");

    private async Task<JToken?> ReceiptAsync(string persona, string reportId)
    {
        var read = await hub.ClientFor(persona).PostAsync(Made);
        Assert.True(read.Errors is null, read.Text);
        return read.Data["concernReportsMade"]!.SingleOrDefault(r => (string?)r["reportId"] == reportId);
    }

    private static int RowId(string reportId) => GlobalId.TryDecode(reportId, "Intervention", out var id) ? id : 0;
}
