using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Interventions;

/// <summary>Social services' chain through HTTP: reports of concern and their 14-day assessment, report meetings, and who may act at all.</summary>
public sealed partial class SocialServicesMutationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string ReportSelection = "report { id version openedOn closedOn assessmentDueOn meetingHeldOn reporterKind }";
    private const string AssessmentSelection = "assessment { id decision decidedOn closedOn delayReason }";

    private static readonly string[] Everyone =
    [
        "school-teacher", "school-principal", "rsu-teacher", "csu-teacher", "elevhalsa-officer", "social-investigator",
        "sst-social-worker", "social-contact-person", "bup-clinician", "police-sspf", "dpo",
    ];

    /// <summary>Each mutation, a persona it does not allow, and an input of the right shape.</summary>
    public static TheoryData<string, string> Refusals()
    {
        var data = new TheoryData<string, string>();
        foreach (var (mutation, (_, _, allowed)) in RefusalInputs)
        {
            foreach (var persona in Everyone.Except(allowed))
            {
                data.Add(mutation, persona);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task SocialServicesMutation_PersonaOfAnotherAgencyOrRole_AccessDeniedAndNothingChanges(string mutation, string persona)
    {
        // arrange
        var (inputType, input, _) = RefusalInputs[mutation];

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor(persona).MutateAsync(mutation, inputType, input, ""));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Fact]
    public async Task ReceiveReportOfConcern_SchoolReportsToReception_ReceptionSeesTheReportAndThePrincipalDoesNot()
    {
        // arrange
        var pupil = Pupil("school-principal");

        // act
        var received = await ReceiveAsync(pupil, "2026-11-20");

        // assert
        var report = received.Payload("receiveReportOfConcern")["report"]!;
        Assert.Empty(received.UserErrors("receiveReportOfConcern"));
        Assert.Equal("2026-12-04", (string?)report["assessmentDueOn"]);
        Assert.Equal("SCHOOL", (string?)report["reporterKind"]);
        Assert.Equal(["REPORT_OF_CONCERN", "PRELIMINARY_ASSESSMENT"], await KindsSeenByAsync("social-contact-person", pupil));
        Assert.Empty(await KindsSeenByAsync("school-principal", pupil));
        var bases = hub.WithDb(db => db.LegalBases.AsNoTracking().Include(b => b.GrantedToUnit).Where(b => b.PupilId == pupil.Id).ToList());
        Assert.Equal([DataCategory.Placement, DataCategory.Absence], bases.Select(b => b.Category).Order());
        Assert.All(bases, basis => Assert.Equal(
            (LegalBasisKind.ReportOfConcernReporter, "Offentlighets- och sekretesslag (2009:400) 10 kap. 28 §", "social:hagersten-alvsjo:reception", (DateOnly?)null),
            (basis.Kind, basis.Statute, basis.GrantedToUnit.Code, basis.ValidTo)));
    }

    [Theory]
    [InlineData("SCHOOL", null)]
    [InlineData("SCHOOL", "bup:liljeholmen")]
    [InlineData("POLICE", "school:klubbacksskolan")]
    [InlineData("OTHER", "school:klubbacksskolan")]
    public async Task ReceiveReportOfConcern_ReporterUnitMissingOrOfTheWrongKind_InvalidAndNothingChanges(string reporterKind, string? unitCode)
    {
        // arrange
        var pupil = Pupil("school-principal");
        var reporterUnitId = unitCode is null ? null : UnitId(unitCode);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("social-contact-person").MutateAsync("receiveReportOfConcern",
            "ReceiveReportOfConcernInput", new
            {
                personalIdentityNumber = pupil.PersonalIdentityNumber,
                receivedOn = "2026-11-20",
                reporterKind,
                reporterUnitId,
                reporterName = "Anna Rektor",
                summary = "Concern.",
            }, ReportSelection));

        // assert
        Assert.Equal(["INVALID input.reporterUnitId"], refused.UserErrors("receiveReportOfConcern"));
    }

    [Fact]
    public async Task ReceiveReportOfConcern_ReceivedTomorrow_InvalidAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("school-principal");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => ReceiveAsync(pupil, "2026-11-24"));

        // assert
        Assert.Equal(["INVALID input.receivedOn"], refused.UserErrors("receiveReportOfConcern"));
    }

    [Fact]
    public async Task RecordPreliminaryAssessment_NoInvestigationWithinFourteenDays_ClosesTheReportAndEndsItsLegalBasis()
    {
        // arrange
        var pupil = Pupil("social-contact-person");
        var report = await ReportAsync(pupil, "2026-11-10");

        // act
        var assessed = await AssessAsync(report, "NO_INVESTIGATION", "2026-11-23");

        // assert
        var assessment = assessed.Payload("recordPreliminaryAssessment")["assessment"]!;
        Assert.Empty(assessed.UserErrors("recordPreliminaryAssessment"));
        Assert.Equal(("NO_INVESTIGATION", "2026-11-23"), ((string?)assessment["decision"], (string?)assessment["closedOn"]));
        var reportId = RowId(report);
        Assert.Equal(new DateOnly(2026, 11, 23), hub.WithDb(db => db.Interventions.Single(i => i.Id == reportId).ClosedOn));
        Assert.Equal(new DateOnly(2026, 11, 23), hub.WithDb(db => db.LegalBases.Where(b => b.SourceInterventionId == reportId).Select(b => b.ValidTo).Distinct().Single()));
    }

    [Fact]
    public async Task RecordPreliminaryAssessment_AfterFourteenDaysWithoutReason_DeadlinePassedAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("social-contact-person");
        var report = await ReportAsync(pupil, "2026-11-01");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AssessAsync(report, "NO_INVESTIGATION", "2026-11-23"));

        // assert
        Assert.Equal(["DEADLINE_PASSED input.delayReason"], refused.UserErrors("recordPreliminaryAssessment"));
    }

    [Fact]
    public async Task RecordPreliminaryAssessment_AfterFourteenDaysWithReason_RecordsTheDelayReason()
    {
        // arrange
        var pupil = Pupil("social-contact-person");
        var report = await ReportAsync(pupil, "2026-11-01");

        // act
        var assessed = await AssessAsync(report, "OPEN_INVESTIGATION", "2026-11-23", delayReason: "The family could not be reached.");

        // assert
        Assert.Empty(assessed.UserErrors("recordPreliminaryAssessment"));
        Assert.Equal("The family could not be reached.", (string?)assessed.Payload("recordPreliminaryAssessment")["assessment"]!["delayReason"]);
    }

    [Fact]
    public async Task RecordPreliminaryAssessment_AlreadyDecided_WrongStateAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("social-contact-person");
        var report = await ReportAsync(pupil, "2026-11-20");
        await AssessAsync(report, "NO_INVESTIGATION", "2026-11-21");
        var decided = Reread(report);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AssessAsync(decided, "OPEN_INVESTIGATION", "2026-11-22"));

        // assert
        Assert.Equal(["WRONG_STATE input.reportId"], refused.UserErrors("recordPreliminaryAssessment"));
    }

    [Theory]
    [InlineData("2026-11-19", "INVALID input.decidedOn")]
    [InlineData("2026-11-24", "INVALID input.decidedOn")]
    public async Task RecordPreliminaryAssessment_DecidedBeforeReceiptOrInTheFuture_InvalidAndNothingChanges(string decidedOn, string error)
    {
        // arrange
        var pupil = Pupil("social-contact-person");
        var report = await ReportAsync(pupil, "2026-11-20");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AssessAsync(report, "NO_INVESTIGATION", decidedOn));

        // assert
        Assert.Equal([error], refused.UserErrors("recordPreliminaryAssessment"));
    }

    [Fact]
    public async Task RecordPreliminaryAssessment_StaleVersion_StaleVersionAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("social-contact-person");
        var report = await ReportAsync(pupil, "2026-11-20");
        report["version"] = (int)report["version"]! + 1;

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AssessAsync(report, "NO_INVESTIGATION", "2026-11-23"));

        // assert
        Assert.Equal(["STALE_VERSION input.version"], refused.UserErrors("recordPreliminaryAssessment"));
    }

    [Fact]
    public async Task RecordPreliminaryAssessment_InvestigatorOnTheReceptionsReport_NotPermittedAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("social-investigator");
        var report = await ReportAsync(pupil, "2026-11-20");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AssessAsync(report, "NO_INVESTIGATION", "2026-11-23", "social-investigator"));

        // assert
        Assert.Equal(["NOT_PERMITTED input.reportId"], refused.UserErrors("recordPreliminaryAssessment"));
    }

    [Fact]
    public async Task HoldReportMeeting_Held_RecordsTheDay()
    {
        // arrange
        var pupil = Pupil("social-contact-person");
        var report = await ReportAsync(pupil, "2026-11-16", meetingHeld: false);

        // act
        var held = await MeetingAsync(report, new { reportId = (string?)report["id"], version = (int)report["version"]!, heldOn = "2026-11-20", participants = new[] { "SOCIAL_SERVICES" } });

        // assert
        Assert.Empty(held.UserErrors("holdReportMeeting"));
        Assert.Equal("2026-11-20", (string?)held.Payload("holdReportMeeting")["report"]!["meetingHeldOn"]);
    }

    [Fact]
    public async Task HoldReportMeeting_BothHeldAndWaived_InvalidAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("social-contact-person");
        var report = await ReportAsync(pupil, "2026-11-16", meetingHeld: false);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => MeetingAsync(report,
            new { reportId = (string?)report["id"], version = (int)report["version"]!, heldOn = "2026-11-20", waivedReason = "Violence at home." }));

        // assert
        Assert.Equal(["INVALID input.heldOn"], refused.UserErrors("holdReportMeeting"));
    }

    [Fact]
    public async Task HoldReportMeeting_AlreadyWaived_WrongStateAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("social-contact-person");
        var report = await ReportAsync(pupil, "2026-11-16", meetingHeld: false);
        await MeetingAsync(report, new { reportId = (string?)report["id"], version = (int)report["version"]!, waivedReason = "Violence at home." });
        var waived = Reread(report);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => MeetingAsync(waived,
            new { reportId = (string?)waived["id"], version = (int)waived["version"]!, heldOn = "2026-11-20" }));

        // assert
        Assert.Equal(["WRONG_STATE input.reportId"], refused.UserErrors("holdReportMeeting"));
    }

    private Pupil Pupil(string persona) => new ScenarioRunner(hub).Run(s => s.PupilRelatedTo(persona));

    private string UnitId(string code) => GlobalId.Encode("Unit", new ScenarioRunner(hub).Run(s => s.Unit(code).Id));

    private static string PupilId(Pupil pupil) => GlobalId.Encode("Pupil", pupil.Id);

    private static int RowId(JToken record) => GlobalId.TryDecode((string?)record["id"], "Intervention", out var id) ? id : 0;

    /// <summary>The record as it is now: its id and current version.</summary>
    private JObject Reread(JToken record)
    {
        var id = RowId(record);
        return new JObject { ["id"] = record["id"], ["version"] = hub.WithDb(db => db.Interventions.Single(i => i.Id == id).Version) };
    }

    private Task<Envelope> ReceiveAsync(Pupil pupil, string receivedOn) =>
        hub.ClientFor("social-contact-person").MutateAsync("receiveReportOfConcern", "ReceiveReportOfConcernInput", new
        {
            personalIdentityNumber = pupil.PersonalIdentityNumber,
            receivedOn,
            reporterKind = "SCHOOL",
            reporterUnitId = UnitId("school:klubbacksskolan"),
            reporterName = "Anna Rektor",
            reporterContact = "anna.rektor@example.se",
            summary = "The pupil says there is violence at home.",
        }, ReportSelection);

    /// <summary>A report received, and (unless <paramref name="meetingHeld"/> is false) its report meeting held that day, as every assessment needs.</summary>
    private async Task<JToken> ReportAsync(Pupil pupil, string receivedOn, bool meetingHeld = true)
    {
        var report = (await ReceiveAsync(pupil, receivedOn)).Payload("receiveReportOfConcern")["report"]!;
        if (meetingHeld)
        {
            report["version"] = await hub.HoldMeetingAsync((string?)report["id"], (int)report["version"]!, receivedOn);
        }

        return report;
    }

    private Task<Envelope> AssessAsync(JToken report, string decision, string decidedOn, string persona = "social-contact-person", string? delayReason = null) =>
        hub.ClientFor(persona).MutateAsync("recordPreliminaryAssessment", "RecordPreliminaryAssessmentInput",
            new { reportId = (string?)report["id"], version = (int)report["version"]!, decision, decidedOn, delayReason }, AssessmentSelection);

    private Task<Envelope> MeetingAsync(JToken report, object input) =>
        hub.ClientFor("social-contact-person").MutateAsync("holdReportMeeting", "HoldReportMeetingInput", input, ReportSelection);

    /// <summary>The kinds of the pupil's records the persona reads; none when the field is denied or the pupil is out of its sight.</summary>
    private async Task<string[]> KindsSeenByAsync(string persona, Pupil pupil)
    {
        var read = await hub.ClientFor(persona).PostAsync("query($id: ID!) { pupil(id: $id) { interventions { kind } } }", new { id = PupilId(pupil) });
        var list = (read.Data["pupil"] as JObject)?["interventions"];
        return list is JArray items ? items.Select(i => (string)i["kind"]!).ToArray() : [];
    }
}
