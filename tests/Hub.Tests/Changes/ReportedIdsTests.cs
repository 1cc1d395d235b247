using Hub.Api;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Changes;

/// <summary>
/// The id a change row reports for a record is the id the schema gives out for it: for each kind
/// of record a mutation changes, the record of changes names it by the id a read of it returns.
/// </summary>
public sealed class ReportedIdsTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string LastChange = "query($p: ID) { changes(pupil: $p, last: 1) { operation entityId } }";

    private (string Id, int Version, string[] Guardians) PrincipalsPupil() => new ScenarioRunner(hub).Run(s =>
    {
        var pupil = s.PupilRelatedTo("school-principal");
        return (GlobalId.Encode("Pupil", pupil.Id), pupil.Version, s.GuardiansOf(pupil).Select(g => GlobalId.Encode("Guardian", g.Id)).ToArray());
    });

    private string UnitId(string code) => hub.WithDb(db => GlobalId.Encode("Unit", db.Units.Single(u => u.Code == code).Id));

    /// <summary>The entity id of the latest change (to the pupil's records, when a pupil is named), after checking which mutation made it.</summary>
    private async Task<string?> ReportedIdAsync(string operation, string? pupilId)
    {
        var changes = await hub.ClientFor("dpo").PostAsync(LastChange, new { p = pupilId });
        var latest = changes.Data["changes"]!.Single();
        Assert.Equal(operation, (string?)latest["operation"]);
        return (string?)latest["entityId"];
    }

    private static async Task<JToken> ChangedAsync(HubClient client, string name, string inputType, object input, string field)
    {
        var changed = await client.MutateAsync(name, inputType, input, $"{field} {{ id }}");
        Assert.Empty(changed.UserErrors(name));
        return changed.Payload(name)[field]!;
    }

    private async Task<IEnumerable<string?>> IdsReadAsync(string persona, string pupilId, string list)
    {
        var read = await hub.ClientFor(persona).PostAsync($"query($id: ID!) {{ pupil(id: $id) {{ {list} {{ id }} }} }}", new { id = pupilId });
        return read.Data["pupil"]![list]!.Select(r => (string?)r["id"]);
    }

    [Fact]
    public async Task PlaceInSchoolGroup_ChangeRow_NamesThePlacementByItsId()
    {
        // arrange
        var (pupilId, _, _) = PrincipalsPupil();

        // act
        var placement = await ChangedAsync(hub.ClientFor("school-principal"), "placeInSchoolGroup", "PlaceInSchoolGroupInput",
            new { pupilId, groupId = UnitId("group:klubbacksskolan-small"), startsOn = HubFactory.Today }, "placement");
        var reported = await ReportedIdAsync("placeInSchoolGroup", pupilId);

        // assert
        Assert.Equal((string?)placement["id"], reported);
        Assert.Contains(reported, await IdsReadAsync("school-principal", pupilId, "placements"));
    }

    [Fact]
    public async Task ReportAbsence_ChangeRow_NamesTheReportByItsId()
    {
        // arrange
        var (pupilId, _, _) = PrincipalsPupil();

        // act
        var absence = await ChangedAsync(hub.ClientFor("school-principal"), "reportAbsence", "ReportAbsenceInput",
            new { pupilId, term = "2026-HT", percent = 12.5 }, "absence");
        var reported = await ReportedIdAsync("reportAbsence", pupilId);

        // assert
        Assert.Equal((string?)absence["id"], reported);
        Assert.Contains(reported, await IdsReadAsync("school-principal", pupilId, "absence"));
    }

    [Fact]
    public async Task ReportConcern_ChangeRow_NamesTheReportByItsId()
    {
        // arrange
        var (pupilId, _, _) = PrincipalsPupil();

        // act
        var reportedConcern = await hub.ClientFor("school-principal").MutateAsync("reportConcern", "ReportConcernInput",
            new { pupilId, summary = "Bruises on both arms after the weekend." }, "receipt { reportId }");
        var reported = await ReportedIdAsync("reportConcern", pupilId);

        // assert
        Assert.Empty(reportedConcern.UserErrors("reportConcern"));
        Assert.Equal((string?)reportedConcern.Payload("reportConcern")["receipt"]!["reportId"], reported);
        Assert.Contains(reported, await IdsReadAsync("social-contact-person", pupilId, "interventions"));
    }

    [Fact]
    public async Task RecordConsentAndCreateSip_ChangeRows_NameTheConsentAndTheSipByTheirIds()
    {
        // arrange
        var (pupilId, _, guardians) = PrincipalsPupil();
        var (school, social) = (UnitId("school:klubbacksskolan"), UnitId("social:hagersten-alvsjo:investigation"));
        var principal = hub.ClientFor("school-principal");

        // act
        var consent = await ChangedAsync(principal, "recordConsent", "RecordConsentInput", new
        {
            pupilId,
            validFrom = "2026-11-01",
            validTo = "2027-10-31",
            formReference = "SIP-2026-9",
            provisions = new[] { new { category = "ABSENCE", fromAgency = "SCHOOL", toAgency = "SOCIAL_SERVICES", purpose = "SIP" } },
            signatures = guardians.Select(g => new { guardianId = g, signedOn = "2026-11-20" }).ToArray(),
        }, "consent");
        var consentReported = await ReportedIdAsync("recordConsent", pupilId);
        var sip = await ChangedAsync(principal, "createSip", "CreateSipInput", new
        {
            pupilId,
            goal = "Back in class full time by the spring term.",
            goals = new[] { new { description = "Attendance above 90 %.", responsibleUnitId = school } },
            participants = new[]
            {
                new { unitId = school, coordinatorName = "Johan Ek", responsibility = "Adapted timetable.", leadsCoordination = true },
                new { unitId = social, coordinatorName = "Karin Åberg", responsibility = "Family support.", leadsCoordination = false },
            },
            consentId = (string?)consent["id"],
            nextFollowUpOn = "2027-02-15",
        }, "sip");
        var sipReported = await ReportedIdAsync("createSip", pupilId);

        // assert
        Assert.Equal((string?)consent["id"], consentReported);
        Assert.Contains(consentReported, await IdsReadAsync("school-principal", pupilId, "consents"));
        Assert.Equal((string?)sip["id"], sipReported);
        Assert.Contains(sipReported, await IdsReadAsync("school-principal", pupilId, "sips"));
    }

    [Fact]
    public async Task NameContactPerson_ChangeRow_NamesTheContactPersonByItsId()
    {
        // arrange
        var input = new { name = "Vera Lund", phone = "+46 8-508 000 00", email = "vera.lund@stockholm.se", startsOn = HubFactory.Today };

        // act
        var named = await ChangedAsync(hub.ClientFor("social-contact-person"), "nameContactPerson", "NameContactPersonInput", input, "contactPerson");
        var reported = await ReportedIdAsync("nameContactPerson", pupilId: null);

        // assert
        Assert.Equal((string?)named["id"], reported);
        var districts = await hub.ClientFor("school-principal").PostAsync("{ districts { contactPersonHistory { id } } }");
        Assert.Contains(reported, districts.Data["districts"]!.SelectMany(d => d["contactPersonHistory"]!).Select(p => (string?)p["id"]));
    }
}
