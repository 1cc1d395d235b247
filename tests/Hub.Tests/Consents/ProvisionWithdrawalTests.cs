using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Consents;

/// <summary>
/// Withdrawal as people do it: a guardian with custody (by id) or the pupil withdraws one provision
/// or the whole consent; what was withdrawn grants nothing from the next request, and the rest stands.
/// </summary>
public sealed class ProvisionWithdrawalTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Reads = "query($id: ID!) { pupil(id: $id) { interventions { kind } } }";
    private const string Selection = "consent { id version effective withdrawnAt withdrawnByPupil "
        + "provisions { id category status withdrawnAt withdrawnByPupil withdrawnByGuardian { givenName familyName } } }";

    private sealed record World(string PupilId, string ConsentId, string Intervention, string BupContact, string[] Guardians, string OtherFamilysGuardian, string OtherConsentsProvision);

    /// <summary>
    /// A pupil of Klubbacksskolan whom every agency keeps records about, with a consent to the school
    /// in effect (social services' interventions and BUP's contacts among its provisions), and ids
    /// from another family: a guardian, and a provision of that family's consent.
    /// </summary>
    private World NewWorld() => new ScenarioRunner(hub).Run(s =>
    {
        var pupil = s.PupilRelatedTo("school-principal");
        s.OthersRecords(pupil);
        var guardians = s.GuardiansOf(pupil);
        var consent = s.Consent(pupil, Agency.School, guardians);
        var other = s.PupilRelatedTo("school-principal");
        var otherGuardians = s.GuardiansOf(other);
        var otherConsent = s.Consent(other, Agency.School, otherGuardians);
        string Provision(ConsentRecord c, DataCategory category) =>
            GlobalId.Encode("ConsentProvision", c.Provisions.Single(p => p.Category == category).Id);
        return new World(GlobalId.Encode("Pupil", pupil.Id), GlobalId.Encode("Consent", consent.Id),
            Provision(consent, DataCategory.SocialServicesIntervention), Provision(consent, DataCategory.BupContact),
            guardians.Select(g => GlobalId.Encode("Guardian", g.Id)).ToArray(), GlobalId.Encode("Guardian", otherGuardians[0].Id),
            Provision(otherConsent, DataCategory.SocialServicesIntervention));
    });

    private Task<Envelope> WithdrawAsync(World world, string? guardianId, bool? byPupil, string[]? provisionIds, int version = 0) =>
        hub.ClientFor("school-principal").MutateAsync("withdrawConsent", "WithdrawConsentInput",
            new { consentId = world.ConsentId, version, guardianId, byPupil, provisionIds }, Selection);

    private async Task<string[]> KindsReadAsync(World world)
    {
        var read = await hub.ClientFor("school-principal").PostAsync(Reads, new { id = world.PupilId });
        Assert.Null(read.Errors);
        return read.Data["pupil"]!["interventions"]!.Select(i => (string)i["kind"]!).Order().ToArray();
    }

    [Fact]
    public async Task WithdrawConsent_OneProvisionByAGuardian_EndsThatAccessOnlyFromTheNextRequest()
    {
        // arrange
        var world = NewWorld();
        var before = await KindsReadAsync(world);

        // act
        var withdrawn = await WithdrawAsync(world, world.Guardians[0], null, [world.Intervention]);
        var after = await KindsReadAsync(world);

        // assert
        Assert.Empty(withdrawn.UserErrors("withdrawConsent"));
        Assert.Contains("SOCIAL_SERVICES_INTERVENTION", before);
        Assert.Contains("BUP_CONTACT", before);
        Assert.Equal(before.Where(k => k != "SOCIAL_SERVICES_INTERVENTION"), after);
    }

    [Fact]
    public async Task WithdrawConsent_OneProvision_RecordsWhoAndWhenOnThatProvisionAndTheConsentStands()
    {
        // arrange
        var world = NewWorld();

        // act
        var withdrawn = await WithdrawAsync(world, world.Guardians[1], null, [world.Intervention]);

        // assert
        var consent = withdrawn.Payload("withdrawConsent")["consent"]!;
        var provisions = consent["provisions"]!.ToDictionary(p => (string)p["id"]!);
        Assert.Equal("WITHDRAWN", (string?)provisions[world.Intervention]["status"]);
        Assert.NotEqual(JTokenType.Null, provisions[world.Intervention]["withdrawnAt"]!.Type);
        Assert.Equal(JTokenType.Object, provisions[world.Intervention]["withdrawnByGuardian"]!.Type);
        Assert.Equal("IN_EFFECT", (string?)provisions[world.BupContact]["status"]);
        Assert.Equal(JTokenType.Null, provisions[world.BupContact]["withdrawnByGuardian"]!.Type);
        Assert.Equal(JTokenType.Null, consent["withdrawnAt"]!.Type);
        Assert.True((bool)consent["effective"]!);
        Assert.Equal(1, (int)consent["version"]!);
    }

    [Fact]
    public async Task WithdrawConsent_WholeByTheGuardian_EveryProvisionWithdrawnAndNothingCrosses()
    {
        // arrange
        var world = NewWorld();

        // act
        var withdrawn = await WithdrawAsync(world, world.Guardians[0], null, null);
        var read = await hub.ClientFor("school-principal").PostAsync(Reads, new { id = world.PupilId });

        // assert
        var consent = withdrawn.Payload("withdrawConsent")["consent"]!;
        Assert.NotEqual(JTokenType.Null, consent["withdrawnAt"]!.Type);
        Assert.All(consent["provisions"]!, p => Assert.Equal("WITHDRAWN", (string?)p["status"]));
        Assert.Equal("ACCESS_DENIED", read.ErrorCode());
    }

    [Fact]
    public async Task WithdrawConsent_ByAPupilUnderTheConsentAge_InvalidAndNothingChanges()
    {
        // arrange
        var world = NewWorld();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => WithdrawAsync(world, null, true, [world.Intervention]));

        // assert
        Assert.Equal(["INVALID input.byPupil"], refused.UserErrors("withdrawConsent"));
    }

    [Fact]
    public async Task WithdrawConsent_ByThePupilFromTheConsentAge_Withdrawn()
    {
        // arrange
        var world = NewWorld();
        GlobalId.TryDecode(world.PupilId, "Pupil", out var id);
        hub.WithDb(db => db.Pupils.Where(p => p.Id == id).ExecuteUpdate(u => u.SetProperty(p => p.BirthDate, new DateOnly(2010, 5, 1))));

        // act
        var withdrawn = await WithdrawAsync(world, null, true, [world.Intervention]);

        // assert
        Assert.Empty(withdrawn.UserErrors("withdrawConsent"));
        var provision = withdrawn.Payload("withdrawConsent")["consent"]!["provisions"]!.Single(p => (string?)p["id"] == world.Intervention);
        Assert.True((bool)provision["withdrawnByPupil"]!);
    }

    [Fact]
    public async Task WithdrawConsent_AnotherFamilysGuardian_AnsweredAsAnUnknownIdAndNothingChanges()
    {
        // arrange
        var world = NewWorld();

        // act
        var other = await StoreContents.UnchangedAsync(hub, () => WithdrawAsync(world, world.OtherFamilysGuardian, null, [world.Intervention]));
        var unknown = await StoreContents.UnchangedAsync(hub, () => WithdrawAsync(world, GlobalId.Encode("Guardian", 999_999), null, [world.Intervention]));

        // assert
        Assert.Equal(["NOT_FOUND input.guardianId"], other.UserErrors("withdrawConsent"));
        Assert.Equal(unknown.Body["data"]!.ToString(), other.Body["data"]!.ToString());
    }

    [Fact]
    public async Task WithdrawConsent_GuardianWhoseCustodyEnded_NotAGuardianAndNothingChanges()
    {
        // arrange
        var world = NewWorld();
        GlobalId.TryDecode(world.Guardians[1], "Guardian", out var guardian);
        hub.WithDb(db => db.Custodies.Where(c => c.GuardianId == guardian).ExecuteUpdate(u => u.SetProperty(c => c.EndsOn, new DateOnly(2026, 11, 1))));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => WithdrawAsync(world, world.Guardians[1], null, [world.Intervention]));

        // assert
        Assert.Equal(["NOT_A_GUARDIAN input.guardianId"], refused.UserErrors("withdrawConsent"));
    }

    [Fact]
    public async Task WithdrawConsent_ProvisionOfAnotherConsent_AnsweredAsAnUnknownIdAndNothingChanges()
    {
        // arrange
        var world = NewWorld();

        // act
        var other = await StoreContents.UnchangedAsync(hub, () => WithdrawAsync(world, world.Guardians[0], null, [world.OtherConsentsProvision]));
        var unknown = await StoreContents.UnchangedAsync(hub, () => WithdrawAsync(world, world.Guardians[0], null, [GlobalId.Encode("ConsentProvision", 999_999)]));

        // assert
        Assert.Equal(["NOT_FOUND input.provisionIds.0"], other.UserErrors("withdrawConsent"));
        Assert.Equal(unknown.Body["data"]!.ToString(), other.Body["data"]!.ToString());
    }

    [Fact]
    public async Task WithdrawConsent_ProvisionAlreadyWithdrawn_WrongStateAndNothingChanges()
    {
        // arrange
        var world = NewWorld();
        Assert.Empty((await WithdrawAsync(world, world.Guardians[0], null, [world.Intervention])).UserErrors("withdrawConsent"));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => WithdrawAsync(world, world.Guardians[0], null, [world.Intervention], version: 1));

        // assert
        Assert.Equal(["WRONG_STATE input.provisionIds.0"], refused.UserErrors("withdrawConsent"));
    }

    [Fact]
    public async Task WithdrawConsent_BothAGuardianAndThePupil_InvalidAndNothingChanges()
    {
        // arrange
        var world = NewWorld();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => WithdrawAsync(world, world.Guardians[0], true, [world.Intervention]));

        // assert
        Assert.Equal(["INVALID input.guardianId"], refused.UserErrors("withdrawConsent"));
    }
}
