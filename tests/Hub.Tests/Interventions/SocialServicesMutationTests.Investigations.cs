using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Interventions;

/// <summary>Investigations: opened after an assessment or on application, the duty to inform while open, the four-month rule.</summary>
public sealed partial class SocialServicesMutationTests
{
    private const string InvestigationSelection = "investigation { id version dueOn closedOn delayReason educationInvestigated }";

    [Fact]
    public async Task OpenInvestigation_EducationInvestigated_InvestigatorReadsTheSchoolsPlacementsUntilItCloses()
    {
        // arrange
        var pupil = new ScenarioRunner(hub).Run(s =>
        {
            var p = s.PupilRelatedTo("social-investigator");
            s.OthersRecords(p);
            return p;
        });
        var before = await PlacementsSeenAsync(pupil);

        // act
        var opened = await OpenAsync(new { pupilId = PupilId(pupil), origin = "APPLICATION", openedOn = "2026-11-23", educationInvestigated = true });
        var during = await PlacementsSeenAsync(pupil);
        var closed = await CloseAsync(Investigation(opened), "2026-11-23");
        var after = await PlacementsSeenAsync(pupil);

        // assert
        Assert.Empty(opened.UserErrors("openInvestigation"));
        Assert.Empty(closed.UserErrors("closeInvestigation"));
        Assert.Null(before);
        Assert.Equal<string[]?>(["RSU"], during);
        Assert.Null(after);
    }

    [Fact]
    public async Task OpenInvestigation_AfterTheAssessmentDecidedSo_OpensDueInFourMonthsForTheInvestigatorOnly()
    {
        // arrange
        var pupil = Pupil("school-principal");
        var report = await ReportAsync(pupil, "2026-11-16");
        await AssessAsync(report, "OPEN_INVESTIGATION", "2026-11-20");

        // act
        var opened = await OpenAsync(new
        {
            pupilId = PupilId(pupil),
            origin = "REPORT_OF_CONCERN",
            reportId = (string?)report["id"],
            openedOn = "2026-11-20",
            educationInvestigated = false,
        });

        // assert
        Assert.Empty(opened.UserErrors("openInvestigation"));
        Assert.Equal("2027-03-20", (string?)Investigation(opened)["dueOn"]);
        Assert.Contains("INVESTIGATION", await KindsSeenByAsync("social-investigator", pupil));
        Assert.DoesNotContain("INVESTIGATION", await KindsSeenByAsync("sst-social-worker", pupil));
        Assert.DoesNotContain("INVESTIGATION", await KindsSeenByAsync("school-principal", pupil));
    }

    [Fact]
    public async Task OpenInvestigation_AssessmentStillPending_WrongStateAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("social-investigator");
        var report = await ReportAsync(pupil, "2026-11-16");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => OpenAsync(new
        {
            pupilId = PupilId(pupil),
            origin = "REPORT_OF_CONCERN",
            reportId = (string?)report["id"],
            openedOn = "2026-11-20",
            educationInvestigated = true,
        }));

        // assert
        Assert.Equal(["WRONG_STATE input.reportId"], refused.UserErrors("openInvestigation"));
    }

    [Fact]
    public async Task OpenInvestigation_DistrictAlreadyInvestigatesThePupil_WrongStateAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("social-investigator");
        await OpenAsync(new { pupilId = PupilId(pupil), origin = "APPLICATION", openedOn = "2026-11-02", educationInvestigated = false });

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () =>
            OpenAsync(new { pupilId = PupilId(pupil), origin = "OTHER", openedOn = "2026-11-23", educationInvestigated = false }));

        // assert
        Assert.Equal(["WRONG_STATE input.pupilId"], refused.UserErrors("openInvestigation"));
    }

    [Fact]
    public async Task OpenInvestigation_BothPupilIdAndNumber_InvalidAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("social-investigator");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => OpenAsync(new
        {
            pupilId = PupilId(pupil),
            personalIdentityNumber = pupil.PersonalIdentityNumber,
            origin = "APPLICATION",
            openedOn = "2026-11-23",
            educationInvestigated = false,
        }));

        // assert
        Assert.Equal(["INVALID input.pupilId"], refused.UserErrors("openInvestigation"));
    }

    [Fact]
    public async Task CloseInvestigation_AfterFourMonthsWithoutReason_DeadlinePassedAndNothingChanges()
    {
        // arrange
        var investigation = await OpenedAsync(Pupil("social-investigator"), "2026-06-01");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => CloseAsync(investigation, "2026-11-23"));

        // assert
        Assert.Equal("2026-10-01", (string?)investigation["dueOn"]);
        Assert.Equal(["DEADLINE_PASSED input.delayReason"], refused.UserErrors("closeInvestigation"));
    }

    [Fact]
    public async Task CloseInvestigation_AfterFourMonthsWithReason_ClosesWithTheDelayReason()
    {
        // arrange
        var investigation = await OpenedAsync(Pupil("social-investigator"), "2026-06-01");

        // act
        var closed = await CloseAsync(investigation, "2026-11-23", delayReason: "The pupil's father was abroad.");

        // assert
        var result = closed.Payload("closeInvestigation")["investigation"]!;
        Assert.Empty(closed.UserErrors("closeInvestigation"));
        Assert.Equal(("2026-11-23", "The pupil's father was abroad."), ((string?)result["closedOn"], (string?)result["delayReason"]));
    }

    [Fact]
    public async Task CloseInvestigation_StaleVersion_StaleVersionAndNothingChanges()
    {
        // arrange
        var investigation = await OpenedAsync(Pupil("social-investigator"), "2026-11-02");
        investigation["version"] = (int)investigation["version"]! + 1;

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => CloseAsync(investigation, "2026-11-23"));

        // assert
        Assert.Equal(["STALE_VERSION input.version"], refused.UserErrors("closeInvestigation"));
    }

    [Fact]
    public async Task CloseInvestigation_AlreadyClosed_WrongStateAndNothingChanges()
    {
        // arrange
        var investigation = await OpenedAsync(Pupil("social-investigator"), "2026-11-02");
        await CloseAsync(investigation, "2026-11-20");
        var closed = Reread(investigation);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => CloseAsync(closed, "2026-11-23"));

        // assert
        Assert.Equal(["WRONG_STATE input.investigationId"], refused.UserErrors("closeInvestigation"));
    }

    [Fact]
    public async Task CloseInvestigation_AnotherDistrictsInvestigation_NotFoundAndNothingChanges()
    {
        // arrange
        var hidden = HiddenRecordOf<Investigation>(Pupil("social-investigator"), "social-investigator");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => CloseAsync(hidden, "2026-11-23"));

        // assert
        Assert.Equal(["NOT_FOUND input.investigationId"], refused.UserErrors("closeInvestigation"));
    }

    [Fact]
    public async Task ExtendInvestigation_WithinSixMonths_MovesTheDueDayAndRecordsTheReason()
    {
        // arrange
        var investigation = await OpenedAsync(Pupil("social-investigator"), "2026-08-01");

        // act
        var extended = await ExtendAsync(investigation, "2027-01-15");

        // assert
        var result = extended.Payload("extendInvestigation")["investigation"]!;
        Assert.Empty(extended.UserErrors("extendInvestigation"));
        Assert.Equal(("2027-01-15", "Extended to 2027-01-15: The child psychiatry assessment is not finished."),
            ((string?)result["dueOn"], (string?)result["delayReason"]));
    }

    [Theory]
    [InlineData("2027-02-02")]
    [InlineData("2026-11-30")]
    public async Task ExtendInvestigation_BeyondSixMonthsOrNotLater_InvalidAndNothingChanges(string newDueOn)
    {
        // arrange
        var investigation = await OpenedAsync(Pupil("social-investigator"), "2026-08-01");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => ExtendAsync(investigation, newDueOn));

        // assert
        Assert.Equal(["INVALID input.newDueOn"], refused.UserErrors("extendInvestigation"));
    }

    private static JToken Investigation(Envelope opened) => opened.Payload("openInvestigation")["investigation"]!;

    private Task<Envelope> OpenAsync(object input) =>
        hub.ClientFor("social-investigator").MutateAsync("openInvestigation", "OpenInvestigationInput", input, InvestigationSelection);

    /// <summary>An investigation opened on a family's application.</summary>
    private async Task<JToken> OpenedAsync(Pupil pupil, string openedOn) =>
        Investigation(await OpenAsync(new { pupilId = PupilId(pupil), origin = "APPLICATION", openedOn, educationInvestigated = true }));

    private Task<Envelope> CloseAsync(JToken investigation, string closedOn, string? delayReason = null) =>
        hub.ClientFor("social-investigator").MutateAsync("closeInvestigation", "CloseInvestigationInput", new
        {
            investigationId = (string?)investigation["id"],
            version = (int)investigation["version"]!,
            closedOn,
            closingNote = "The family accepts support.",
            delayReason,
        }, InvestigationSelection);

    private Task<Envelope> ExtendAsync(JToken investigation, string newDueOn) =>
        hub.ClientFor("social-investigator").MutateAsync("extendInvestigation", "ExtendInvestigationInput", new
        {
            investigationId = (string?)investigation["id"],
            version = (int)investigation["version"]!,
            newDueOn,
            reason = "The child psychiatry assessment is not finished.",
        }, InvestigationSelection);

    /// <summary>The levels of the pupil's placements the investigator reads; null when the field is denied.</summary>
    private async Task<string[]?> PlacementsSeenAsync(Pupil pupil)
    {
        var read = await hub.ClientFor("social-investigator").PostAsync("query($id: ID!) { pupil(id: $id) { placements { level } } }", new { id = PupilId(pupil) });
        return read.Data["pupil"]!["placements"] is JArray placements ? placements.Select(p => (string)p["level"]!).ToArray() : null;
    }

    /// <summary>A record of this kind that another authority keeps about the pupil, as id and version.</summary>
    private JObject HiddenRecordOf<T>(Pupil pupil, string persona)
        where T : Intervention
    {
        var code = Hub.Identity.Personas.Find(persona)!.UnitCode;
        var authority = hub.WithDb(db => db.Units.Single(u => u.Code == code).Authority);
        new ScenarioRunner(hub).Run(s => s.HiddenRecords(pupil, authority));
        var row = hub.WithDb(db => db.Interventions.OfType<T>().Where(i => i.PupilId == pupil.Id).Select(i => new { i.Id, i.Version }).Single());
        return new JObject { ["id"] = GlobalId.Encode("Intervention", row.Id), ["version"] = row.Version };
    }
}
