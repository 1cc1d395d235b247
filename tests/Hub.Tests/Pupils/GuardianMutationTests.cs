using System.Globalization;
using Hub.Api;
using Hub.Identity;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Pupils;

/// <summary>Custody recorded by the home school's principal: at most two adult guardians at a time, each once.</summary>
public sealed class GuardianMutationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Selection = "pupil { id version guardians { id givenName familyName phone custodySince } }";
    private static readonly DateOnly AdultBorn = Scenario.Today.AddYears(-38).AddDays(-5);

    public static TheoryData<string> NotPrincipals => new(Personas.Staff.Where(p => p.Role != Role.Principal).Select(p => p.Name));

    /// <summary>A pupil of the principal's school with joint custody: both guardians' ids, numbers and names.</summary>
    private (string PupilId, int Version, (string Id, string Number, string Given, string Family)[] Guardians) PupilWithTwoGuardians(string persona = "school-principal") =>
        new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo(persona);
            var guardians = s.GuardiansOf(pupil)
                .Select(g => (GlobalId.Encode("Guardian", g.Id), PupilNumber(g.PersonalIdentityNumber), g.GivenName, g.FamilyName)).ToArray();
            return (GlobalId.Encode("Pupil", pupil.Id), pupil.Version, guardians);
        });

    /// <summary>The same, after the second guardian's custody ended a year ago.</summary>
    private (string PupilId, int Version, (string Id, string Number, string Given, string Family)[] Guardians) PupilWithOneGuardian()
    {
        var pupil = PupilWithTwoGuardians();
        GlobalId.TryDecode(pupil.Guardians[1].Id, "Guardian", out var ended);
        hub.WithDb(db =>
        {
            db.Custodies.Single(c => c.GuardianId == ended).EndsOn = Scenario.Today.AddYears(-1);
            return db.SaveChanges();
        });
        return pupil;
    }

    private static string PupilNumber(string normalized) => $"{normalized[..8]}-{normalized[8..]}";

    private Dictionary<string, object?> Registration(string pupilId, string? number = null) => new()
    {
        ["pupilId"] = pupilId,
        ["personalIdentityNumber"] = number ?? IdentityNumbers.Fresh(hub, AdultBorn),
        ["givenName"] = "Sofia",
        ["familyName"] = "Wikström",
        ["phone"] = "070-174 06 99",
        ["custodyStartsOn"] = "2026-11-01",
    };

    private static Task<Envelope> RegisterAsync(HubClient client, Dictionary<string, object?> input) =>
        client.MutateAsync("registerGuardian", "RegisterGuardianInput", input, Selection);

    private static Task<Envelope> EndAsync(HubClient client, string pupilId, int version, string guardianId, string endsOn = HubFactory.Today) =>
        client.MutateAsync("endCustody", "EndCustodyInput", new { pupilId, version, guardianId, endsOn }, Selection);

    [Fact]
    public async Task RegisterGuardian_HomePrincipal_ThePrincipalSeesTheGuardianAndATeacherDoesNot()
    {
        // arrange
        var pupil = PupilWithOneGuardian();

        // act
        var registered = await RegisterAsync(hub.ClientFor("school-principal"), Registration(pupil.PupilId));

        // assert
        Assert.Empty(registered.UserErrors("registerGuardian"));
        var payload = registered.Payload("registerGuardian")["pupil"]!;
        Assert.Equal(pupil.Version + 1, (int)payload["version"]!);
        var guardians = payload["guardians"]!.ToList();
        Assert.Equal(2, guardians.Count);
        Assert.Contains(guardians, g => (string?)g["id"] == pupil.Guardians[0].Id);
        Assert.Contains(guardians, g => (string?)g["givenName"] == "Sofia" && (string?)g["custodySince"] == "2026-11-01");
        var teacher = await hub.ClientFor("school-teacher").PostAsync("query($id: ID!) { pupil(id: $id) { guardians { givenName } } }", new { id = pupil.PupilId });
        Assert.Equal(JTokenType.Null, teacher.Data["pupil"]!["guardians"]!.Type);
        Assert.Equal("ACCESS_DENIED", teacher.ErrorCode());
        var police = await hub.ClientFor("police-sspf").PostAsync("query($id: ID!) { pupil(id: $id) { id } }", new { id = pupil.PupilId });
        Assert.Equal(JTokenType.Null, police.Data["pupil"]!.Type);
    }

    [Theory]
    [MemberData(nameof(NotPrincipals))]
    public async Task RegisterGuardian_AnyoneButAPrincipal_RefusedAndNothingChanges(string persona)
    {
        // arrange
        var input = Registration(PupilWithOneGuardian().PupilId);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => RegisterAsync(hub.ClientFor(persona), input));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Fact]
    public async Task RegisterGuardian_ThirdGuardian_WrongStateAndNothingChanges()
    {
        // arrange
        var input = Registration(PupilWithTwoGuardians().PupilId);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => RegisterAsync(hub.ClientFor("school-principal"), input));

        // assert
        Assert.Equal(["WRONG_STATE input.pupilId"], refused.UserErrors("registerGuardian"));
    }

    [Theory]
    [InlineData("not-an-adult", "INVALID input.personalIdentityNumber")]
    [InlineData("malformed", "INVALID input.personalIdentityNumber")]
    [InlineData("has-custody", "DUPLICATE input.personalIdentityNumber")]
    [InlineData("known-by-another-name", "INVALID input.personalIdentityNumber")]
    [InlineData("before-birth", "INVALID input.custodyStartsOn")]
    [InlineData("future", "INVALID input.custodyStartsOn")]
    [InlineData("phone-too-long", "INVALID input.phone")]
    public async Task RegisterGuardian_BrokenRule_RefusedNamingTheFieldAndNothingChanges(string rule, string expected)
    {
        // arrange
        var pupil = PupilWithOneGuardian();
        var input = Registration(pupil.PupilId);
        var (_, active, given, family) = pupil.Guardians[0];
        switch (rule)
        {
            case "not-an-adult":
                input["personalIdentityNumber"] = IdentityNumbers.Fresh(hub, Scenario.Today.AddYears(-17));
                break;
            case "malformed":
                input["personalIdentityNumber"] = IdentityNumbers.WithWrongCheckDigit(IdentityNumbers.Fresh(hub, AdultBorn));
                break;
            case "has-custody":
                (input["personalIdentityNumber"], input["givenName"], input["familyName"]) = (active, given, family);
                break;
            case "known-by-another-name":
                // A guardian the principal already sees; another family's guardian is never compared (GuardianOfAnotherFamilyTests).
                input["personalIdentityNumber"] = active;
                break;
            case "before-birth":
                input["custodyStartsOn"] = Scenario.Today.AddYears(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
            case "future":
                input["custodyStartsOn"] = "2026-11-24";
                break;
            default:
                input["phone"] = new string('7', 41);
                break;
        }

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => RegisterAsync(hub.ClientFor("school-principal"), input));

        // assert
        Assert.Equal([expected], refused.UserErrors("registerGuardian"));
    }

    [Fact]
    public async Task RegisterGuardian_PrincipalOfTheGroupsHostSchool_NotPermittedAndNothingChanges()
    {
        // arrange
        var input = Registration(PupilWithTwoGuardians("rsu-teacher").PupilId);
        var host = new HubClient(hub.CreateClient(), new TokenForge(hub).Create(unit: "school:tellusborgsskolan", role: "Principal"));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => RegisterAsync(host, input));

        // assert
        Assert.Equal(["NOT_PERMITTED input.pupilId"], refused.UserErrors("registerGuardian"));
    }

    [Fact]
    public async Task EndCustody_HomePrincipal_TheGuardianIsNoLongerListed()
    {
        // arrange
        var pupil = PupilWithTwoGuardians();

        // act
        var ended = await EndAsync(hub.ClientFor("school-principal"), pupil.PupilId, pupil.Version, pupil.Guardians[0].Id);

        // assert
        Assert.Empty(ended.UserErrors("endCustody"));
        var payload = ended.Payload("endCustody")["pupil"]!;
        Assert.Equal(pupil.Version + 1, (int)payload["version"]!);
        Assert.Equal([pupil.Guardians[1].Id], payload["guardians"]!.Select(g => (string)g["id"]!));
    }

    [Theory]
    [MemberData(nameof(NotPrincipals))]
    public async Task EndCustody_AnyoneButAPrincipal_RefusedAndNothingChanges(string persona)
    {
        // arrange
        var pupil = PupilWithTwoGuardians();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => EndAsync(hub.ClientFor(persona), pupil.PupilId, pupil.Version, pupil.Guardians[0].Id));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Theory]
    [InlineData("another-pupils-guardian", "NOT_FOUND input.guardianId")]
    [InlineData("custody-ended", "NOT_FOUND input.guardianId")]
    [InlineData("stale-version", "STALE_VERSION input.version")]
    [InlineData("before-custody", "INVALID input.endsOn")]
    public async Task EndCustody_BrokenRule_RefusedNamingTheFieldAndNothingChanges(string rule, string expected)
    {
        // arrange
        var pupil = PupilWithOneGuardian();
        var (guardianId, version, endsOn) = rule switch
        {
            "another-pupils-guardian" => (PupilWithTwoGuardians().Guardians[0].Id, pupil.Version, HubFactory.Today),
            "custody-ended" => (pupil.Guardians[1].Id, pupil.Version, HubFactory.Today),
            "stale-version" => (pupil.Guardians[0].Id, pupil.Version + 1, HubFactory.Today),
            _ => (pupil.Guardians[0].Id, pupil.Version, "2000-01-01"),
        };

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => EndAsync(hub.ClientFor("school-principal"), pupil.PupilId, version, guardianId, endsOn));

        // assert
        Assert.Equal([expected], refused.UserErrors("endCustody"));
    }
}
