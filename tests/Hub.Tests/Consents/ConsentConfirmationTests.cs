using Hub.Api;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Consents;

/// <summary>
/// Secrecy is lifted by the authority that holds the data: a provision another authority recorded
/// lets nothing cross until the keeping authority confirms it, and then only that authority's records.
/// </summary>
public sealed class ConsentConfirmationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Reports = "query($id: ID!) { pupil(id: $id) { interventions(kinds: [REPORT_OF_CONCERN]) { kind summary ... on ReportOfConcern { reporterName reporterContact } } } }";
    private const string BupContacts = "query($id: ID!) { pupil(id: $id) { interventions(kinds: [BUP_CONTACT]) { kind } } }";

    /// <summary>A pupil of Klubbacksskolan; with a report Hägersten-Älvsjö's reception holds, and/or every agency's records, as asked.</summary>
    private (string PupilId, string[] Guardians) Family(bool report = false, bool others = false) => new ScenarioRunner(hub).Run(s =>
    {
        var pupil = s.PupilRelatedTo("school-principal");
        if (report)
        {
            s.ReportOfConcern(pupil);
        }

        if (others)
        {
            s.OthersRecords(pupil);
        }

        return (GlobalId.Encode("Pupil", pupil.Id), s.GuardiansOf(pupil).Select(g => GlobalId.Encode("Guardian", g.Id)).ToArray());
    });

    private async Task<JToken> RecordAsync(string persona, (string PupilId, string[] Guardians) family, params (string Category, string From, string To)[] provisions)
    {
        var input = new
        {
            pupilId = family.PupilId,
            validFrom = "2026-11-01",
            validTo = "2027-10-31",
            formReference = "KLU-2026-0099",
            // For what the receiving side reads for when it declares nothing: support in school, or the investigation.
            provisions = provisions.Select(p => new { category = p.Category, fromAgency = p.From, toAgency = p.To, purpose = p.To == "SCHOOL" ? "SCHOOL_SUPPORT" : "INVESTIGATION" }).ToArray(),
            signatures = family.Guardians.Select(g => new { guardianId = g, signedOn = "2026-11-20" }).ToArray(),
        };
        var recorded = await hub.ClientFor(persona).MutateAsync("recordConsent", "RecordConsentInput", input, "consent { id version effective provisions { id category toAgency } }");
        Assert.Empty(recorded.UserErrors("recordConsent"));
        return recorded.Payload("recordConsent")["consent"]!;
    }

    private Task<Envelope> ConfirmAsync(string persona, JToken consent, string category, string toAgency) =>
        hub.ClientFor(persona).MutateAsync("confirmConsentProvision", "ConfirmConsentProvisionInput",
            new { provisionId = Provisions.IdOf(consent, category, toAgency) }, "consent { provisions { category confirmed } }");

    [Fact]
    public async Task RecordConsent_PrincipalLiftsSocialServicesSecrecy_ReportStaysDenied()
    {
        // arrange
        var family = Family(report: true);

        // act
        var consent = await RecordAsync("school-principal", family, ("REPORT_OF_CONCERN", "SOCIAL_SERVICES", "SCHOOL"));
        var read = await hub.ClientFor("school-principal").PostAsync(Reports, new { id = family.PupilId });

        // assert
        Assert.True((bool)consent["effective"]!);
        Assert.Equal(JTokenType.Null, read.Data["pupil"]!["interventions"]!.Type);
        Assert.Equal("ACCESS_DENIED", read.ErrorCode());
        Assert.DoesNotContain("Grannen", read.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmConsentProvision_SocialServicesConfirms_SchoolReadsTheReport()
    {
        // arrange
        var family = Family(report: true);
        var consent = await RecordAsync("school-principal", family, ("REPORT_OF_CONCERN", "SOCIAL_SERVICES", "SCHOOL"));

        // act
        var confirmed = await ConfirmAsync("social-investigator", consent, "REPORT_OF_CONCERN", "SCHOOL");
        var read = await hub.ClientFor("school-principal").PostAsync(Reports, new { id = family.PupilId });

        // assert
        Assert.Empty(confirmed.UserErrors("confirmConsentProvision"));
        Assert.True((bool)confirmed.Payload("confirmConsentProvision")["consent"]!["provisions"]![0]!["confirmed"]!);
        Assert.Null(read.Errors);
        Assert.Equal("Grannen Svensson", (string?)read.Data["pupil"]!["interventions"]![0]!["reporterName"]);
    }

    [Fact]
    public async Task Pupil_PendingProvisionWithAndWithoutAReportHeld_PrincipalAnswersIdenticalInvestigatorsDiffer()
    {
        // arrange
        const string query = """
            query($id: ID!) {
              pupil(id: $id) {
                interventions { kind } access { category permitted bases { kind } missing }
                consents { effective formReference provisions { category fromAgency toAgency purpose confirmed } }
              }
            }
            """;
        var held = Family(report: true);
        var none = Family(report: false);
        await RecordAsync("school-principal", held, ("REPORT_OF_CONCERN", "SOCIAL_SERVICES", "SCHOOL"));
        await RecordAsync("school-principal", none, ("REPORT_OF_CONCERN", "SOCIAL_SERVICES", "SCHOOL"));

        // act
        var principalHeld = await hub.ClientFor("school-principal").PostAsync(query, new { id = held.PupilId });
        var principalNone = await hub.ClientFor("school-principal").PostAsync(query, new { id = none.PupilId });
        var investigatorHeld = await hub.ClientFor("social-investigator").PostAsync(query, new { id = held.PupilId });
        var investigatorNone = await hub.ClientFor("social-investigator").PostAsync(query, new { id = none.PupilId });

        // assert
        Assert.Equal(principalNone.Text, principalHeld.Text);
        Assert.False((bool)principalHeld.Data["pupil"]!["consents"]![0]!["provisions"]![0]!["confirmed"]!);
        Assert.NotEqual(investigatorNone.Text, investigatorHeld.Text);
    }

    [Fact]
    public async Task RecordConsent_PrincipalLiftsBupSecrecyTowardsSocialServices_InvestigatorDoesNotReadTheContact()
    {
        // arrange
        var family = Family(others: true);
        await RecordAsync("school-principal", family, ("BUP_CONTACT", "BUP", "SOCIAL_SERVICES"));

        // act
        var read = await hub.ClientFor("social-investigator").PostAsync(BupContacts, new { id = family.PupilId });

        // assert: the investigator reads its own cases, so the list answers, without the BUP contact.
        Assert.Null(read.Errors);
        Assert.Empty(read.Data["pupil"]!["interventions"]!);
    }

    [Fact]
    public async Task ConfirmConsentProvision_BupConfirms_InvestigatorReadsTheContact()
    {
        // arrange
        var family = Family(others: true);
        var consent = await RecordAsync("school-principal", family, ("BUP_CONTACT", "BUP", "SOCIAL_SERVICES"));

        // act
        var confirmed = await ConfirmAsync("bup-clinician", consent, "BUP_CONTACT", "SOCIAL_SERVICES");
        var read = await hub.ClientFor("social-investigator").PostAsync(BupContacts, new { id = family.PupilId });

        // assert
        Assert.Empty(confirmed.UserErrors("confirmConsentProvision"));
        Assert.Null(read.Errors);
        Assert.Single(read.Data["pupil"]!["interventions"]!);
    }

    [Fact]
    public async Task ConfirmConsentProvision_ByTheKeepingAuthority_OpensOnlyItsOwnRecords()
    {
        // arrange: Hägersten-Älvsjö keeps family treatment, Skärholmen out-of-home care.
        (string PupilId, string[] Guardians) family = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            s.OthersRecords(pupil);
            s.HiddenRecords(pupil, s.Unit("school:klubbacksskolan").Authority);
            return (GlobalId.Encode("Pupil", pupil.Id), s.GuardiansOf(pupil).Select(g => GlobalId.Encode("Guardian", g.Id)).ToArray());
        });
        var consent = await RecordAsync("school-principal", family, ("SOCIAL_SERVICES_INTERVENTION", "SOCIAL_SERVICES", "SCHOOL"));
        await ConfirmAsync("social-investigator", consent, "SOCIAL_SERVICES_INTERVENTION", "SCHOOL");

        // act
        var read = await hub.ClientFor("school-principal").PostAsync(
            "query($id: ID!) { pupil(id: $id) { interventions(kinds: [SOCIAL_SERVICES_INTERVENTION]) { ... on SocialServicesIntervention { type } } } }",
            new { id = family.PupilId });

        // assert
        Assert.Null(read.Errors);
        Assert.Equal(["FAMILY_TREATMENT"], read.Data["pupil"]!["interventions"]!.Select(i => (string)i["type"]!).ToArray());
    }
}
