using Hub.Api;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Consents;

/// <summary>Who may not confirm a provision, and what a refusal does not reveal.</summary>
public sealed class ConsentConfirmationRefusalTests(HubFactory hub) : IClassFixture<HubFactory>
{
    /// <summary>A pupil of Klubbacksskolan every agency keeps records about, with a consent the principal recorded for these provisions.</summary>
    private async Task<(string PupilId, JToken Consent)> ConsentAsync(params (string Category, string From)[] provisions)
    {
        var (pupilId, guardians) = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            s.OthersRecords(pupil);
            return (GlobalId.Encode("Pupil", pupil.Id), s.GuardiansOf(pupil).Select(g => GlobalId.Encode("Guardian", g.Id)).ToArray());
        });
        var recorded = await hub.ClientFor("school-principal").MutateAsync("recordConsent", "RecordConsentInput", new
        {
            pupilId,
            validFrom = "2026-11-01",
            validTo = "2027-10-31",
            formReference = "KLU-2026-0101",
            provisions = provisions.Select(p => new { category = p.Category, fromAgency = p.From, toAgency = "SCHOOL", purpose = "SCHOOL_SUPPORT" }).ToArray(),
            signatures = guardians.Select(g => new { guardianId = g, signedOn = "2026-11-20" }).ToArray(),
        }, "consent { id provisions { id category toAgency } }");
        Assert.Empty(recorded.UserErrors("recordConsent"));
        return (pupilId, recorded.Payload("recordConsent")["consent"]!);
    }

    private Task<Envelope> ConfirmAsync(string persona, JToken consent, string category) => ConfirmAsync(persona, Provisions.IdOf(consent, category, "SCHOOL"));

    private Task<Envelope> ConfirmAsync(string persona, string provisionId) =>
        hub.ClientFor(persona).MutateAsync("confirmConsentProvision", "ConfirmConsentProvisionInput", new { provisionId }, "consent { id }");

    [Fact]
    public async Task ConfirmConsentProvision_AuthorityTheProvisionDoesNotName_NotPermittedAndNothingChanges()
    {
        // arrange
        var (_, consent) = await ConsentAsync(("BUP_CONTACT", "BUP"), ("SOCIAL_SERVICES_INTERVENTION", "SOCIAL_SERVICES"));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => ConfirmAsync("bup-clinician", consent, "SOCIAL_SERVICES_INTERVENTION"));

        // assert
        Assert.Equal(["NOT_PERMITTED input.provisionId"], refused.UserErrors("confirmConsentProvision"));
    }

    [Theory]
    [InlineData("school-teacher")]
    [InlineData("social-contact-person")]
    [InlineData("police-sspf")]
    public async Task ConfirmConsentProvision_RoleThatRecordsNoConsents_AccessDeniedAndNothingChanges(string persona)
    {
        // arrange
        var (_, consent) = await ConsentAsync(("REPORT_OF_CONCERN", "SOCIAL_SERVICES"));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => ConfirmAsync(persona, consent, "REPORT_OF_CONCERN"));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Fact]
    public async Task ConfirmConsentProvision_CategoryAboveTheRole_AnsweredAsAProvisionThatDoesNotExist()
    {
        // arrange
        var (_, consent) = await ConsentAsync(("REPORT_OF_CONCERN", "SOCIAL_SERVICES"), ("SCHOOL_SOCIAL_TEAM", "SOCIAL_SERVICES"));

        // act
        var above = await StoreContents.UnchangedAsync(hub, () => ConfirmAsync("sst-social-worker", consent, "REPORT_OF_CONCERN"));
        var missing = await ConfirmAsync("sst-social-worker", GlobalId.Encode("ConsentProvision", 987_654));

        // assert
        Assert.Equal(["NOT_FOUND input.provisionId"], above.UserErrors("confirmConsentProvision"));
        Assert.Equal(missing.Text, above.Text);
    }

    [Fact]
    public async Task ConfirmConsentProvision_AlreadyInEffect_WrongState()
    {
        // arrange
        var (_, consent) = await ConsentAsync(("SOCIAL_SERVICES_INTERVENTION", "SOCIAL_SERVICES"));
        Assert.Empty((await ConfirmAsync("social-investigator", consent, "SOCIAL_SERVICES_INTERVENTION")).UserErrors("confirmConsentProvision"));

        // act
        var again = await StoreContents.UnchangedAsync(hub, () => ConfirmAsync("social-investigator", consent, "SOCIAL_SERVICES_INTERVENTION"));

        // assert
        Assert.Equal(["WRONG_STATE input.provisionId"], again.UserErrors("confirmConsentProvision"));
    }

    [Fact]
    public async Task ConfirmConsentProvision_Confirmed_InTheRecordOfChanges()
    {
        // arrange
        var (pupilId, consent) = await ConsentAsync(("SOCIAL_SERVICES_INTERVENTION", "SOCIAL_SERVICES"));

        // act
        await ConfirmAsync("social-investigator", consent, "SOCIAL_SERVICES_INTERVENTION");
        var changes = await hub.ClientFor("dpo").PostAsync(
            "query($p: ID!) { changes(pupil: $p, last: 5) { operation entityType entityId actorRole } }", new { p = pupilId });

        // assert
        var latest = changes.Data["changes"]!.First!;
        Assert.Equal("confirmConsentProvision", (string?)latest["operation"]);
        Assert.Equal((string?)consent["id"], (string?)latest["entityId"]);
        Assert.Equal("Investigator", (string?)latest["actorRole"]);
    }
}
