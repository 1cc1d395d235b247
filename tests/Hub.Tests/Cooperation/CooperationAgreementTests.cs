using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Cooperation;

/// <summary>Local cooperation agreements through HTTP: recorded and revised by the district's social-services managers, read by all staff.</summary>
public sealed class CooperationAgreementTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Selection = "agreement { id version signedOn revisionDueOn revisionOverdue parties { code } revisions { revisedOn note nextRevisionDueOn } }";

    [Fact]
    public async Task RecordCooperationAgreement_DistrictManager_RecordedWithItsPartiesAndInTheRecordOfChanges()
    {
        // act
        var recorded = await RecordAsync("social-manager", Units("social:hagersten-alvsjo:reception", "school:klubbacksskolan", "bup:liljeholmen"));

        // assert
        Assert.Empty(recorded.UserErrors("recordCooperationAgreement"));
        var agreement = recorded.Payload("recordCooperationAgreement")["agreement"]!;
        Assert.Equal(["bup:liljeholmen", "school:klubbacksskolan", "social:hagersten-alvsjo:reception"], agreement["parties"]!.Select(p => (string)p["code"]!).Order());
        Assert.False((bool)agreement["revisionOverdue"]!);
        var id = GlobalId.TryDecode((string?)agreement["id"], "CooperationAgreement", out var key) ? key : 0;
        Assert.True(hub.WithDb(db => db.Changes.Any(c => c.EntityType == nameof(CooperationAgreement) && c.EntityId == id && c.DistrictId != null)));
    }

    [Theory]
    [InlineData("school:rinkebyskolan", "social:hagersten-alvsjo:reception")]
    [InlineData("school:klubbacksskolan", "bup:liljeholmen")]
    [InlineData("social:hagersten-alvsjo:reception", "social:hagersten-alvsjo:investigation")]
    [InlineData("social:hagersten-alvsjo:reception", "social:hagersten-alvsjo:reception")]
    public async Task RecordCooperationAgreement_PartiesThatMakeNoAgreementOfTheDistrict_InvalidAndNothingChanges(string first, string second)
    {
        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => RecordAsync("social-manager", Units(first, second)));

        // assert
        Assert.Equal(["INVALID input.partyIds"], refused.UserErrors("recordCooperationAgreement"));
    }

    [Theory]
    [InlineData("2026-11-24", "2027-06-01", "INVALID input.signedOn")]
    [InlineData("2026-01-10", "2026-01-10", "INVALID input.revisionDueOn")]
    [InlineData("2026-01-10", "2028-01-11", "INVALID input.revisionDueOn")]
    public async Task RecordCooperationAgreement_DaysOutOfOrderOrIrregular_InvalidAndNothingChanges(string signedOn, string revisionDueOn, string expected)
    {
        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => RecordAsync("social-manager",
            Units("social:hagersten-alvsjo:reception", "school:klubbacksskolan"), signedOn, revisionDueOn));

        // assert
        Assert.Equal([expected], refused.UserErrors("recordCooperationAgreement"));
    }

    [Theory]
    [InlineData("social-investigator")]
    [InlineData("school-principal")]
    [InlineData("bup-clinician")]
    [InlineData("dpo")]
    public async Task RecordCooperationAgreement_NotADistrictManager_AccessDeniedAndNothingChanges(string persona)
    {
        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => RecordAsync(persona, Units("social:hagersten-alvsjo:reception", "school:klubbacksskolan")));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Fact]
    public async Task ReviseCooperationAgreement_OnTime_KeepsTheRevisionAndMovesTheDueDay()
    {
        // arrange
        var agreement = (await RecordAsync("social-manager", Units("social:hagersten-alvsjo:reception", "school:klubbacksskolan"), "2025-06-01", "2026-06-01"))
            .Payload("recordCooperationAgreement")["agreement"]!;
        var overdue = await OverdueIdsAsync("school-teacher");

        // act
        var revised = await ReviseAsync(agreement, "2026-11-20", "2027-11-20", Units("social:hagersten-alvsjo:reception", "school:klubbacksskolan", "police:stockholm-syd"));
        var overdueAfter = await OverdueIdsAsync("school-teacher");

        // assert
        Assert.Empty(revised.UserErrors("reviseCooperationAgreement"));
        var after = revised.Payload("reviseCooperationAgreement")["agreement"]!;
        Assert.Equal(("2027-11-20", 3, "2026-11-20"), ((string)after["revisionDueOn"]!, after["parties"]!.Count(), (string)after["revisions"]![0]!["revisedOn"]!));
        Assert.Contains((string)agreement["id"]!, overdue);
        Assert.DoesNotContain((string)agreement["id"]!, overdueAfter);
    }

    [Fact]
    public async Task ReviseCooperationAgreement_StaleIrregularOrAnotherDistricts_RefusedAndNothingChanges()
    {
        // arrange: the manager's district's agreement, and another district's in the demo city.
        var agreement = (await RecordAsync("social-manager", Units("social:hagersten-alvsjo:reception", "school:klubbacksskolan"), "2025-06-01", "2026-06-01"))
            .Payload("recordCooperationAgreement")["agreement"]!;
        var others = hub.WithDb(db => db.CooperationAgreements.Where(a => a.District.Name != "Hägersten-Älvsjö").Select(a => new { a.Id, a.Version }).First());
        var theirs = new JObject { ["id"] = GlobalId.Encode("CooperationAgreement", others.Id), ["version"] = others.Version };
        var stale = new JObject { ["id"] = agreement["id"], ["version"] = (int)agreement["version"]! + 1 };

        // act
        var refusals = new List<string>();
        foreach (var (target, revisedOn, dueOn) in new[] { (stale, "2026-11-20", "2027-11-20"), ((JObject)agreement, "2025-05-01", "2026-05-01"), ((JObject)agreement, "2026-11-20", "2029-01-01"), (theirs, "2026-11-20", "2027-11-20") })
        {
            var refused = await StoreContents.UnchangedAsync(hub, () => ReviseAsync(target, revisedOn, dueOn, null));
            refusals.AddRange(refused.UserErrors("reviseCooperationAgreement"));
        }

        // assert
        Assert.Equal(["STALE_VERSION input.version", "INVALID input.revisedOn", "INVALID input.nextRevisionDueOn", "NOT_FOUND input.agreementId"], refusals);
    }

    [Fact]
    public async Task CooperationAgreements_EveryMemberOfStaffReadsThem_TheFamilyDoesNot()
    {
        // act
        var teacher = await hub.ClientFor("school-teacher").PostAsync("{ cooperationAgreements { title parties { code } } }");
        var police = await hub.ClientFor("police-sspf").PostAsync("{ cooperationAgreements(overdue: true) { title revisionOverdue } }");
        var family = await hub.FamilyClientFor("198204152386").PostAsync("{ cooperationAgreements { title } }");

        // assert
        Assert.True(teacher.Data["cooperationAgreements"]!.Count() >= 13, teacher.Text);
        Assert.All(police.Data["cooperationAgreements"]!, a => Assert.True((bool)a["revisionOverdue"]!));
        Assert.NotEmpty(police.Data["cooperationAgreements"]!);
        Assert.Equal("ACCESS_DENIED", family.ErrorCode());
    }

    private string[] Units(params string[] codes) => new ScenarioRunner(hub).Run(s => codes.Select(c => GlobalId.Encode("Unit", s.Unit(c).Id)).ToArray());

    private Task<Envelope> RecordAsync(string persona, string[] partyIds, string signedOn = "2026-09-01", string revisionDueOn = "2027-09-01") =>
        hub.ClientFor(persona).MutateAsync("recordCooperationAgreement", "RecordCooperationAgreementInput", new
        {
            title = "Lokal samverkansöverenskommelse, Hägersten-Älvsjö",
            documentReference = "SDN-HA-2026-17",
            signedOn,
            revisionDueOn,
            partyIds,
        }, Selection);

    private Task<Envelope> ReviseAsync(JToken agreement, string revisedOn, string nextRevisionDueOn, string[]? partyIds) =>
        hub.ClientFor("social-manager").MutateAsync("reviseCooperationAgreement", "ReviseCooperationAgreementInput", new
        {
            agreementId = (string?)agreement["id"],
            version = (int)agreement["version"]!,
            revisedOn,
            note = "Mötesformer med skolorna ses över; polisen blir part.",
            nextRevisionDueOn,
            partyIds,
        }, Selection);

    private async Task<List<string>> OverdueIdsAsync(string persona)
    {
        var read = await hub.ClientFor(persona).PostAsync("{ cooperationAgreements(overdue: true) { id } }");
        return read.Data["cooperationAgreements"]!.Select(a => (string)a["id"]!).ToList();
    }
}
