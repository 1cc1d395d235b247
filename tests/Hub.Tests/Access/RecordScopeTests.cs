using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Access;

/// <summary>A caller sees its own authority's records, and others' only on a basis, within its role.</summary>
public sealed class RecordScopeTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string InterventionsQuery = "query($id: ID!) { pupil(id: $id) { interventions { kind agency } } }";

    [Fact]
    public async Task Interventions_TeacherWithoutConsent_IsDeniedNamingTheMissingConsent()
    {
        // arrange
        var (pupil, _) = Arrange("rsu-teacher", withOthersRecords: true, consentTo: null);

        // act
        var response = await hub.ClientFor("rsu-teacher").PostAsync(InterventionsQuery, new { id = pupil });

        // assert
        var error = response.Errors![0];
        Assert.Equal("ACCESS_DENIED", (string?)error["extensions"]!["code"]);
        Assert.Equal("SocialServicesIntervention", (string?)error["extensions"]!["category"]);
        Assert.Contains("consent of the pupil's guardians", (string?)error["extensions"]!["requirement"], StringComparison.Ordinal);
        Assert.Equal(JTokenType.Null, response.Data["pupil"]!["interventions"]!.Type);
    }

    [Fact]
    public async Task Interventions_TeacherWithConsent_SeesSocialServicesWorkButNeverHealthRecords()
    {
        // arrange
        var (pupil, _) = Arrange("rsu-teacher", withOthersRecords: true, consentTo: Agency.School);

        // act
        var response = await hub.ClientFor("rsu-teacher").PostAsync(InterventionsQuery, new { id = pupil });

        // assert
        var kinds = response.Data["pupil"]!["interventions"]!.Select(r => (string?)r["kind"]).Order().ToList();
        Assert.Equal(["SCHOOL_SOCIAL_TEAM_CASE", "SOCIAL_SERVICES_INTERVENTION"], kinds);
    }

    [Fact]
    public async Task Interventions_InvestigatorWithoutConsent_SeesOnlySocialServicesRecords()
    {
        // arrange
        var (pupil, _) = Arrange("social-investigator", withOthersRecords: true, consentTo: null);

        // act
        var response = await hub.ClientFor("social-investigator").PostAsync(InterventionsQuery, new { id = pupil });

        // assert
        var records = response.Data["pupil"]!["interventions"]!.ToList();
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal("SOCIAL_SERVICES", (string?)r["agency"]));
    }

    [Fact]
    public async Task Interventions_Police_SeesSspfCasesAndAtMostSocialServicesInterventions()
    {
        // arrange
        var (pupil, _) = Arrange("police-sspf", withOthersRecords: true, consentTo: Agency.Police);

        // act
        var response = await hub.ClientFor("police-sspf").PostAsync(InterventionsQuery, new { id = pupil });

        // assert: the police's ceiling stops at whether social services has interventions running (the SSPF exchange's scope).
        var records = response.Data["pupil"]!["interventions"]!.ToList();
        Assert.Contains(records, r => (string?)r["kind"] == "SSPF_CASE");
        Assert.All(records, r => Assert.Contains((string?)r["kind"], new[] { "SSPF_CASE", "SOCIAL_SERVICES_INTERVENTION" }));
    }

    [Theory]
    [InlineData(false, "ACCESS_DENIED")]
    [InlineData(true, null)]
    public async Task Placements_Investigator_ReadsSchoolPlacementsOnlyUnderTheDutyToInform(bool legalBasisOpen, string? code)
    {
        // arrange
        var (pupil, scenario) = Arrange("social-investigator", withOthersRecords: true, consentTo: null);
        if (legalBasisOpen)
        {
            scenario.Run(s => s.LegalBases(s.PupilById(pupil), s.Unit("social:hagersten-alvsjo:investigation"), open: true));
        }

        // act
        var response = await hub.ClientFor("social-investigator").PostAsync("query($id: ID!) { pupil(id: $id) { placements { level } } }", new { id = pupil });

        // assert
        Assert.Equal(code, (string?)response.Errors?[0]["extensions"]!["code"]);
        Assert.Equal(legalBasisOpen ? 1 : 0, response.Data["pupil"]!["placements"]!.Count());
    }

    [Fact]
    public async Task Guardians_Teacher_IsDeniedButPrincipalSeesBoth()
    {
        // arrange
        var (pupil, _) = Arrange("school-principal", withOthersRecords: false, consentTo: null);
        const string query = "query($id: ID!) { pupil(id: $id) { guardians { givenName } } }";

        // act
        var teacher = await hub.ClientFor("school-teacher").PostAsync(query, new { id = pupil });
        var principal = await hub.ClientFor("school-principal").PostAsync(query, new { id = pupil });

        // assert
        Assert.Equal("ACCESS_DENIED", (string?)teacher.Errors![0]["extensions"]!["code"]);
        Assert.Null(principal.Errors);
        Assert.Equal(2, principal.Data["pupil"]!["guardians"]!.Count());
    }

    /// <summary>A fresh pupil related to the persona; with records of every other agency when asked.</summary>
    private (string PupilId, ScenarioRunner Scenario) Arrange(string persona, bool withOthersRecords, Agency? consentTo)
    {
        var runner = new ScenarioRunner(hub);
        var id = runner.Run(s =>
        {
            var pupil = s.PupilRelatedTo(persona);
            if (withOthersRecords)
            {
                s.OthersRecords(pupil);
            }

            if (consentTo is Agency to)
            {
                s.Consent(pupil, to, s.GuardiansOf(pupil));
            }

            return pupil.Id;
        });
        return (GlobalId.Encode("Pupil", id), runner);
    }
}
