using Hub.Api;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Consents;

/// <summary>
/// A provision names the authority that keeps the records; recorded by another, it waits in that
/// authority's list until its staff confirm it or refuse it with a reason, and lets nothing cross before.
/// </summary>
public sealed class PendingProvisionTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Pending = "{ pendingConsentProvisions { provision { id category status fromAuthority } consent { id } pupil { id givenName } } }";
    private const string Interventions = "query($id: ID!) { pupil(id: $id) { interventions(kinds: [SOCIAL_SERVICES_INTERVENTION]) { kind } } }";

    /// <summary>A Klubbacksskolan pupil with a Hägersten-Älvsjö intervention, and the principal's consent asking social services to tell the school about it.</summary>
    private async Task<(string PupilId, JToken Consent)> AskedAsync(string? fromAuthority = null)
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
            formReference = "KLU-2026-0202",
            provisions = new[] { new { category = "SOCIAL_SERVICES_INTERVENTION", fromAgency = "SOCIAL_SERVICES", toAgency = "SCHOOL", purpose = "SCHOOL_SUPPORT", fromAuthority } },
            signatures = guardians.Select(g => new { guardianId = g, signedOn = "2026-11-20" }).ToArray(),
        }, "consent { id provisions { id category toAgency status fromAuthority refusalReason } }");
        Assert.Empty(recorded.UserErrors("recordConsent"));
        return (pupilId, recorded.Payload("recordConsent")["consent"]!);
    }

    private static string ProvisionOf(JToken consent) => Provisions.IdOf(consent, "SOCIAL_SERVICES_INTERVENTION", "SCHOOL");

    private static JToken[] Listed(Envelope pending, JToken consent)
    {
        Assert.True(pending.Errors is null, pending.Text);
        return pending.Data["pendingConsentProvisions"]!.Where(p => (string?)p["provision"]!["id"] == ProvisionOf(consent)).ToArray();
    }

    private HubClient Investigator(string unit) =>
        new(hub.CreateClient(), new TokenForge(hub).Create(unit: unit, agency: "SocialServices", role: "Investigator", subject: "p-2999", name: "Stina Ros"));

    [Fact]
    public async Task RecordConsent_OtherAuthoritysRecords_PendingNamedAndListedForThatAuthorityOnly()
    {
        // arrange
        var (pupilId, consent) = await AskedAsync();

        // act
        var keeper = await hub.ClientFor("social-investigator").PostAsync(Pending);
        var otherDistrict = await Investigator("social:skarholmen:investigation").PostAsync(Pending);
        var school = await hub.ClientFor("school-principal").PostAsync(Interventions, new { id = pupilId });

        // assert
        var provision = consent["provisions"]![0]!;
        Assert.Equal("PENDING", (string?)provision["status"]);
        Assert.Equal("social:hagersten-alvsjo", (string?)provision["fromAuthority"]);
        var listed = Assert.Single(Listed(keeper, consent));
        Assert.Equal(pupilId, (string?)listed["pupil"]!["id"]);
        Assert.Equal((string?)consent["id"], (string?)listed["consent"]!["id"]);
        Assert.Null(otherDistrict.Errors);
        Assert.Empty(Listed(otherDistrict, consent));
        Assert.Equal("ACCESS_DENIED", school.ErrorCode());
    }

    [Fact]
    public async Task ConfirmConsentProvision_Pending_InEffectOffTheListAndTheSchoolReads()
    {
        // arrange
        var (pupilId, consent) = await AskedAsync();

        // act
        var confirmed = await hub.ClientFor("social-investigator").MutateAsync("confirmConsentProvision", "ConfirmConsentProvisionInput",
            new { provisionId = ProvisionOf(consent) }, "consent { provisions { status confirmedAt } }");
        var after = await hub.ClientFor("social-investigator").PostAsync(Pending);
        var school = await hub.ClientFor("school-principal").PostAsync(Interventions, new { id = pupilId });

        // assert
        Assert.Empty(confirmed.UserErrors("confirmConsentProvision"));
        Assert.Equal("IN_EFFECT", (string?)confirmed.Payload("confirmConsentProvision")["consent"]!["provisions"]![0]!["status"]);
        Assert.Empty(Listed(after, consent));
        Assert.Null(school.Errors);
        Assert.NotEmpty(school.Data["pupil"]!["interventions"]!);
    }

    [Fact]
    public async Task RefuseConsentProvision_WithAReason_RefusedSeenByTheRecorderAndNothingCrosses()
    {
        // arrange
        var (pupilId, consent) = await AskedAsync();

        // act
        var refused = await hub.ClientFor("social-investigator").MutateAsync("refuseConsentProvision", "RefuseConsentProvisionInput",
            new { provisionId = ProvisionOf(consent), reason = "The form is not signed by the guardian with custody since October." }, "consent { id }");
        var recorder = await hub.ClientFor("school-principal").PostAsync(
            "query($id: ID!) { pupil(id: $id) { consents { provisions { status refusalReason refusedAt } } } }", new { id = pupilId });
        var school = await hub.ClientFor("school-principal").PostAsync(Interventions, new { id = pupilId });
        var confirmAfter = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("social-investigator").MutateAsync("confirmConsentProvision",
            "ConfirmConsentProvisionInput", new { provisionId = ProvisionOf(consent) }, "consent { id }"));
        var listed = await hub.ClientFor("social-investigator").PostAsync(Pending);

        // assert
        Assert.Empty(refused.UserErrors("refuseConsentProvision"));
        var provision = recorder.Data["pupil"]!["consents"]!.Single()["provisions"]![0]!;
        Assert.Equal("REFUSED", (string?)provision["status"]);
        Assert.Equal("The form is not signed by the guardian with custody since October.", (string?)provision["refusalReason"]);
        Assert.NotNull((string?)provision["refusedAt"]);
        Assert.Equal("ACCESS_DENIED", school.ErrorCode());
        Assert.Equal(["WRONG_STATE input.provisionId"], confirmAfter.UserErrors("confirmConsentProvision"));
        Assert.Empty(Listed(listed, consent));
    }

    [Fact]
    public async Task ConfirmConsentProvision_WithdrawnWhilePending_WrongStateAndOffTheList()
    {
        // arrange: the school asks social services for its interventions and gives its own absence; the guardian then withdraws the pending one only.
        var (pupilId, guardians) = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            s.OthersRecords(pupil);
            return (GlobalId.Encode("Pupil", pupil.Id), s.GuardiansOf(pupil).Select(g => GlobalId.Encode("Guardian", g.Id)).ToArray());
        });
        var principal = hub.ClientFor("school-principal");
        var recorded = await principal.MutateAsync("recordConsent", "RecordConsentInput", new
        {
            pupilId,
            validFrom = "2026-11-01",
            validTo = "2027-10-31",
            formReference = "KLU-2026-0204",
            provisions = new object[]
            {
                new { category = "SOCIAL_SERVICES_INTERVENTION", fromAgency = "SOCIAL_SERVICES", toAgency = "SCHOOL", purpose = "SCHOOL_SUPPORT" },
                new { category = "ABSENCE", fromAgency = "SCHOOL", toAgency = "SOCIAL_SERVICES", purpose = "INVESTIGATION" },
            },
            signatures = guardians.Select(g => new { guardianId = g, signedOn = "2026-11-20" }).ToArray(),
        }, "consent { id version provisions { id category toAgency status } }");
        var consent = recorded.Payload("recordConsent")["consent"]!;
        var withdrawn = await principal.MutateAsync("withdrawConsent", "WithdrawConsentInput", new
        {
            consentId = (string?)consent["id"],
            version = (int)consent["version"]!,
            guardianId = guardians[0],
            provisionIds = new[] { ProvisionOf(consent) },
        }, "consent { id }");
        Assert.Empty(withdrawn.UserErrors("withdrawConsent"));

        // act
        var confirmed = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("social-investigator").MutateAsync("confirmConsentProvision",
            "ConfirmConsentProvisionInput", new { provisionId = ProvisionOf(consent) }, "consent { id }"));
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("social-investigator").MutateAsync("refuseConsentProvision",
            "RefuseConsentProvisionInput", new { provisionId = ProvisionOf(consent), reason = "No." }, "consent { id }"));
        var listed = await hub.ClientFor("social-investigator").PostAsync(Pending);

        // assert
        Assert.Equal(["WRONG_STATE input.provisionId"], confirmed.UserErrors("confirmConsentProvision"));
        Assert.Equal(["WRONG_STATE input.provisionId"], refused.UserErrors("refuseConsentProvision"));
        Assert.Empty(Listed(listed, consent));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task RefuseConsentProvision_WithoutAReason_InvalidAndNothingChanges(string reason)
    {
        // arrange
        var (_, consent) = await AskedAsync();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("social-investigator").MutateAsync("refuseConsentProvision",
            "RefuseConsentProvisionInput", new { provisionId = ProvisionOf(consent), reason }, "consent { id }"));

        // assert
        Assert.Equal(["INVALID input.reason"], refused.UserErrors("refuseConsentProvision"));
    }

    [Fact]
    public async Task RefuseConsentProvision_ByAnAuthorityWithoutThePupil_AnsweredAsAProvisionThatDoesNotExist()
    {
        // arrange
        var (_, consent) = await AskedAsync();
        var stranger = Investigator("social:skarholmen:investigation");

        // act
        var hidden = await StoreContents.UnchangedAsync(hub, () => stranger.MutateAsync("refuseConsentProvision", "RefuseConsentProvisionInput",
            new { provisionId = ProvisionOf(consent), reason = "No." }, "consent { id }"));
        var missing = await stranger.MutateAsync("refuseConsentProvision", "RefuseConsentProvisionInput",
            new { provisionId = GlobalId.Encode("ConsentProvision", 987_654), reason = "No." }, "consent { id }");
        var keeper = await hub.ClientFor("social-investigator").MutateAsync("refuseConsentProvision", "RefuseConsentProvisionInput",
            new { provisionId = ProvisionOf(consent), reason = "No." }, "consent { id }");

        // assert
        Assert.Equal(["NOT_FOUND input.provisionId"], hidden.UserErrors("refuseConsentProvision"));
        Assert.Equal(missing.Text, hidden.Text);
        Assert.Empty(keeper.UserErrors("refuseConsentProvision"));
    }

    [Fact]
    public async Task RecordConsent_FromAuthorityNotOfTheGivingAgency_InvalidAndNothingChanges()
    {
        // arrange
        var (pupilId, guardians) = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            return (GlobalId.Encode("Pupil", pupil.Id), s.GuardiansOf(pupil).Select(g => GlobalId.Encode("Guardian", g.Id)).ToArray());
        });

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("school-principal").MutateAsync("recordConsent", "RecordConsentInput", new
        {
            pupilId,
            validFrom = "2026-11-01",
            validTo = "2027-10-31",
            formReference = "KLU-2026-0203",
            provisions = new[] { new { category = "SOCIAL_SERVICES_INTERVENTION", fromAgency = "SOCIAL_SERVICES", toAgency = "SCHOOL", purpose = "SCHOOL_SUPPORT", fromAuthority = "region:bup" } },
            signatures = guardians.Select(g => new { guardianId = g, signedOn = "2026-11-20" }).ToArray(),
        }, "consent { id }"));

        // assert
        Assert.Equal(["INVALID input.provisions.0.fromAuthority"], refused.UserErrors("recordConsent"));
    }

    [Fact]
    public async Task RecordConsent_NamingAnotherDistrictsSocialServices_WaitsForThatDistrictNotTheOneWithTheCase()
    {
        // arrange
        var (_, consent) = await AskedAsync(fromAuthority: "social:skarholmen");

        // act
        var caseHolder = await hub.ClientFor("social-investigator").MutateAsync("confirmConsentProvision", "ConfirmConsentProvisionInput",
            new { provisionId = ProvisionOf(consent) }, "consent { id }");

        // assert
        Assert.Equal("social:skarholmen", (string?)consent["provisions"]![0]!["fromAuthority"]);
        Assert.Equal(["NOT_PERMITTED input.provisionId"], caseHolder.UserErrors("confirmConsentProvision"));
    }

    [Fact]
    public async Task PendingConsentProvisions_RoleThatReadsNoConsents_AccessDenied()
    {
        // act
        var teacher = await hub.ClientFor("school-teacher").PostAsync(Pending);

        // assert
        Assert.Equal("ACCESS_DENIED", teacher.ErrorCode());
    }
}
