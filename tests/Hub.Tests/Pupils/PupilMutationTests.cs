using Hub.Api;
using Hub.Identity;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Pupils;

/// <summary>A pupil's enrolment by the principal of the school: a valid number new to the hub, seen by that school only.</summary>
public sealed class PupilMutationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Selection = "pupil { id version givenName birthDate grade protectedIdentity homeSchool { code } }";
    private const string PupilQuery = "query($id: ID!) { pupil(id: $id) { id homeSchool { code } } }";
    private static readonly DateOnly Born = Scenario.Today.AddYears(-10).AddDays(-17);

    public static TheoryData<string> NotPrincipals => new(Personas.Staff.Where(p => p.Role != Role.Principal).Select(p => p.Name));

    private HubClient PrincipalOf(string schoolCode) => new(hub.CreateClient(), new TokenForge(hub).Create(unit: schoolCode, role: "Principal"));

    private string UnitId(string code) => new ScenarioRunner(hub).Run(s => GlobalId.Encode("Unit", s.Unit(code).Id));

    private Dictionary<string, object?> Enrolment(string? number = null) => Enrolling.Input(hub, number ?? IdentityNumbers.Fresh(hub, Born));

    private static Task<Envelope> EnrolAsync(HubClient client, Dictionary<string, object?> input) =>
        client.MutateAsync("enrolPupil", "EnrolPupilInput", input, Selection);

    [Fact]
    public async Task EnrolPupil_Principal_TheSchoolSeesThePupilAndNoOtherAgencyDoes()
    {
        // arrange
        var input = Enrolment();

        // act
        var enrolled = await EnrolAsync(hub.ClientFor("school-principal"), input);

        // assert
        Assert.Empty(enrolled.UserErrors("enrolPupil"));
        var pupil = enrolled.Payload("enrolPupil")["pupil"]!;
        Assert.Equal(Born.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string?)pupil["birthDate"]);
        Assert.Equal("school:klubbacksskolan", (string?)pupil["homeSchool"]!["code"]);
        var id = (string)pupil["id"]!;
        var teacher = await hub.ClientFor("school-teacher").PostAsync(PupilQuery, new { id });
        Assert.Equal(id, (string?)teacher.Data["pupil"]!["id"]);
        foreach (var other in new[] { hub.ClientFor("social-investigator"), hub.ClientFor("police-sspf"), PrincipalOf("school:tellusborgsskolan") })
        {
            var seen = await other.PostAsync(PupilQuery, new { id });
            Assert.Equal(JTokenType.Null, seen.Data["pupil"]!.Type);
        }
    }

    [Theory]
    [MemberData(nameof(NotPrincipals))]
    public async Task EnrolPupil_AnyoneButAPrincipal_RefusedAndNothingChanges(string persona)
    {
        // arrange
        var input = Enrolment();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => EnrolAsync(hub.ClientFor(persona), input));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Theory]
    [InlineData("wrong-check-digit", "check digit")]
    [InlineData("20261301-1234", "date of birth")]
    [InlineData("12345", "12 digits")]
    public async Task EnrolPupil_MalformedNumber_InvalidAndNothingChanges(string number, string problem)
    {
        // arrange
        var input = Enrolment(number == "wrong-check-digit" ? IdentityNumbers.WithWrongCheckDigit(IdentityNumbers.Fresh(hub, Born)) : number);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => EnrolAsync(hub.ClientFor("school-principal"), input));

        // assert
        Assert.Equal(["INVALID input.personalIdentityNumber"], refused.UserErrors("enrolPupil"));
        Assert.Contains(problem, (string?)refused.Payload("enrolPupil")["errors"]![0]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnrolPupil_NumberAlreadyInTheHub_DuplicateWithoutSayingWhere()
    {
        // arrange
        var other = hub.WithDb(db => db.Pupils.Where(p => p.HomeSchool!.Code != "school:klubbacksskolan")
            .Select(p => new { p.PersonalIdentityNumber, p.HomeSchool!.Name, p.HomeSchool.Code }).First());
        var input = Enrolment(other.PersonalIdentityNumber);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => EnrolAsync(hub.ClientFor("school-principal"), input));

        // assert
        Assert.Equal(["DUPLICATE input.personalIdentityNumber"], refused.UserErrors("enrolPupil"));
        Assert.DoesNotContain(other.Name, refused.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(other.Code, refused.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("schoolId", "school:tellusborgsskolan", "NOT_PERMITTED input.schoolId")]
    [InlineData("schoolId", "group:tellusborgsskolan-rsu", "INVALID input.schoolId")]
    [InlineData("registeredDistrictId", "unknown-district", "NOT_FOUND input.registeredDistrictId")]
    [InlineData("registeredDistrictId", "a-unit-id", "INVALID input.registeredDistrictId")]
    [InlineData("grade", 10, "INVALID input.grade")]
    [InlineData("givenName", " ", "INVALID input.givenName")]
    [InlineData("familyName", "a-name-too-long", "INVALID input.familyName")]
    [InlineData("startsOn", "2027-11-24", "INVALID input.startsOn")]
    public async Task EnrolPupil_InvalidInput_RefusedNamingTheFieldAndNothingChanges(string field, object value, string expected)
    {
        // arrange
        var input = Enrolment();
        input[field] = value switch
        {
            "unknown-district" => GlobalId.Encode("District", 99_999),
            "a-unit-id" => UnitId("school:klubbacksskolan"),
            "a-name-too-long" => new string('x', 101),
            string code when code.Contains(':', StringComparison.Ordinal) => UnitId(code),
            _ => value,
        };

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => EnrolAsync(hub.ClientFor("school-principal"), input));

        // assert
        Assert.Equal([expected], refused.UserErrors("enrolPupil"));
    }

    [Fact]
    public async Task EnrolPupil_RetriedWithTheSameKey_ReplaysTheFirstAnswerAndAddsNothing()
    {
        // arrange
        var input = Enrolment();
        input["idempotencyKey"] = "enrol-" + Guid.NewGuid();
        var principal = hub.ClientFor("school-principal");
        var first = await EnrolAsync(principal, input);

        // act
        var retry = await StoreContents.UnchangedAsync(hub, () => EnrolAsync(principal, input));

        // assert
        Assert.True((bool)retry.Payload("enrolPupil")["replayed"]!);
        Assert.Equal((string?)first.Payload("enrolPupil")["pupil"]!["id"], (string?)retry.Payload("enrolPupil")["pupil"]!["id"]);
    }

    [Fact]
    public async Task EnrolPupil_KeyReusedForAnotherPupil_IdempotencyKeyReusedAndNothingChanges()
    {
        // arrange
        var key = "enrol-" + Guid.NewGuid();
        var principal = hub.ClientFor("school-principal");
        var first = Enrolment();
        first["idempotencyKey"] = key;
        await EnrolAsync(principal, first);
        var second = Enrolment();
        second["idempotencyKey"] = key;

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => EnrolAsync(principal, second));

        // assert
        Assert.Equal(["IDEMPOTENCY_KEY_REUSED input.idempotencyKey"], refused.UserErrors("enrolPupil"));
    }
}
