using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Interventions;

/// <summary>A report of concern that comes in while the district already investigates the child: it joins the investigation and closes.</summary>
public sealed partial class SocialServicesMutationTests
{
    private const string JoinedSelection = "assessment { id decision decidedOn closedOn joinedInvestigationId }";

    [Fact]
    public async Task RecordPreliminaryAssessment_ReportDuringAnOpenInvestigation_JoinsItAndClosesTheReport()
    {
        // arrange
        var pupil = Pupil("social-investigator");
        var investigation = await OpenedAsync(pupil, "2026-11-10");
        var report = await ReportAsync(pupil, "2026-11-15");

        // act
        var joined = await AssessJoinedAsync(report, "ALREADY_INVESTIGATED", "2026-11-20", "social-contact-person");
        var seenByInvestigator = await AssessmentSeenByAsync("social-investigator", pupil);
        var seenByReception = await AssessmentSeenByAsync("social-contact-person", pupil);

        // assert
        Assert.Empty(joined.UserErrors("recordPreliminaryAssessment"));
        Assert.Equal(("ALREADY_INVESTIGATED", "2026-11-20"), ((string?)joined.Payload("recordPreliminaryAssessment")["assessment"]!["decision"], (string?)joined.Payload("recordPreliminaryAssessment")["assessment"]!["closedOn"]));
        var reportId = RowId(report);
        Assert.Equal(new DateOnly(2026, 11, 20), hub.WithDb(db => db.Interventions.Single(i => i.Id == reportId).ClosedOn));
        Assert.Equal(new DateOnly(2026, 11, 20), hub.WithDb(db => db.LegalBases.Where(b => b.SourceInterventionId == reportId).Select(b => b.ValidTo).Distinct().Single()));
        Assert.Equal((string?)investigation["id"], (string?)seenByInvestigator["joinedInvestigationId"]);

        // Reception decides the report, but reads no investigation: the link is withheld from it.
        Assert.Equal(JTokenType.Null, seenByReception["joinedInvestigationId"]!.Type);
        Assert.Equal("ALREADY_INVESTIGATED", (string?)seenByReception["decision"]);
    }

    [Fact]
    public async Task RecordPreliminaryAssessment_OpenInvestigationWhileOneRuns_WrongStateAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("social-investigator");
        await OpenedAsync(pupil, "2026-11-10");
        var report = await ReportAsync(pupil, "2026-11-15");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AssessJoinedAsync(report, "OPEN_INVESTIGATION", "2026-11-20", "social-contact-person"));

        // assert
        Assert.Equal(["WRONG_STATE input.decision"], refused.UserErrors("recordPreliminaryAssessment"));
    }

    [Fact]
    public async Task RecordPreliminaryAssessment_AlreadyInvestigatedWithNoInvestigation_WrongStateAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("social-contact-person");
        var report = await ReportAsync(pupil, "2026-11-15");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AssessJoinedAsync(report, "ALREADY_INVESTIGATED", "2026-11-20", "social-contact-person"));

        // assert
        Assert.Equal(["WRONG_STATE input.decision"], refused.UserErrors("recordPreliminaryAssessment"));
    }

    [Fact]
    public async Task RecordPreliminaryAssessment_InvestigationClosedBeforeTheDecision_NothingToJoin()
    {
        // arrange: the investigation ran, and closed before the report was assessed.
        var pupil = Pupil("social-investigator");
        await CloseAsync(await OpenedAsync(pupil, "2026-11-02"), "2026-11-16");
        var report = await ReportAsync(pupil, "2026-11-15");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AssessJoinedAsync(report, "ALREADY_INVESTIGATED", "2026-11-20", "social-contact-person"));

        // assert
        Assert.Equal(["WRONG_STATE input.decision"], refused.UserErrors("recordPreliminaryAssessment"));
    }

    private Task<Envelope> AssessJoinedAsync(JToken report, string decision, string decidedOn, string persona) =>
        hub.ClientFor(persona).MutateAsync("recordPreliminaryAssessment", "RecordPreliminaryAssessmentInput",
            new { reportId = (string?)report["id"], version = (int)report["version"]!, decision, decidedOn }, JoinedSelection);

    /// <summary>The pupil's decided preliminary assessment, as the persona reads it.</summary>
    private async Task<JToken> AssessmentSeenByAsync(string persona, Hub.Records.Pupil pupil)
    {
        var read = await hub.ClientFor(persona).PostAsync(
            "query($id: ID!) { pupil(id: $id) { interventions { ... on PreliminaryAssessment { decision joinedInvestigationId } } } }", new { id = PupilId(pupil) });
        return read.Data["pupil"]!["interventions"]!.Single(i => (string?)i["decision"] == "ALREADY_INVESTIGATED");
    }
}
