using Hub.Api;
using Hub.Identity;
using Hub.Records;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Consents;

/// <summary>
/// Every persona × every data category × every basis state, through HTTP with real tokens: the
/// permit or deny <c>Pupil.access</c> reports, and the basis, against the rules restated here.
/// </summary>
public sealed class AccessMatrixTests(HubFactory hub) : IClassFixture<HubFactory>
{
    public enum State { None, ConsentActive, ConsentOneGuardianMissing, ConsentExpired, ConsentWithdrawn, LegalBasisOpen, LegalBasisClosed, EmergencyOpen, EmergencyExpired }

    private const string Query = "query($id: ID!) { pupil(id: $id) { access { category permitted bases { kind } missing } } }";

    private static readonly Dictionary<string, string[]> Reads = new()
    {
        ["Teacher"] = ["IDENTITY", "ENROLMENT", "PLACEMENT", "ABSENCE", "SOCIAL_SERVICES_INTERVENTION", "SCHOOL_SOCIAL_TEAM", "SIP"],
        ["Principal"] = ["IDENTITY", "GUARDIANS", "ENROLMENT", "PLACEMENT", "ABSENCE", "REPORT_OF_CONCERN", "INVESTIGATION", "SOCIAL_SERVICES_INTERVENTION", "SCHOOL_SOCIAL_TEAM", "BUP_CONTACT", "SIP", "CONSENT", "CSU_ASSESSMENT"],
        ["PupilHealthOfficer"] = ["IDENTITY", "GUARDIANS", "ENROLMENT", "PLACEMENT", "ABSENCE", "SOCIAL_SERVICES_INTERVENTION", "SCHOOL_SOCIAL_TEAM", "BUP_CONTACT", "SIP", "CONSENT",
            "CSU_ASSESSMENT"],
        ["Investigator"] = ["IDENTITY", "GUARDIANS", "ENROLMENT", "PLACEMENT", "ABSENCE", "REPORT_OF_CONCERN", "INVESTIGATION", "SOCIAL_SERVICES_INTERVENTION", "SCHOOL_SOCIAL_TEAM", "BUP_CONTACT", "POLICE_SSPF", "SIP", "CONSENT"],
        ["SchoolSocialWorker"] = ["IDENTITY", "GUARDIANS", "ENROLMENT", "PLACEMENT", "ABSENCE", "INVESTIGATION", "SOCIAL_SERVICES_INTERVENTION", "SCHOOL_SOCIAL_TEAM", "POLICE_SSPF", "SIP", "CONSENT"],
        ["SocialContactPerson"] = ["IDENTITY", "REPORT_OF_CONCERN"],
        ["Clinician"] = ["IDENTITY", "GUARDIANS", "ENROLMENT", "PLACEMENT", "ABSENCE", "SOCIAL_SERVICES_INTERVENTION", "SCHOOL_SOCIAL_TEAM", "BUP_CONTACT", "SIP", "CONSENT"],
        ["PoliceOfficer"] = ["IDENTITY", "SOCIAL_SERVICES_INTERVENTION", "POLICE_SSPF"],
        ["LeisureLeader"] = ["IDENTITY", "SOCIAL_SERVICES_INTERVENTION"],
        ["DataProtectionOfficer"] = [],
    };

    private static readonly Dictionary<string, Agency> ProducedBy = new()
    {
        ["ENROLMENT"] = Agency.School,
        ["PLACEMENT"] = Agency.School,
        ["ABSENCE"] = Agency.School,
        ["CSU_ASSESSMENT"] = Agency.School,
        ["REPORT_OF_CONCERN"] = Agency.SocialServices,
        ["INVESTIGATION"] = Agency.SocialServices,
        ["SOCIAL_SERVICES_INTERVENTION"] = Agency.SocialServices,
        ["SCHOOL_SOCIAL_TEAM"] = Agency.SocialServices,
        ["BUP_CONTACT"] = Agency.Bup,
        ["POLICE_SSPF"] = Agency.Police,
    };

    public static TheoryData<string, State> Cases()
    {
        var cases = new TheoryData<string, State>();
        foreach (var persona in Personas.Staff.Where(p => !ReadsNoPupil(p)))
        {
            foreach (var state in Enum.GetValues<State>())
            {
                cases.Add(persona.Name, state);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task PupilAccess_PersonaAndBasisState_PermitsAndReportsTheExpectedBases(string persona, State state)
    {
        // arrange
        var client = hub.ClientFor(persona);
        var pupilId = await ArrangeAsync(persona, state, client);
        var expected = Expected(Personas.Find(persona)!, state);

        // act
        var response = await client.PostAsync(Query, new { id = pupilId });

        // assert
        var actual = response.Data["pupil"]!["access"]!.Select(a =>
            $"{a["category"]}: {((bool)a["permitted"]! ? "permit " + string.Join('+', a["bases"]!.Select(b => (string)b["kind"]!).Order()) : "deny")}");
        Assert.Equal(expected, actual);
        Assert.All(response.Data["pupil"]!["access"]!, a => Assert.Equal((bool)a["permitted"]!, a["missing"]!.Type == Newtonsoft.Json.Linq.JTokenType.Null));
    }

    [Theory]
    [InlineData("dpo", State.None)]
    [InlineData("dpo", State.ConsentActive)]
    [InlineData("dpo", State.LegalBasisOpen)]
    [InlineData("social-manager", State.None)]
    [InlineData("social-manager", State.ConsentActive)]
    [InlineData("social-manager", State.LegalBasisOpen)]
    [InlineData("social-manager", State.EmergencyOpen)]
    public async Task Pupil_RoleThatReadsNoPupilInAnyState_SeesNoPupil(string persona, State state)
    {
        // arrange
        var client = hub.ClientFor(persona);
        var pupilId = await ArrangeAsync(persona, state, client);

        // act
        var response = await client.PostAsync(Query, new { id = pupilId });

        // assert
        Assert.Equal("{\"data\":{\"pupil\":null}}", response.Text);
    }

    private async Task<string> ArrangeAsync(string persona, State state, HubClient client)
    {
        var p = Personas.Find(persona)!;
        using var scope = hub.Services.CreateScope();
        var scenario = new Scenario(scope.ServiceProvider.GetRequiredService<Hub.Data.HubDbContext>());
        var pupil = scenario.PupilRelatedTo(persona);
        var guardians = scenario.GuardiansOf(pupil);
        switch (state)
        {
            // For the purpose the persona reads for when it declares none (purposes have their own tests).
            case State.ConsentActive: scenario.Consent(pupil, p.Agency, guardians, purpose: DeclaredPurposes.DefaultFor(p.Role)); break;
            case State.ConsentOneGuardianMissing: scenario.Consent(pupil, p.Agency, guardians.Take(1)); break;
            case State.ConsentExpired: scenario.Consent(pupil, p.Agency, guardians, validTo: Scenario.Today.AddDays(-1)); break;
            case State.ConsentWithdrawn: scenario.Consent(pupil, p.Agency, guardians, withdrawn: true); break;
            case State.LegalBasisOpen: scenario.LegalBases(pupil, scenario.Unit(p.UnitCode), open: true, purpose: DeclaredPurposes.DefaultFor(p.Role)); break;
            case State.LegalBasisClosed: scenario.LegalBases(pupil, scenario.Unit(p.UnitCode), open: false); break;
            case State.EmergencyExpired: scenario.ExpiredEmergencyAccess(pupil, persona); break;
            case State.EmergencyOpen:
                var opened = await client.PostAsync(
                    "mutation($n: String!) { openEmergencyAccess(personalIdentityNumber: $n, reason: \"Acute danger: the pupil reported violence at home tonight.\") { id } }",
                    new { n = pupil.PersonalIdentityNumber });
                Assert.Equal(CanOpenEmergency(p), opened.Errors is null);
                break;
        }

        return GlobalId.Encode("Pupil", pupil.Id);
    }

    private static bool CanOpenEmergency(Persona p) => p.Agency is Agency.SocialServices or Agency.Bup && p.Role != Role.UnitManager;

    /// <summary>The data-protection officer, a unit's manager and the population register read no pupil's data, whatever the bases.</summary>
    private static bool ReadsNoPupil(Persona p) => p.Role is Role.DataProtectionOfficer or Role.UnitManager or Role.PopulationRegister;

    private static List<string> Expected(Persona p, State state)
    {
        string[] categories = ["IDENTITY", "GUARDIANS", "ENROLMENT", "PLACEMENT", "ABSENCE", "REPORT_OF_CONCERN", "INVESTIGATION",
            "SOCIAL_SERVICES_INTERVENTION", "SCHOOL_SOCIAL_TEAM", "BUP_CONTACT", "POLICE_SSPF", "SIP", "CONSENT", "CSU_ASSESSMENT"];
        var emergency = state == State.EmergencyOpen && CanOpenEmergency(p);
        return categories.Select(category =>
        {
            var bases = new List<string>();
            if (Reads[p.Role.ToString()].Contains(category))
            {
                var producer = ProducedBy.GetValueOrDefault(category);
                bases.AddRange(category switch
                {
                    "IDENTITY" or "GUARDIANS" => ["RELATIONSHIP"],
                    "SIP" or "CONSENT" => ["PARTICIPATION"],
                    _ when producer == p.Agency => ["OWN_RECORDS"],
                    _ => [],
                });
                // A provision takes effect only once the keeping authority recorded or confirmed it; the police do neither.
                if (ProducedBy.ContainsKey(category) && state == State.ConsentActive && category != "POLICE_SSPF")
                {
                    bases.Add("CONSENT");
                }

                if (ProducedBy.ContainsKey(category) && state == State.LegalBasisOpen)
                {
                    bases.Add("LEGAL_BASIS");
                }

                // Leisure sees the pupil only through a consent (the scenario's), which grants its category in every state.
                if (p.Agency == Agency.Leisure && category == "SOCIAL_SERVICES_INTERVENTION")
                {
                    bases.Add("CONSENT");
                }

                if (emergency && category != "POLICE_SSPF")
                {
                    bases.Add("EMERGENCY_ACCESS");
                }
            }

            return $"{category}: {(bases.Count > 0 ? "permit " + string.Join('+', bases.Order()) : "deny")}";
        }).ToList();
    }
}
