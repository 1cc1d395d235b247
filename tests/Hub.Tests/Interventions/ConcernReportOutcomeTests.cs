using Hub.Api;
using Hub.Interventions;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Interventions;

/// <summary>
/// A professional reporter may be told whether its report led to an investigation, to none, or found
/// one already running, and nothing more; only the unit that reported reads it, and every read is logged.
/// </summary>
public sealed class ConcernReportOutcomeTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Made = "{ concernReportsMade { reportId outcome meetingHeldOn } }";

    [Theory]
    [InlineData("NO_INVESTIGATION", "NO_INVESTIGATION")]
    [InlineData("OPEN_INVESTIGATION", "INVESTIGATION_OPENED")]
    public async Task ConcernReportsMade_AfterTheAssessment_TheReportingUnitReadsTheOutcomeAndTheReadIsLogged(string decision, string outcome)
    {
        // arrange
        var (pupilId, reportId) = await ReportAsync();
        var before = await ReceiptAsync("school-teacher", reportId);
        var version = await hub.HoldMeetingAsync(reportId, 0, HubFactory.Today);
        await hub.ClientFor("social-contact-person").MutateAsync("recordPreliminaryAssessment", "RecordPreliminaryAssessmentInput",
            new { reportId, version, decision, decidedOn = HubFactory.Today }, "assessment { id }");

        // act
        var after = await ReceiptAsync("school-teacher", reportId);

        // assert
        Assert.Equal("AWAITING_ASSESSMENT", (string?)before!["outcome"]);
        Assert.Equal(outcome, (string?)after!["outcome"]);
        var rows = hub.WithDb(db => db.AccessLog.AsNoTracking().Where(e => e.PupilId == pupilId && e.Basis.Contains("reporter's right")).ToList());
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(("ReportOfConcern", "school:klubbacksskolan"), (r.Categories, r.UnitCode)));
    }

    [Fact]
    public async Task ConcernReportsMade_ReportDuringAnInvestigation_AlreadyInvestigated()
    {
        // arrange
        var (pupilId, reportId) = await ReportAsync();
        await hub.ClientFor("social-investigator").MutateAsync("openInvestigation", "OpenInvestigationInput",
            new { personalIdentityNumber = hub.WithDb(db => db.Pupils.Single(p => p.Id == pupilId).PersonalIdentityNumber), origin = "APPLICATION", openedOn = "2026-11-20", educationInvestigated = false },
            "investigation { id }");
        var version = await hub.HoldMeetingAsync(reportId, 0, HubFactory.Today);
        await hub.ClientFor("social-contact-person").MutateAsync("recordPreliminaryAssessment", "RecordPreliminaryAssessmentInput",
            new { reportId, version, decision = "ALREADY_INVESTIGATED", decidedOn = HubFactory.Today }, "assessment { id }");

        // act
        var receipt = await ReceiptAsync("school-teacher", reportId);

        // assert
        Assert.Equal("ALREADY_INVESTIGATED", (string?)receipt!["outcome"]);
    }

    [Theory]
    [InlineData("bup-clinician")]
    [InlineData("police-sspf")]
    [InlineData("forsta-linjen-clinician")]
    [InlineData("habilitation-clinician")]
    [InlineData("fritid-leader")]
    [InlineData("social-contact-person")]
    [InlineData("rsu-teacher")]
    public async Task ConcernReportsMade_AnotherUnit_SeesNoneOfAnotherUnitsReports(string persona)
    {
        // arrange: a report made by Klubbacksskolan, and decided.
        var (_, reportId) = await ReportAsync();
        var version = await hub.HoldMeetingAsync(reportId, 0, HubFactory.Today);
        await hub.ClientFor("social-contact-person").MutateAsync("recordPreliminaryAssessment", "RecordPreliminaryAssessmentInput",
            new { reportId, version, decision = "NO_INVESTIGATION", decidedOn = HubFactory.Today }, "assessment { id }");

        // act
        var theirs = await ReceiptAsync(persona, reportId);
        var reporters = await ReceiptAsync("school-teacher", reportId);

        // assert: a positive control, then the other unit's answer.
        Assert.NotNull(reporters);
        Assert.Null(theirs);
    }

    [Fact]
    public void ConcernReceipt_TellsNoMoreThanTheLawGivesTheReporter()
    {
        // The receipt's fields are the whole of what a reporter reads back: no summary, no decision text, no investigation.
        var fields = new ConcernReceiptType().Fields.Select(f => char.ToLowerInvariant(f.Name[0]) + f.Name[1..]).Order(StringComparer.Ordinal);
        Assert.Equal(["assessmentDueOn", "meetingHeldOn", "meetingPlannedOn", "outcome", "receivedOn", "reportId", "reporterName"], fields);
    }

    /// <summary>A Klubbacksskolan teacher reports a pupil of the school; returns the pupil and the report's id.</summary>
    private async Task<(int PupilId, string ReportId)> ReportAsync()
    {
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));
        var reported = await hub.ClientFor("school-teacher").MutateAsync("reportConcern", "ReportConcernInput",
            new { pupilId = GlobalId.Encode("Pupil", pupil.Id), summary = "Hungry every morning, says there is no food at home." }, "receipt { reportId }");
        return (pupil.Id, (string)reported.Payload("reportConcern")["receipt"]!["reportId"]!);
    }

    private async Task<JToken?> ReceiptAsync(string persona, string reportId)
    {
        var read = await hub.ClientFor(persona).PostAsync(Made);
        Assert.True(read.Errors is null, read.Text);
        return read.Data["concernReportsMade"]!.SingleOrDefault(r => (string?)r["reportId"] == reportId);
    }
}
