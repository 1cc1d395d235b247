using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;

namespace Hub.Tests.Access;

/// <summary>
/// First-line psychiatry, habilitation (BUS, beside BUP) and leisure (the F in SSPF) keep no records
/// in the hub: only a consent in effect brings a pupil to them, a SIP they take part in for the
/// region's care, a provision to leisure for SSPF; without one they see nobody, not even a count.
/// </summary>
public sealed class ByConsentTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Plan = "query($id: ID!) { pupil(id: $id) { id givenName sips { goal } } }";
    private const string Count = "{ pupils(first: 5) { totalCount nodes { id } } }";
    private const string Leisure = "query($id: ID!) { pupil(id: $id) { givenName interventions { __typename } access { category permitted } } }";

    private (string PupilId, int ConsentId) Related(string persona) => new ScenarioRunner(hub).Run(s =>
    {
        var pupil = s.PupilRelatedTo(persona);
        var consent = hub.WithDb(db => db.Consents.Where(c => c.PupilId == pupil.Id).Select(c => c.Id).Single());
        return (GlobalId.Encode("Pupil", pupil.Id), consent);
    });

    /// <summary>The school's principal withdraws the consent that brought the pupil to the unit, as a guardian asked.</summary>
    private async Task WithdrawAsync(int consentId)
    {
        var (version, pupil) = hub.WithDb(db => db.Consents.Where(c => c.Id == consentId).Select(c => new { c.Version, c.PupilId }).AsEnumerable()
            .Select(c => (c.Version, c.PupilId)).Single());
        var guardian = hub.WithDb(db => db.Custodies.Where(c => c.PupilId == pupil).Select(c => c.GuardianId).First());
        var input = new { consentId = GlobalId.Encode(RecordKinds.Consent.TypeName, consentId), version, guardianId = GlobalId.Encode("Guardian", guardian) };
        var withdrawn = await hub.ClientFor("school-principal").MutateAsync("withdrawConsent", "WithdrawConsentInput", input, "consent { id }");
        Assert.Empty(withdrawn.UserErrors("withdrawConsent"));
    }

    [Theory]
    [InlineData("forsta-linjen-clinician")]
    [InlineData("habilitation-clinician")]
    public async Task Pupil_CareUnitInASipUnderConsent_SeesThePupilAndThePlan(string persona)
    {
        // arrange
        var (pupilId, _) = Related(persona);

        // act
        var response = await hub.ClientFor(persona, "SIP").PostAsync(Plan, new { id = pupilId });

        // assert
        Assert.Equal(pupilId, (string?)response.Data["pupil"]!["id"]);
        Assert.Equal("Calmer days at school.", (string?)response.Data["pupil"]!["sips"]![0]!["goal"]);
    }

    [Theory]
    [InlineData("forsta-linjen-clinician")]
    [InlineData("habilitation-clinician")]
    [InlineData("fritid-leader")]
    public async Task Pupil_ConsentWithdrawn_AnsweredAsAnUnknownPupilAndNotCounted(string persona)
    {
        // arrange
        var (pupilId, consentId) = Related(persona);
        var client = persona == "fritid-leader" ? hub.ClientFor(persona) : hub.ClientFor(persona, "SIP");
        var before = await client.PostAsync(Count);
        var missingId = GlobalId.Encode("Pupil", hub.WithDb(db => db.Pupils.Max(p => p.Id)) + 1000);
        var missing = await client.PostAsync(Plan, new { id = missingId });

        // act
        await WithdrawAsync(consentId);
        var hidden = await client.PostAsync(Plan, new { id = pupilId });
        var after = await client.PostAsync(Count);

        // assert
        Assert.Contains(pupilId, before.Data["pupils"]!["nodes"]!.Select(n => (string?)n["id"]));
        Assert.Equal(missing.Text, hidden.Text);
        Assert.Equal("{\"data\":{\"pupil\":null}}", hidden.Text);
        Assert.Equal((int)before.Data["pupils"]!["totalCount"]! - 1, (int)after.Data["pupils"]!["totalCount"]!);
    }

    [Theory]
    [InlineData("forsta-linjen-clinician")]
    [InlineData("habilitation-clinician")]
    public async Task Pupil_ConsentToTheAgencyButTheUnitTakesNoPartInTheSip_AnsweredAsAnUnknownPupil(string persona)
    {
        // arrange: the SIP's consent reaches the agency, but the plan's care unit is another clinic's
        var other = persona == "forsta-linjen-clinician" ? "forsta-linjen:kista" : "habilitering:kista";
        var pupilId = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            s.RelateByConsent(pupil, s.Unit(other), toUnit: false);
            return GlobalId.Encode("Pupil", pupil.Id);
        });
        var missingId = GlobalId.Encode("Pupil", hub.WithDb(db => db.Pupils.Max(p => p.Id)) + 1000);
        var client = hub.ClientFor(persona, "SIP");

        // act
        var hidden = await client.PostAsync(Plan, new { id = pupilId });
        var missing = await client.PostAsync(Plan, new { id = missingId });

        // assert
        Assert.Equal(missing.Text, hidden.Text);
        Assert.Equal("{\"data\":{\"pupil\":null}}", hidden.Text);
    }

    [Fact]
    public async Task Pupil_LeisureWithEveryConsentAndEveryRecord_ReadsOnlyTheInterventionsNeverHealthOrInvestigations()
    {
        // arrange: every agency's records, and a consent to leisure for SSPF of every category
        var pupilId = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("fritid-leader");
            s.OthersRecords(pupil);
            s.Consent(pupil, Agency.Leisure, s.GuardiansOf(pupil), purpose: SharingPurpose.Sspf);
            return GlobalId.Encode("Pupil", pupil.Id);
        });

        // act
        var response = await hub.ClientFor("fritid-leader").PostAsync(Leisure, new { id = pupilId });

        // assert
        var pupil = response.Data["pupil"]!;
        Assert.Equal("Testa", (string?)pupil["givenName"]);
        Assert.Equal(["SocialServicesIntervention"], pupil["interventions"]!.Select(i => (string)i["__typename"]!).Distinct());
        var permitted = pupil["access"]!.Where(a => (bool)a["permitted"]!).Select(a => (string)a["category"]!);
        Assert.Equal(["IDENTITY", "SOCIAL_SERVICES_INTERVENTION"], permitted);
    }

    [Theory]
    [InlineData("forsta-linjen-clinician")]
    [InlineData("habilitation-clinician")]
    [InlineData("fritid-leader")]
    public async Task Pupils_NoConsentToTheAgency_NotCounted(string persona)
    {
        // arrange
        var client = hub.ClientFor(persona);
        var before = (int)(await client.PostAsync(Count)).Data["pupils"]!["totalCount"]!;
        var bupBefore = (int)(await hub.ClientFor("bup-clinician").PostAsync(Count)).Data["pupils"]!["totalCount"]!;
        new ScenarioRunner(hub).Run(s =>
        {
            // every agency's records, and a consent to BUP: none of it is the new agency's business
            var pupil = s.PupilRelatedTo("bup-clinician");
            s.OthersRecords(pupil);
            s.Consent(pupil, Agency.Bup, s.GuardiansOf(pupil));
        });

        // act
        var after = (int)(await client.PostAsync(Count)).Data["pupils"]!["totalCount"]!;
        var bupAfter = (int)(await hub.ClientFor("bup-clinician").PostAsync(Count)).Data["pupils"]!["totalCount"]!;

        // assert
        Assert.Equal(bupBefore + 1, bupAfter);
        Assert.Equal(before, after);
    }
}
