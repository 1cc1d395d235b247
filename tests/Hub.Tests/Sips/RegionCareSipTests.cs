using Hub.Api;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Sips;

/// <summary>
/// BUS: a vårdcentral's first-line unit and a habilitation centre take part in SIPs beside the
/// school, under a consent that covers their agencies, and read the plan through it alone.
/// </summary>
public sealed class RegionCareSipTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Sips = "query($id: ID!) { pupil(id: $id) { sips { goal participants { unit { code } responsibility } } } }";

    private (string Pupil, string[] Guardians, string School, string FirstLine, string Habilitation) NewFamily() => new ScenarioRunner(hub).Run(s =>
    {
        var pupil = s.PupilRelatedTo("school-principal");
        string Unit(string code) => GlobalId.Encode("Unit", s.Unit(code).Id);
        return (GlobalId.Encode("Pupil", pupil.Id), s.GuardiansOf(pupil).Select(g => GlobalId.Encode("Guardian", g.Id)).ToArray(),
            Unit("school:klubbacksskolan"), Unit("forsta-linjen:liljeholmen"), Unit("habilitering:liljeholmen"));
    });

    private async Task<string> ConsentAsync(string pupilId, string[] guardians, params string[] toAgencies)
    {
        var input = new
        {
            pupilId,
            validFrom = "2026-11-01",
            validTo = "2027-10-31",
            formReference = "BUS-2026-3",
            provisions = toAgencies.Select(to => new { category = "ABSENCE", fromAgency = "SCHOOL", toAgency = to, purpose = "SIP" }).ToArray(),
            signatures = guardians.Select(g => new { guardianId = g, signedOn = "2026-11-20" }).ToArray(),
        };
        var recorded = await hub.ClientFor("school-principal", "SIP").MutateAsync("recordConsent", "RecordConsentInput", input, "consent { id }");
        Assert.Empty(recorded.UserErrors("recordConsent"));
        return (string)recorded.Payload("recordConsent")["consent"]!["id"]!;
    }

    private Task<Envelope> CreateAsync(string pupilId, string school, string consentId, params string[] care) =>
        hub.ClientFor("school-principal", "SIP").MutateAsync("createSip", "CreateSipInput", new
        {
            pupilId,
            goal = "A whole school day without running out of strength.",
            goals = new[] { new { description = "Attends every morning.", responsibleUnitId = school } },
            participants = new[] { new { unitId = school, coordinatorName = "Johan Ek", responsibility = "Adapted timetable.", leadsCoordination = true } }
                .Concat(care.Select(u => new { unitId = u, coordinatorName = "Sofia Lund", responsibility = "Talks every second week.", leadsCoordination = false }))
                .ToArray(),
            consentId,
            nextFollowUpOn = "2027-02-15",
        }, "sip { id }");

    [Fact]
    public async Task CreateSip_FirstLineAndHabilitationCoveredByTheConsent_TheirCliniciansReadThePlan()
    {
        // arrange
        var family = NewFamily();
        var consent = await ConsentAsync(family.Pupil, family.Guardians, "FIRST_LINE_PSYCHIATRY", "HABILITATION");

        // act
        var created = await CreateAsync(family.Pupil, family.School, consent, family.FirstLine, family.Habilitation);

        // assert
        Assert.Empty(created.UserErrors("createSip"));
        foreach (var persona in new[] { "forsta-linjen-clinician", "habilitation-clinician" })
        {
            var read = await hub.ClientFor(persona, "SIP").PostAsync(Sips, new { id = family.Pupil });
            var sip = read.Data["pupil"]!["sips"]![0]!;
            Assert.Equal("A whole school day without running out of strength.", (string?)sip["goal"]);
            Assert.Equal(["school:klubbacksskolan", "forsta-linjen:liljeholmen", "habilitering:liljeholmen"], sip["participants"]!.Select(p => (string)p["unit"]!["code"]!));
        }
    }

    [Fact]
    public async Task CreateSip_ConsentDoesNotCoverHabilitation_ConsentRequiredAndHabilitationSeesNothing()
    {
        // arrange
        var family = NewFamily();
        var consent = await ConsentAsync(family.Pupil, family.Guardians, "FIRST_LINE_PSYCHIATRY");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => CreateAsync(family.Pupil, family.School, consent, family.FirstLine, family.Habilitation));

        // assert
        Assert.Equal(["CONSENT_REQUIRED input.consentId"], refused.UserErrors("createSip"));
        var habilitation = await hub.ClientFor("habilitation-clinician", "SIP").PostAsync(Sips, new { id = family.Pupil });
        Assert.Equal("{\"data\":{\"pupil\":null}}", habilitation.Text);
    }

    [Fact]
    public async Task Sip_TeacherReadingThePlan_NeverReadsTheCareUnitsPart()
    {
        // arrange: the plan crosses to the school's own teachers too, so the teacher reads it
        var family = NewFamily();
        var consent = await ConsentAsync(family.Pupil, family.Guardians, "FIRST_LINE_PSYCHIATRY", "HABILITATION");
        Assert.Empty((await CreateAsync(family.Pupil, family.School, consent, family.FirstLine, family.Habilitation)).UserErrors("createSip"));

        // act
        var principal = await hub.ClientFor("school-principal", "SIP").PostAsync(Sips, new { id = family.Pupil });
        var teacher = await hub.ClientFor("school-teacher", "SIP").PostAsync(Sips, new { id = family.Pupil });

        // assert
        var read = principal.Data["pupil"]!["sips"]![0]!["participants"]!.Select(p => p["responsibility"]!.Type).ToList();
        Assert.All(read, t => Assert.Equal(JTokenType.String, t));
        var withheld = teacher.Data["pupil"]!["sips"]![0]!["participants"]!.Skip(1).Select(p => p["responsibility"]!.Type);
        Assert.All(withheld, t => Assert.Equal(JTokenType.Null, t));
        Assert.Equal("ACCESS_DENIED", teacher.ErrorCode());
    }
}
