using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Consents;

/// <summary>
/// The catalogue of legal bases through HTTP with real tokens: each basis opens with its case and
/// ends with it (the duty to inform an investigation, the reporter's duty, the SSPF exchange), and
/// disclosure decisions are recorded, ended and listed for the data-protection officer.
/// </summary>
public sealed partial class LegalBasisCatalogueTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Osl28 = "Offentlighets- och sekretesslag (2009:400) 10 kap. 28 §";
    private const string Osl18a = "Offentlighets- och sekretesslag (2009:400) 10 kap. 18 a §";

    [Fact]
    public async Task LegalBasisKinds_AnyoneSignedIn_ListsEachKindWithItsCitation()
    {
        // act
        var read = await hub.ClientFor("school-teacher").PostAsync(
            "{ legalBasisKinds { kind name swedishName citation { law sfsNumber chapter section text } flows { from to toUnitKind category } purpose opensWhen endsWhen } }");

        // assert
        var kinds = read.Data["legalBasisKinds"]!.ToDictionary(k => (string)k["kind"]!);
        Assert.Equal(["INVESTIGATION_DUTY_TO_INFORM", "REPORT_OF_CONCERN_REPORTER", "SSPF_EXCHANGE", "DISCLOSURE_NECESSARY", "DISCLOSURE_OVERRIDING_INTEREST"], kinds.Keys);
        var sspf = kinds["SSPF_EXCHANGE"];
        Assert.Equal((Osl18a, "2009:400", 10, "18 a", "SSPF"), ((string)sspf["citation"]!["text"]!, (string)sspf["citation"]!["sfsNumber"]!,
            (int)sspf["citation"]!["chapter"]!, (string)sspf["citation"]!["section"]!, (string)sspf["purpose"]!));
        Assert.Equal(["POLICE>SOCIAL_SERVICES:POLICE_SSPF", "SOCIAL_SERVICES>POLICE:SOCIAL_SERVICES_INTERVENTION"],
            sspf["flows"]!.Select(f => $"{f["from"]}>{f["to"]}:{f["category"]}"));
        Assert.Equal(["SCHOOL", "SCHOOL", "BUP", "POLICE"], kinds["INVESTIGATION_DUTY_TO_INFORM"]["flows"]!.Select(f => (string)f["from"]!));
        Assert.Equal(Osl28, (string)kinds["INVESTIGATION_DUTY_TO_INFORM"]["citation"]!["text"]!);
        Assert.All(kinds.Values, k => Assert.False(string.IsNullOrWhiteSpace((string?)k["opensWhen"])));
    }

    [Fact]
    public async Task OpenInvestigation_PupilKnownToBupAndPolice_InvestigatorReadsTheirRecordsUntilItCloses()
    {
        // arrange
        var pupil = Arrange("school-principal", (s, p) => s.OthersRecords(p));
        var before = await AccessAsync("social-investigator", pupil);

        // act
        var opened = await hub.ClientFor("social-investigator").MutateAsync("openInvestigation", "OpenInvestigationInput", new
        {
            personalIdentityNumber = pupil.PersonalIdentityNumber,
            origin = "APPLICATION",
            openedOn = "2026-11-20",
            educationInvestigated = false,
        }, "investigation { id version }");
        var during = await AccessAsync("social-investigator", pupil);
        var kindsDuring = await KindsAsync("social-investigator", pupil);
        var investigation = opened.Payload("openInvestigation")["investigation"]!;
        await hub.ClientFor("social-investigator").MutateAsync("closeInvestigation", "CloseInvestigationInput", new
        {
            investigationId = (string?)investigation["id"],
            version = (int)investigation["version"]!,
            closedOn = "2026-11-23",
            closingNote = "No further action.",
        }, "investigation { id }");
        var after = await AccessAsync("social-investigator", pupil);

        // assert
        Assert.Empty(opened.UserErrors("openInvestigation"));
        Assert.Equal((false, false), (before.Permits("BUP_CONTACT"), before.Permits("POLICE_SSPF")));
        Assert.Equal(("INVESTIGATION_DUTY_TO_INFORM", Osl28), during.LegalBasis("BUP_CONTACT"));
        Assert.Equal(("INVESTIGATION_DUTY_TO_INFORM", Osl28), during.LegalBasis("POLICE_SSPF"));
        Assert.False(during.Permits("PLACEMENT"), "The school's records cross only when education is investigated.");
        Assert.Contains("BUP_CONTACT", kindsDuring);
        Assert.Contains("SSPF_CASE", kindsDuring);
        Assert.Equal((false, false), (after.Permits("BUP_CONTACT"), after.Permits("POLICE_SSPF")));
    }

    [Fact]
    public async Task OpenInvestigation_EducationInvestigated_InvestigatorReadsTheSchoolsPlacementsAndAbsence()
    {
        // arrange
        var pupil = Arrange("school-principal", (s, p) => s.OthersRecords(p));

        // act
        await hub.ClientFor("social-investigator").MutateAsync("openInvestigation", "OpenInvestigationInput", new
        {
            personalIdentityNumber = pupil.PersonalIdentityNumber,
            origin = "APPLICATION",
            openedOn = "2026-11-20",
            educationInvestigated = true,
        }, "investigation { id }");
        var during = await AccessAsync("social-investigator", pupil);

        // assert
        Assert.Equal(("INVESTIGATION_DUTY_TO_INFORM", Osl28), during.LegalBasis("PLACEMENT"));
        Assert.Equal(("INVESTIGATION_DUTY_TO_INFORM", Osl28), during.LegalBasis("ABSENCE"));
    }

    [Fact]
    public async Task ReportConcern_FromBup_ReceptionReadsTheClinicsContactsWhileTheReportIsAssessed()
    {
        // arrange
        var pupil = Arrange("bup-clinician", (s, p) => s.OthersRecords(p));
        var receptionInvestigator = ReceptionInvestigator();

        // act
        var filed = await hub.ClientFor("bup-clinician").MutateAsync("reportConcern", "ReportConcernInput",
            new { pupilId = PupilId(pupil), summary = "The pupil describes violence at home." }, "receipt { reportId }");
        var during = await AccessAsync(receptionInvestigator, pupil);
        var contactPerson = await AccessAsync(hub.ClientFor("social-contact-person"), pupil);
        var reportId = (string)filed.Payload("reportConcern")["receipt"]!["reportId"]!;
        var version = await hub.HoldMeetingAsync(reportId, Version(reportId), "2026-11-23");
        var assessed = await hub.ClientFor("social-contact-person").MutateAsync("recordPreliminaryAssessment", "RecordPreliminaryAssessmentInput",
            new { reportId, version, decision = "NO_INVESTIGATION", decidedOn = "2026-11-23" }, "assessment { id }");
        var after = await AccessAsync(receptionInvestigator, pupil);

        // assert
        Assert.Empty(assessed.UserErrors("recordPreliminaryAssessment"));
        Assert.Equal(("REPORT_OF_CONCERN_REPORTER", Osl28), during.LegalBasis("BUP_CONTACT"));
        Assert.False(during.Permits("POLICE_SSPF"), "A BUP report lets only BUP's records cross.");
        Assert.False(contactPerson.Permits("BUP_CONTACT"), "A basis never lifts a category above the role's ceiling.");
        Assert.False(after.Permits("BUP_CONTACT"));
    }

    [Fact]
    public async Task ReportConcern_FromTheSchool_ReceptionReadsTheSchoolsAbsenceAndPlacementsButNotBups()
    {
        // arrange
        var pupil = Arrange("school-principal", (s, p) => s.OthersRecords(p));

        // act
        var filed = await hub.ClientFor("school-principal").MutateAsync("reportConcern", "ReportConcernInput",
            new { pupilId = PupilId(pupil), summary = "The pupil has stopped coming to school." }, "receipt { reportId }");
        var during = await AccessAsync(ReceptionInvestigator(), pupil);

        // assert
        Assert.Empty(filed.UserErrors("reportConcern"));
        Assert.Equal(("REPORT_OF_CONCERN_REPORTER", Osl28), during.LegalBasis("ABSENCE"));
        Assert.Equal(("REPORT_OF_CONCERN_REPORTER", Osl28), during.LegalBasis("PLACEMENT"));
        Assert.False(during.Permits("BUP_CONTACT"), "A school's report lets only the school's records cross.");
    }

    [Fact]
    public async Task RegisterSspfCase_PupilUnder21_PoliceAndPreventiveUnitExchangeUntilTheCaseCloses()
    {
        // arrange
        var pupil = Arrange("sst-social-worker", (s, p) => s.OthersRecords(p, except: InterventionKind.SspfCase));

        // act
        var registered = await hub.ClientFor("police-sspf").MutateAsync("registerSspfCase", "RegisterSspfCaseInput",
            new { personalIdentityNumber = pupil.PersonalIdentityNumber, openedOn = "2026-11-20", summary = "Seen with older youths." }, "case { id version }");
        var police = await AccessAsync("police-sspf", pupil);
        var policeKinds = await KindsAsync("police-sspf", pupil);
        var social = await AccessAsync("sst-social-worker", pupil, "SSPF");
        var socialForTheTeam = await AccessAsync("sst-social-worker", pupil);
        var sspfCase = registered.Payload("registerSspfCase")["case"]!;
        var closed = await hub.ClientFor("police-sspf").MutateAsync("closeSspfCase", "CloseSspfCaseInput",
            new { caseId = (string?)sspfCase["id"], version = (int)sspfCase["version"]!, closedOn = "2026-11-23", closingNote = "Done." }, "case { id }");
        var socialAfter = await AccessAsync("sst-social-worker", pupil, "SSPF");
        var policeAfter = await AccessAsync("police-sspf", pupil);

        // assert
        Assert.Empty(registered.UserErrors("registerSspfCase"));
        Assert.Empty(closed.UserErrors("closeSspfCase"));
        Assert.Equal(("SSPF_EXCHANGE", Osl18a), police.LegalBasis("SOCIAL_SERVICES_INTERVENTION"));
        Assert.Equal(["SOCIAL_SERVICES_INTERVENTION", "SSPF_CASE"], policeKinds.Order());
        Assert.False(police.Permits("INVESTIGATION"), "The exchange does not reach social services' investigations.");
        Assert.False(police.Permits("SCHOOL_SOCIAL_TEAM"));
        Assert.Equal(("SSPF_EXCHANGE", Osl18a), social.LegalBasis("POLICE_SSPF"));
        Assert.False(socialForTheTeam.Permits("POLICE_SSPF"), "The exchange is for SSPF: the team's own work (its default purpose) does not read it.");
        Assert.False(socialAfter.Permits("POLICE_SSPF"));
        Assert.False(policeAfter.Permits("SOCIAL_SERVICES_INTERVENTION"));
    }

    private Pupil Arrange(string persona, Action<Scenario, Pupil> records) => new ScenarioRunner(hub).Run(s =>
    {
        var pupil = s.PupilRelatedTo(persona);
        records(s, pupil);
        return pupil;
    });

    private HubClient ReceptionInvestigator() => new(hub.CreateClient(), new TokenForge(hub).Create(
        unit: "social:hagersten-alvsjo:reception", agency: "SocialServices", role: "Investigator", subject: "p-2099", name: "Rut Mottagning"));

    private static string PupilId(Pupil pupil) => GlobalId.Encode("Pupil", pupil.Id);

    private int Version(string reportId)
    {
        var id = GlobalId.TryDecode(reportId, "Intervention", out var key) ? key : 0;
        return hub.WithDb(db => db.Interventions.Single(i => i.Id == id).Version);
    }

    private Task<Access> AccessAsync(string persona, Pupil pupil, string? purpose = null) =>
        AccessAsync(purpose is null ? hub.ClientFor(persona) : hub.ClientFor(persona, purpose), pupil);

    private static async Task<Access> AccessAsync(HubClient client, Pupil pupil)
    {
        var read = await client.PostAsync("query($id: ID!) { pupil(id: $id) { access { category permitted bases { kind statute legalBasisKind } } } }",
            new { id = PupilId(pupil) });
        return new Access(read.Data["pupil"] is JObject found ? found["access"] as JArray : null);
    }

    private async Task<string[]> KindsAsync(string persona, Pupil pupil)
    {
        var read = await hub.ClientFor(persona).PostAsync("query($id: ID!) { pupil(id: $id) { interventions { kind } } }", new { id = PupilId(pupil) });
        return read.Data["pupil"] is JObject found && found["interventions"] is JArray items ? items.Select(i => (string)i["kind"]!).ToArray() : [];
    }

    /// <summary>What <c>Pupil.access</c> answered; a pupil the caller no longer sees permits nothing.</summary>
    private sealed record Access(JArray? Categories)
    {
        private JToken? Of(string category) => Categories?.FirstOrDefault(c => (string?)c["category"] == category);

        public bool Permits(string category) => (bool?)Of(category)?["permitted"] == true;

        /// <summary>The legal basis the category is read on: its kind and citation.</summary>
        public (string?, string?) LegalBasis(string category)
        {
            var basis = Of(category)?["bases"]?.FirstOrDefault(b => (string?)b["kind"] == "LEGAL_BASIS");
            return ((string?)basis?["legalBasisKind"], (string?)basis?["statute"]);
        }
    }
}
