using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Families;

/// <summary>The guardian withdraws, in the family's view, a consent or one provision of it: exactly that access ends; refusals change nothing.</summary>
public sealed class FamilyWithdrawalTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Reads = "query($id: ID!) { pupil(id: $id) { interventions { kind } } }";
    private const string Selection = "consent { id version withdrawnAt provisions { id category status withdrawnByGuardian { givenName } } }";

    private sealed record World(string PupilId, string GuardianNumber, string ConsentId, string Intervention, string OtherConsentId, string OtherProvision);

    private World NewWorld() => new ScenarioRunner(hub).Run(s =>
    {
        var pupil = s.PupilRelatedTo("school-principal");
        s.OthersRecords(pupil);
        var guardians = s.GuardiansOf(pupil);
        var consent = s.Consent(pupil, Agency.School, guardians);
        var other = s.PupilRelatedTo("school-principal");
        var otherConsent = s.Consent(other, Agency.School, s.GuardiansOf(other));
        string Provision(ConsentRecord c) => GlobalId.Encode("ConsentProvision", c.Provisions.Single(p => p.Category == DataCategory.SocialServicesIntervention).Id);
        return new World(GlobalId.Encode("Pupil", pupil.Id), guardians[0].PersonalIdentityNumber, GlobalId.Encode("Consent", consent.Id), Provision(consent),
            GlobalId.Encode("Consent", otherConsent.Id), Provision(otherConsent));
    });

    private Task<Envelope> WithdrawAsync(World world, string consentId, string[]? provisionIds) =>
        hub.FamilyClientFor(world.GuardianNumber).MutateAsync("withdrawFamilyConsent", "FamilyWithdrawConsentInput",
            new { consentId, version = 0, provisionIds }, Selection);

    private async Task<string[]> KindsReadAsync(World world)
    {
        var read = await hub.ClientFor("school-principal").PostAsync(Reads, new { id = world.PupilId });
        return read.Data["pupil"]!["interventions"]!.Select(i => (string)i["kind"]!).Order().ToArray();
    }

    [Fact]
    public async Task WithdrawFamilyConsent_OneProvisionByTheGuardian_EndsExactlyThatAccess()
    {
        // arrange
        var world = NewWorld();
        var before = await KindsReadAsync(world);

        // act
        var withdrawn = await WithdrawAsync(world, world.ConsentId, [world.Intervention]);
        var after = await KindsReadAsync(world);

        // assert: social services' intervention is gone; BUP's contact, on another provision of the same consent, still crosses.
        Assert.Empty(withdrawn.UserErrors("withdrawFamilyConsent"));
        Assert.Contains("SOCIAL_SERVICES_INTERVENTION", before);
        Assert.Contains("BUP_CONTACT", after);
        Assert.Equal(before.Where(k => k != "SOCIAL_SERVICES_INTERVENTION"), after);
        var provision = withdrawn.Payload("withdrawFamilyConsent")["consent"]!["provisions"]!.Single(p => (string?)p["id"] == world.Intervention);
        Assert.Equal(("WITHDRAWN", "Mamma"), ((string?)provision["status"], (string?)provision["withdrawnByGuardian"]!["givenName"]));
        var change = hub.WithDb(db => db.Changes.AsNoTracking().Where(c => c.Operation == "withdrawFamilyConsent").OrderBy(c => c.Sequence).Last());
        Assert.Equal(("f-" + world.GuardianNumber, "Guardian", 0), (change.ActorId, change.ActorRole, change.ActorUnitId));
    }

    [Fact]
    public async Task WithdrawFamilyConsent_AnotherFamilysConsent_AnsweredAsAnUnknownIdAndNothingChanges()
    {
        // arrange
        var world = NewWorld();

        // act
        var other = await StoreContents.UnchangedAsync(hub, () => WithdrawAsync(world, world.OtherConsentId, null));
        var unknown = await StoreContents.UnchangedAsync(hub, () => WithdrawAsync(world, GlobalId.Encode("Consent", 999_999), null));

        // assert
        Assert.Equal(["NOT_FOUND input.consentId"], other.UserErrors("withdrawFamilyConsent"));
        Assert.Equal(unknown.Body["data"]!.ToString(), other.Body["data"]!.ToString());
    }

    [Fact]
    public async Task WithdrawFamilyConsent_AnotherFamilysProvision_AnsweredAsAnUnknownIdAndNothingChanges()
    {
        // arrange
        var world = NewWorld();

        // act
        var other = await StoreContents.UnchangedAsync(hub, () => WithdrawAsync(world, world.ConsentId, [world.OtherProvision]));
        var unknown = await StoreContents.UnchangedAsync(hub, () => WithdrawAsync(world, world.ConsentId, [GlobalId.Encode("ConsentProvision", 999_999)]));

        // assert
        Assert.Equal(["NOT_FOUND input.provisionIds.0"], other.UserErrors("withdrawFamilyConsent"));
        Assert.Equal(unknown.Body["data"]!.ToString(), other.Body["data"]!.ToString());
    }

    [Fact]
    public async Task WithdrawFamilyConsent_AlreadyWithdrawn_WrongStateAndNothingChanges()
    {
        // arrange
        var world = NewWorld();
        Assert.Empty((await WithdrawAsync(world, world.ConsentId, null)).UserErrors("withdrawFamilyConsent"));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.FamilyClientFor(world.GuardianNumber).MutateAsync("withdrawFamilyConsent",
            "FamilyWithdrawConsentInput", new { consentId = world.ConsentId, version = 1 }, Selection));

        // assert
        Assert.Equal(["WRONG_STATE input.consentId"], refused.UserErrors("withdrawFamilyConsent"));
    }

    [Fact]
    public async Task WithdrawFamilyConsent_StaffToken_AccessDeniedAndNothingChanges()
    {
        // arrange
        var world = NewWorld();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("school-principal").MutateAsync("withdrawFamilyConsent",
            "FamilyWithdrawConsentInput", new { consentId = world.ConsentId, version = 0 }, Selection));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
        Assert.Equal(JTokenType.Null, refused.Body["data"]!.Type);
    }

    [Fact]
    public async Task SignFamilyConsent_TheMissingGuardianSigns_TheConsentGrants()
    {
        // arrange: a consent only the other guardian signed, which grants nothing yet.
        var (pupilId, consentId, number) = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            s.OthersRecords(pupil);
            var guardians = s.GuardiansOf(pupil);
            var consent = s.Consent(pupil, Agency.School, [guardians[1]]);
            return (GlobalId.Encode("Pupil", pupil.Id), GlobalId.Encode("Consent", consent.Id), guardians[0].PersonalIdentityNumber);
        });
        var before = await hub.ClientFor("school-principal").PostAsync(Reads, new { id = pupilId });

        // act
        var signed = await hub.FamilyClientFor(number).MutateAsync("signFamilyConsent", "FamilySignConsentInput", new { consentId, version = 0 }, Selection);
        var after = await hub.ClientFor("school-principal").PostAsync(Reads, new { id = pupilId });

        // assert
        Assert.Empty(signed.UserErrors("signFamilyConsent"));
        Assert.Equal("ACCESS_DENIED", before.ErrorCode());
        Assert.Contains(after.Data["pupil"]!["interventions"]!, i => (string?)i["kind"] == "BUP_CONTACT");
    }

    [Fact]
    public async Task SignFamilyConsent_AlreadySignedOrAnotherFamilys_RefusedAndNothingChanges()
    {
        // arrange
        var world = NewWorld();

        // act
        var again = await StoreContents.UnchangedAsync(hub, () => hub.FamilyClientFor(world.GuardianNumber).MutateAsync("signFamilyConsent",
            "FamilySignConsentInput", new { consentId = world.ConsentId, version = 0 }, Selection));
        var other = await StoreContents.UnchangedAsync(hub, () => hub.FamilyClientFor(world.GuardianNumber).MutateAsync("signFamilyConsent",
            "FamilySignConsentInput", new { consentId = world.OtherConsentId, version = 0 }, Selection));

        // assert
        Assert.Equal(["DUPLICATE input.consentId"], again.UserErrors("signFamilyConsent"));
        Assert.Equal(["NOT_FOUND input.consentId"], other.UserErrors("signFamilyConsent"));
    }
}
