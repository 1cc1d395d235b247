using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Interventions;

/// <summary>Reports of concern filed through the hub by the agencies with the duty to report.</summary>
public sealed class ConcernReportMutationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Selection = "receipt { reportId receivedOn assessmentDueOn reporterName }";

    [Fact]
    public async Task ReportConcern_Teacher_LandsAtTheDistrictsReceptionAndTheReporterGetsOnlyAReceipt()
    {
        // arrange
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));
        var id = GlobalId.Encode("Pupil", pupil.Id);

        // act
        var reported = await hub.ClientFor("school-teacher").MutateAsync("reportConcern", "ReportConcernInput",
            new { pupilId = id, summary = "Bruises on both arms after the weekend." }, Selection);

        // assert
        var receipt = reported.Payload("reportConcern")["receipt"]!;
        Assert.Empty(reported.UserErrors("reportConcern"));
        Assert.Equal(HubFactory.Today, (string?)receipt["receivedOn"]);
        Assert.Equal("2026-12-07", (string?)receipt["assessmentDueOn"]);
        var reception = await hub.ClientFor("social-contact-person").PostAsync(
            "query($id: ID!) { pupil(id: $id) { interventions(kinds: [REPORT_OF_CONCERN]) { id ... on ReportOfConcern { reporterKind reporterName } } } }", new { id });
        var report = reception.Data["pupil"]!["interventions"]!.Single();
        Assert.Equal((string?)receipt["reportId"], (string?)report["id"]);
        Assert.Equal("SCHOOL", (string?)report["reporterKind"]);
        var teacher = await hub.ClientFor("school-teacher").PostAsync("query($id: ID!) { pupil(id: $id) { interventions { kind } } }", new { id });
        Assert.DoesNotContain(teacher.Data["pupil"]!["interventions"]?.Children() ?? Enumerable.Empty<JToken>(), i => (string?)i["kind"] == "REPORT_OF_CONCERN");
        var row = hub.WithDb(db => db.Interventions.OfType<ReportOfConcern>().Single(r => r.PupilId == pupil.Id));
        Assert.Equal("social:hagersten-alvsjo:reception", hub.WithDb(db => db.Units.Single(u => u.Id == row.UnitId).Code));
    }

    [Fact]
    public async Task ReportConcern_PoliceByPersonalIdentityNumber_RecordedAsAPoliceReport()
    {
        // arrange
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));

        // act
        var reported = await hub.ClientFor("police-sspf").MutateAsync("reportConcern", "ReportConcernInput",
            new
            {
                personalIdentityNumber = pupil.PersonalIdentityNumber,
                givenName = "Theo",
                familyName = "Hansson",
                districtId = GlobalId.Encode("District", pupil.RegisteredDistrictId),
                summary = "Met at a late-night police intervention, alone.",
                reporterContact = "114 14"
            }, Selection);

        // assert
        Assert.Empty(reported.UserErrors("reportConcern"));
        var row = hub.WithDb(db => db.Interventions.OfType<ReportOfConcern>().Single(r => r.PupilId == pupil.Id));
        Assert.Equal(ReporterKind.Police, row.ReporterKind);
        Assert.Equal("114 14", row.ReporterContact);
    }

    [Fact]
    public async Task ReportConcern_PupilIdOfAPupilTheCallerDoesNotSee_NotFound()
    {
        // arrange
        var id = GlobalId.Encode("Pupil", new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher")).Id);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("bup-clinician").MutateAsync("reportConcern", "ReportConcernInput",
            new { pupilId = id, summary = "Worried." }, Selection));

        // assert
        Assert.Equal(["NOT_FOUND input.pupilId"], refused.UserErrors("reportConcern"));
    }

    [Fact]
    public async Task ReportConcern_BothPupilIdAndNumber_Invalid()
    {
        // arrange
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("school-teacher").MutateAsync("reportConcern", "ReportConcernInput",
            new { pupilId = GlobalId.Encode("Pupil", pupil.Id), personalIdentityNumber = pupil.PersonalIdentityNumber, summary = "Worried." }, Selection));

        // assert
        Assert.Equal(["INVALID input.pupilId"], refused.UserErrors("reportConcern"));
    }

    [Theory]
    [InlineData("social-investigator")]
    [InlineData("sst-social-worker")]
    [InlineData("social-contact-person")]
    [InlineData("dpo")]
    public async Task ReportConcern_SocialServicesOrTheOfficer_RefusedAndNothingChanges(string persona)
    {
        // arrange
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor(persona).MutateAsync("reportConcern", "ReportConcernInput",
            new { personalIdentityNumber = pupil.PersonalIdentityNumber, summary = "Worried." }, Selection));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Fact]
    public async Task RecordPreliminaryAssessment_OpenInvestigation_ReportStaysOpenUntilTheInvestigationOpensAndThenOnlyOnce()
    {
        // arrange
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));
        var id = GlobalId.Encode("Pupil", pupil.Id);
        var reportId = (string?)(await hub.ClientFor("school-teacher").MutateAsync("reportConcern", "ReportConcernInput",
            new { pupilId = id, summary = "Says he is afraid to go home." }, Selection)).Payload("reportConcern")["receipt"]!["reportId"];
        var version = await hub.HoldMeetingAsync(reportId, 0, HubFactory.Today);
        await hub.ClientFor("social-contact-person").MutateAsync("recordPreliminaryAssessment", "RecordPreliminaryAssessmentInput",
            new { reportId, version, decision = "OPEN_INVESTIGATION", decidedOn = HubFactory.Today }, "assessment { id }");
        var investigator = hub.ClientFor("social-investigator");
        var open = new { pupilId = id, origin = "REPORT_OF_CONCERN", reportId, openedOn = HubFactory.Today, educationInvestigated = true };

        // act
        var opened = await investigator.MutateAsync("openInvestigation", "OpenInvestigationInput", open, "investigation { id dueOn }");
        var again = await StoreContents.UnchangedAsync(hub, () => investigator.MutateAsync("openInvestigation", "OpenInvestigationInput", open, "investigation { id }"));

        // assert
        Assert.Empty(opened.UserErrors("openInvestigation"));
        Assert.Equal("2027-03-23", (string?)opened.Payload("openInvestigation")["investigation"]!["dueOn"]);
        Assert.Equal(new DateOnly(2026, 11, 23), hub.WithDb(db => db.Interventions.OfType<ReportOfConcern>().Single(r => r.PupilId == pupil.Id).ClosedOn));
        Assert.Equal(["WRONG_STATE input.reportId"], again.UserErrors("openInvestigation"));
    }
}
