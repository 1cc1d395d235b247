using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;

namespace Hub.Tests.Consents;

/// <summary>Disclosure decisions: who may take them, what they may name, their period, ending them, and the officer's list.</summary>
public sealed partial class LegalBasisCatalogueTests
{
    private const string Osl2 = "Offentlighets- och sekretesslag (2009:400) 10 kap. 2 §";
    private const string DecisionSelection = "decision { id version kind citation categories purpose validFrom validUntil reason decidedByName decidedByRole endedOn }";

    [Fact]
    public async Task RecordDisclosureDecision_PrincipalToBup_ClinicReadsAbsenceUntilThePrincipalEndsIt()
    {
        // arrange
        var pupil = Arrange("school-principal", (s, p) => s.OthersRecords(p));
        var before = await AccessAsync("bup-clinician", pupil);

        // act
        var recorded = await DecideAsync("school-principal", pupil, "bup:liljeholmen", ["ABSENCE"]);
        var during = await AccessAsync("bup-clinician", pupil);
        var decision = recorded.Payload("recordDisclosureDecision")["decision"]!;
        var ended = await hub.ClientFor("school-principal").MutateAsync("endDisclosureDecision", "EndDisclosureDecisionInput",
            new { decisionId = (string?)decision["id"], version = (int)decision["version"]! }, DecisionSelection);
        var after = await AccessAsync("bup-clinician", pupil);

        // assert
        Assert.Empty(recorded.UserErrors("recordDisclosureDecision"));
        Assert.Equal(("DISCLOSURE_NECESSARY", Osl2, "PRINCIPAL", "2026-12-22"),
            ((string?)decision["kind"], (string?)decision["citation"], (string?)decision["decidedByRole"], (string?)decision["validUntil"]));
        Assert.False(before.Permits("ABSENCE"));
        Assert.Equal(("DISCLOSURE_NECESSARY", Osl2), during.LegalBasis("ABSENCE"));
        Assert.False(during.Permits("PLACEMENT"), "Only the categories the decision names cross.");
        Assert.Empty(ended.UserErrors("endDisclosureDecision"));
        Assert.Equal("2026-11-23", (string?)ended.Payload("endDisclosureDecision")["decision"]!["endedOn"]);
        Assert.False(after.Permits("ABSENCE"));
    }

    [Fact]
    public async Task PupilQuery_ClinicReadsAbsenceUnderADecision_AccessLogNamesTheBasisAndItsCitation()
    {
        // arrange
        var pupil = Arrange("school-principal", (s, p) => s.OthersRecords(p));
        await DecideAsync("school-principal", pupil, "bup:liljeholmen", ["ABSENCE"]);
        var basisId = hub.WithDb(db => db.LegalBases.Single(b => b.PupilId == pupil.Id && b.SourceDisclosureId != null).Id);

        // act
        var read = await hub.ClientFor("bup-clinician").PostAsync("query($id: ID!) { pupil(id: $id) { absence { term } } }",
            new { id = GlobalId.Encode("Pupil", pupil.Id) });

        // assert
        Assert.True(read.Errors is null, read.Text);
        var basis = hub.WithDb(db => db.AccessLog.Where(r => r.PupilId == pupil.Id && r.UnitCode == "bup:liljeholmen").OrderByDescending(r => r.Id).First().Basis);
        Assert.Contains($"Absence: legal basis {basisId} ({Osl2})", basis, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("school-teacher")]
    [InlineData("sst-social-worker")]
    [InlineData("police-sspf")]
    [InlineData("dpo")]
    public async Task RecordDisclosureDecision_RoleNotAuthorisedToDecide_AccessDeniedAndNothingChanges(string persona)
    {
        // arrange
        var pupil = Arrange("school-principal", (s, p) => s.OthersRecords(p));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => DecideAsync(persona, pupil, "bup:liljeholmen", ["ABSENCE"]));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Theory]
    [InlineData("school-principal", new[] { "ABSENCE", "BUP_CONTACT" }, "DISCLOSURE_NECESSARY", 30, 0, "bup:liljeholmen", "NOT_PERMITTED input.categories.1")]
    [InlineData("bup-clinician", new[] { "BUP_CONTACT" }, "DISCLOSURE_OVERRIDING_INTEREST", 30, 0, "school:klubbacksskolan", "INVALID input.kind")]
    [InlineData("school-principal", new[] { "ABSENCE" }, "DISCLOSURE_NECESSARY", 95, 0, "bup:liljeholmen", "INVALID input.validUntil")]
    [InlineData("school-principal", new[] { "ABSENCE" }, "DISCLOSURE_NECESSARY", 30, -1, "bup:liljeholmen", "INVALID input.validFrom")]
    [InlineData("school-principal", new[] { "ABSENCE" }, "INVESTIGATION_DUTY_TO_INFORM", 30, 0, "bup:liljeholmen", "INVALID input.kind")]
    [InlineData("school-principal", new string[0], "DISCLOSURE_NECESSARY", 30, 0, "bup:liljeholmen", "INVALID input.categories")]
    [InlineData("school-principal", new[] { "ABSENCE" }, "DISCLOSURE_NECESSARY", 30, 0, "oversight:dpo", "INVALID input.toUnitId")]
    public async Task RecordDisclosureDecision_OutsideWhatTheAuthorityMayDecide_RefusedAndNothingChanges(
        string persona, string[] categories, string kind, int days, int startsIn, string toUnit, string error)
    {
        // arrange
        var pupil = Arrange(persona, (s, p) => s.OthersRecords(p));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => DecideAsync(persona, pupil, toUnit, categories, kind, days, startsIn));

        // assert
        Assert.Equal([error], refused.UserErrors("recordDisclosureDecision"));
    }

    [Fact]
    public async Task RecordDisclosureDecision_PupilTheCallerDoesNotSee_NotFoundAsForAnIdThatDoesNotExist()
    {
        // arrange
        var hidden = Strangers.PupilAt(hub, "school:rinkebyskolan");
        var missing = new Pupil { Id = 987654, PersonalIdentityNumber = "", GivenName = "", FamilyName = "" };

        // act
        var refusedHidden = await StoreContents.UnchangedAsync(hub, () => DecideAsync("school-principal", new Pupil { Id = hidden.Id, PersonalIdentityNumber = "", GivenName = "", FamilyName = "" }, "bup:liljeholmen", ["ABSENCE"]));
        var refusedMissing = await DecideAsync("school-principal", missing, "bup:liljeholmen", ["ABSENCE"]);

        // assert
        Assert.Equal(["NOT_FOUND input.pupilId"], refusedHidden.UserErrors("recordDisclosureDecision"));
        Assert.Equal(refusedMissing.Payload("recordDisclosureDecision")["errors"]!.ToString(), refusedHidden.Payload("recordDisclosureDecision")["errors"]!.ToString());
    }

    [Fact]
    public async Task EndDisclosureDecision_AnotherAuthority_NotFoundAndTheDecisionRuns()
    {
        // arrange
        var pupil = Arrange("school-principal", (s, p) => s.OthersRecords(p));
        var decision = (await DecideAsync("school-principal", pupil, "bup:liljeholmen", ["ABSENCE"])).Payload("recordDisclosureDecision")["decision"]!;

        // act
        var refused = await hub.ClientFor("bup-clinician").MutateAsync("endDisclosureDecision", "EndDisclosureDecisionInput",
            new { decisionId = (string?)decision["id"], version = (int)decision["version"]! }, DecisionSelection);

        // assert
        Assert.Equal(["NOT_FOUND input.decisionId"], refused.UserErrors("endDisclosureDecision"));
        Assert.True((await AccessAsync("bup-clinician", pupil)).Permits("ABSENCE"));
    }

    [Fact]
    public async Task DisclosureDecisions_DataProtectionOfficer_ListsEveryAuthoritysDecisionsAndOthersAreRefused()
    {
        // arrange
        var pupil = Arrange("school-principal", (s, p) => s.OthersRecords(p));
        var decision = (await DecideAsync("school-principal", pupil, "bup:liljeholmen", ["ABSENCE", "PLACEMENT"])).Payload("recordDisclosureDecision")["decision"]!;
        const string List = "{ disclosureDecisions(running: true) { id citation categories reason decidedByName toUnit { code } } }";

        // act
        var listed = await hub.ClientFor("dpo").PostAsync(List);
        var refused = await hub.ClientFor("school-principal").PostAsync(List);

        // assert
        Assert.True(listed.Errors is null, listed.Text);
        var row = listed.Data["disclosureDecisions"]!.Single(d => (string?)d["id"] == (string?)decision["id"]);
        Assert.Equal((Osl2, "bup:liljeholmen", "Johan Ek"), ((string?)row["citation"], (string?)row["toUnit"]!["code"], (string?)row["decidedByName"]));
        Assert.Equal(["ABSENCE", "PLACEMENT"], row["categories"]!.Select(c => (string)c!));
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    private Task<Envelope> DecideAsync(string persona, Pupil pupil, string toUnit, string[] categories, string kind = "DISCLOSURE_NECESSARY", int days = 29, int startsIn = 0)
    {
        var from = Scenario.Today.AddDays(startsIn);
        return hub.ClientFor(persona).MutateAsync("recordDisclosureDecision", "RecordDisclosureDecisionInput", new
        {
            pupilId = GlobalId.Encode("Pupil", pupil.Id),
            toUnitId = GlobalId.Encode("Unit", new ScenarioRunner(hub).Run(s => s.Unit(toUnit).Id)),
            categories,
            // What the receiving unit reads for when it declares nothing: a decision grants only for its own purpose.
            purpose = toUnit.Split(':')[0] switch { "bup" => "BUS", "social" => "INVESTIGATION", "police" => "SSPF", _ => "SCHOOL_SUPPORT" },
            kind,
            validFrom = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            validUntil = from.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            reason = "The clinic needs the pupil's absence to plan treatment around school days.",
        }, DecisionSelection);
    }
}
