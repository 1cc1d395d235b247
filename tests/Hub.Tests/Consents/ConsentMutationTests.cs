using Hub.Api;
using Hub.Identity;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Consents;

/// <summary>Consents through HTTP: recorded by the staff who meet the family, granting only once complete, closed by withdrawal.</summary>
public sealed class ConsentMutationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Selection = "consent { id version effective withdrawnAt signatures { byPupil guardian { givenName } } provisions { id category toAgency purpose } }";
    private const string Interventions = "query($id: ID!) { pupil(id: $id) { interventions { kind } } }";

    /// <summary>A pupil of Klubbacksskolan whom every agency keeps records about, and the ids of the two guardians with joint custody.</summary>
    private (string PupilId, string[] Guardians) Family(string persona = "school-principal")
    {
        return new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo(persona);
            s.OthersRecords(pupil);
            return (GlobalId.Encode("Pupil", pupil.Id), s.GuardiansOf(pupil).Select(g => GlobalId.Encode("Guardian", g.Id)).ToArray());
        });
    }

    /// <summary>Social-services interventions to the school, signed by these guardians.</summary>
    private static object SocialToSchool(string pupilId, string[] signedBy, string category = "SOCIAL_SERVICES_INTERVENTION", string validTo = "2027-10-31") => new
    {
        pupilId,
        validFrom = "2026-11-01",
        validTo,
        formReference = "KLU-2026-0042",
        pupilView = "Wants the teachers to know.",
        provisions = new[] { new { category, fromAgency = "SOCIAL_SERVICES", toAgency = "SCHOOL", purpose = "SCHOOL_SUPPORT" } },
        signatures = signedBy.Select(g => new { guardianId = g, signedOn = "2026-11-20" }).ToArray(),
    };

    private async Task<JToken> RecordAsync(object input)
    {
        var recorded = await hub.ClientFor("school-principal").MutateAsync("recordConsent", "RecordConsentInput", input, Selection);
        Assert.Empty(recorded.UserErrors("recordConsent"));
        return recorded.Payload("recordConsent")["consent"]!;
    }

    /// <summary>Social services, which keeps the interventions, confirms the school's provision: until then it lets nothing cross.</summary>
    private async Task ConfirmBySocialServicesAsync(JToken consent)
    {
        var confirmed = await hub.ClientFor("social-investigator").MutateAsync("confirmConsentProvision", "ConfirmConsentProvisionInput",
            new { provisionId = Provisions.IdOf(consent, "SOCIAL_SERVICES_INTERVENTION", "SCHOOL") }, "consent { id }");
        Assert.Empty(confirmed.UserErrors("confirmConsentProvision"));
    }

    private Task<Envelope> AddSignatureAsync(JToken consent, string guardianId) =>
        hub.ClientFor("school-principal").MutateAsync("addConsentSignature", "AddConsentSignatureInput",
            new { consentId = (string?)consent["id"], version = (int)consent["version"]!, guardianId, signedOn = "2026-11-22" }, Selection);

    [Fact]
    public async Task RecordConsent_OneOfTwoGuardiansSigned_GrantsNothingYet()
    {
        // arrange
        var (pupilId, guardians) = Family();

        // act
        var consent = await RecordAsync(SocialToSchool(pupilId, [guardians[0]]));

        // assert
        Assert.False((bool)consent["effective"]!);
        var read = await hub.ClientFor("school-principal").PostAsync(Interventions, new { id = pupilId });
        Assert.Equal(JTokenType.Null, read.Data["pupil"]!["interventions"]!.Type);
        Assert.Equal("ACCESS_DENIED", read.ErrorCode());
    }

    [Fact]
    public async Task AddConsentSignature_SecondGuardianUnderJointCustody_ConsentGrantsAndTheSchoolReads()
    {
        // arrange
        var (pupilId, guardians) = Family();
        var consent = await RecordAsync(SocialToSchool(pupilId, [guardians[0]]));
        await ConfirmBySocialServicesAsync(consent);

        // act
        var signed = await AddSignatureAsync(consent, guardians[1]);

        // assert
        var after = signed.Payload("addConsentSignature")["consent"]!;
        Assert.Empty(signed.UserErrors("addConsentSignature"));
        Assert.True((bool)after["effective"]!);
        Assert.Equal((int)consent["version"]! + 1, (int)after["version"]!);
        var read = await hub.ClientFor("school-principal").PostAsync(Interventions, new { id = pupilId });
        Assert.Equal(["SOCIAL_SERVICES_INTERVENTION"], read.Data["pupil"]!["interventions"]!.Select(i => (string?)i["kind"]));
        var change = hub.WithDb(db => db.Changes.AsNoTracking().Where(c => c.Operation == "addConsentSignature").OrderBy(c => c.Sequence).Last());
        Assert.Equal(("ConsentRecord", "p-1002", "Johan Ek", "Principal"), (change.EntityType, change.ActorId, change.ActorName, change.ActorRole));
    }

    [Fact]
    public async Task AddConsentSignature_PupilOfFifteenSignsAfterBothGuardians_ConsentGrants()
    {
        // arrange
        var (pupilId, guardians) = Family();
        GlobalId.TryDecode(pupilId, "Pupil", out var id);
        hub.WithDb(db => db.Pupils.Where(p => p.Id == id).ExecuteUpdate(u => u.SetProperty(p => p.BirthDate, new DateOnly(2011, 5, 1))));
        var consent = await RecordAsync(SocialToSchool(pupilId, guardians));

        // act
        var signed = await hub.ClientFor("school-principal").MutateAsync("addConsentSignature", "AddConsentSignatureInput",
            new { consentId = (string?)consent["id"], version = (int)consent["version"]!, byPupil = true, signedOn = "2026-11-23" }, Selection);

        // assert
        Assert.False((bool)consent["effective"]!);
        Assert.Empty(signed.UserErrors("addConsentSignature"));
        Assert.True((bool)signed.Payload("addConsentSignature")["consent"]!["effective"]!);
    }

    [Fact]
    public async Task RecordConsent_Complete_ReadableByTheAgenciesItNamesOnly()
    {
        // arrange
        var (pupilId, guardians) = Family();
        await RecordAsync(SocialToSchool(pupilId, guardians));
        const string Consents = "query($id: ID!) { pupil(id: $id) { consents { formReference effective } } }";

        // act
        var school = await hub.ClientFor("school-principal").PostAsync(Consents, new { id = pupilId });
        var social = await hub.ClientFor("social-investigator").PostAsync(Consents, new { id = pupilId });
        var bup = await hub.ClientFor("bup-clinician").PostAsync(Consents, new { id = pupilId });
        var police = await hub.ClientFor("police-sspf").PostAsync(Consents, new { id = pupilId });

        // assert
        Assert.Equal("KLU-2026-0042", (string?)school.Data["pupil"]!["consents"]![0]!["formReference"]);
        Assert.True((bool)social.Data["pupil"]!["consents"]![0]!["effective"]!);
        Assert.Empty(bup.Data["pupil"]!["consents"]!);
        Assert.Equal("ACCESS_DENIED", police.ErrorCode());
    }

    [Theory]
    [InlineData("school-principal")]
    [InlineData("elevhalsa-officer")]
    [InlineData("social-investigator")]
    [InlineData("sst-social-worker")]
    [InlineData("bup-clinician")]
    public async Task RecordConsent_StaffWhoMeetTheFamily_Recorded(string persona)
    {
        // arrange
        var (pupilId, guardians) = Family(persona);

        // act
        var recorded = await hub.ClientFor(persona).MutateAsync("recordConsent", "RecordConsentInput", SocialToSchool(pupilId, guardians), "");

        // assert
        Assert.Empty(recorded.UserErrors("recordConsent"));
        var unit = Personas.Find(persona)!.UnitCode;
        GlobalId.TryDecode(pupilId, "Pupil", out var id);
        Assert.True(hub.WithDb(db => db.Consents.Any(c => c.PupilId == id && c.RecordedByUnit.Code == unit)));
    }

    [Theory]
    [InlineData("school-teacher")]
    [InlineData("rsu-teacher")]
    [InlineData("csu-teacher")]
    [InlineData("social-contact-person")]
    [InlineData("police-sspf")]
    [InlineData("forsta-linjen-clinician")]
    [InlineData("habilitation-clinician")]
    [InlineData("fritid-leader")]
    [InlineData("dpo")]
    public async Task RecordConsent_TeachersReceptionPoliceOrTheOfficer_RefusedAndNothingChanges(string persona)
    {
        // arrange
        var (pupilId, guardians) = Family();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () =>
            hub.ClientFor(persona).MutateAsync("recordConsent", "RecordConsentInput", SocialToSchool(pupilId, guardians), Selection));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    public static TheoryData<string, string> FollowUpsByOtherRoles()
    {
        var data = new TheoryData<string, string>();
        foreach (var mutation in new[] { "addConsentSignature", "withdrawConsent" })
        {
            foreach (var persona in new[] { "school-teacher", "rsu-teacher", "csu-teacher", "social-contact-person", "police-sspf", "forsta-linjen-clinician", "habilitation-clinician", "fritid-leader", "dpo" })
            {
                data.Add(mutation, persona);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FollowUpsByOtherRoles))]
    public async Task SignOrWithdraw_TeachersPoliceOrTheOfficer_RefusedAndNothingChanges(string mutation, string persona)
    {
        // arrange
        var (pupilId, guardians) = Family();
        var consent = await RecordAsync(SocialToSchool(pupilId, [guardians[0]]));
        var (id, version) = ((string?)consent["id"], (int)consent["version"]!);
        object input = mutation == "addConsentSignature"
            ? new { consentId = id, version, guardianId = guardians[1], signedOn = "2026-11-22" }
            : new { consentId = id, version, guardianId = guardians[1] };
        var inputType = mutation == "addConsentSignature" ? "AddConsentSignatureInput" : "WithdrawConsentInput";

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor(persona).MutateAsync(mutation, inputType, input, Selection));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Fact]
    public async Task RecordConsent_SignedBySomeoneWithoutCustody_NotAGuardian()
    {
        // arrange
        var (pupilId, guardians) = Family();
        var (_, strangers) = Family();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("school-principal").MutateAsync("recordConsent", "RecordConsentInput",
            SocialToSchool(pupilId, [guardians[0], strangers[1]]), Selection));

        // assert
        Assert.Equal(["NOT_A_GUARDIAN input.signatures.1.guardianId"], refused.UserErrors("recordConsent"));
    }

    [Fact]
    public async Task RecordConsent_SameGuardianTwice_Duplicate()
    {
        // arrange
        var (pupilId, guardians) = Family();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("school-principal").MutateAsync("recordConsent", "RecordConsentInput",
            SocialToSchool(pupilId, [guardians[0], guardians[0]]), Selection));

        // assert
        Assert.Equal(["DUPLICATE input.signatures.1.guardianId"], refused.UserErrors("recordConsent"));
    }

    [Fact]
    public async Task RecordConsent_CategoryTheGivingAgencyDoesNotKeep_Invalid()
    {
        // arrange
        var (pupilId, guardians) = Family();
        var input = SocialToSchool(pupilId, guardians, category: "BUP_CONTACT");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("school-principal").MutateAsync("recordConsent", "RecordConsentInput", input, Selection));

        // assert
        Assert.Equal(["INVALID input.provisions.0.category"], refused.UserErrors("recordConsent"));
    }

    [Fact]
    public async Task RecordConsent_LongerThanTwelveMonths_Invalid()
    {
        // arrange
        var (pupilId, guardians) = Family();
        var input = SocialToSchool(pupilId, guardians, validTo: "2027-11-02");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("school-principal").MutateAsync("recordConsent", "RecordConsentInput", input, Selection));

        // assert
        Assert.Equal(["INVALID input.validTo"], refused.UserErrors("recordConsent"));
    }

    [Fact]
    public async Task AddConsentSignature_StaleVersion_Refused()
    {
        // arrange
        var (pupilId, guardians) = Family();
        var consent = await RecordAsync(SocialToSchool(pupilId, [guardians[0]]));
        consent["version"] = (int)consent["version"]! + 1;

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AddSignatureAsync(consent, guardians[1]));

        // assert
        Assert.Equal(["STALE_VERSION input.version"], refused.UserErrors("addConsentSignature"));
    }

    [Fact]
    public async Task AddConsentSignature_GuardianWhoAlreadySigned_Duplicate()
    {
        // arrange
        var (pupilId, guardians) = Family();
        var consent = await RecordAsync(SocialToSchool(pupilId, [guardians[0]]));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AddSignatureAsync(consent, guardians[0]));

        // assert
        Assert.Equal(["DUPLICATE input.guardianId"], refused.UserErrors("addConsentSignature"));
    }

    [Fact]
    public async Task AddConsentSignature_WithdrawnConsent_WrongState()
    {
        // arrange
        var (pupilId, guardians) = Family();
        var consent = await RecordAsync(SocialToSchool(pupilId, [guardians[0]]));
        var withdrawn = await WithdrawAsync(consent);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AddSignatureAsync(withdrawn.Payload("withdrawConsent")["consent"]!, guardians[1]));

        // assert
        Assert.Equal(["WRONG_STATE input.consentId"], refused.UserErrors("addConsentSignature"));
    }

    [Fact]
    public async Task WithdrawConsent_Effective_TheSchoolLosesAccessOnTheNextRequest()
    {
        // arrange
        var (pupilId, guardians) = Family();
        var consent = await RecordAsync(SocialToSchool(pupilId, guardians));
        await ConfirmBySocialServicesAsync(consent);
        var before = await hub.ClientFor("school-principal").PostAsync(Interventions, new { id = pupilId });

        // act
        var withdrawn = await WithdrawAsync(consent);

        // assert
        Assert.NotNull(before.Data["pupil"]!["interventions"]!.First);
        var after = withdrawn.Payload("withdrawConsent")["consent"]!;
        Assert.False((bool)after["effective"]!);
        Assert.NotEqual(JTokenType.Null, after["withdrawnAt"]!.Type);
        var read = await hub.ClientFor("school-principal").PostAsync(Interventions, new { id = pupilId });
        Assert.Equal(JTokenType.Null, read.Data["pupil"]!["interventions"]!.Type);
        Assert.Equal("ACCESS_DENIED", read.ErrorCode());
    }

    [Fact]
    public async Task WithdrawConsent_AlreadyWithdrawn_WrongState()
    {
        // arrange
        var (pupilId, guardians) = Family();
        var consent = await RecordAsync(SocialToSchool(pupilId, guardians));
        var withdrawn = (await WithdrawAsync(consent)).Payload("withdrawConsent")["consent"]!;

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => WithdrawAsync(withdrawn));

        // assert
        Assert.Equal(["WRONG_STATE input.consentId"], refused.UserErrors("withdrawConsent"));
    }

    private Task<Envelope> WithdrawAsync(JToken consent) =>
        hub.ClientFor("school-principal").MutateAsync("withdrawConsent", "WithdrawConsentInput",
            new { consentId = (string?)consent["id"], version = (int)consent["version"]!, guardianId = GuardianOf(consent) }, Selection);

    /// <summary>The first guardian who signed the consent, by id: the one who withdraws it.</summary>
    private string GuardianOf(JToken consent)
    {
        GlobalId.TryDecode((string?)consent["id"], "Consent", out var id);
        return hub.WithDb(db => GlobalId.Encode("Guardian", db.ConsentSignatures.Where(s => s.ConsentId == id && s.GuardianId != null).Min(s => s.GuardianId!.Value)));
    }
}
