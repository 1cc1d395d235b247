using Hub.Api;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Consents;

/// <summary>Each role sees the least it needs: masked numbers, and no location of a protected pupil.</summary>
public sealed class MinimisationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string LocationQuery = "query($id: ID!) { pupil(id: $id) { protectedIdentity homeSchool { name } registeredDistrict { name } enrolments { school { name } } } }";

    [Theory]
    [InlineData("school-teacher", false)]
    [InlineData("school-principal", true)]
    public async Task PersonalIdentityNumber_ByRole_IsWholeOnlyWhereNeeded(string persona, bool whole)
    {
        // arrange
        var (id, number) = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            return (GlobalId.Encode("Pupil", pupil.Id), pupil.PersonalIdentityNumber);
        });

        // act
        var response = await hub.ClientFor(persona).PostAsync("query($id: ID!) { pupil(id: $id) { personalIdentityNumber } }", new { id });

        // assert
        var expected = whole ? $"{number[..8]}-{number[8..]}" : $"{number[..8]}-XXXX";
        Assert.Equal(expected, (string?)response.Data["pupil"]!["personalIdentityNumber"]);
    }

    [Fact]
    public async Task Location_ProtectedPupilForTeacher_IsWithheldWithReason()
    {
        // arrange
        var id = ProtectedPupil();

        // act
        var response = await hub.ClientFor("school-teacher").PostAsync(LocationQuery, new { id });

        // assert
        var pupil = response.Data["pupil"]!;
        Assert.True((bool)pupil["protectedIdentity"]!);
        Assert.Equal(JTokenType.Null, pupil["homeSchool"]!.Type);
        Assert.Equal(JTokenType.Null, pupil["registeredDistrict"]!.Type);
        Assert.All(pupil["enrolments"]!, e => Assert.Equal(JTokenType.Null, e["school"]!.Type));
        Assert.All(response.Errors!, e => Assert.Equal("PROTECTED_IDENTITY", (string?)e["extensions"]!["code"]));
    }

    [Fact]
    public async Task Location_ProtectedPupilForEnrolmentSchoolsPrincipal_IsShown()
    {
        // arrange
        var id = ProtectedPupil();

        // act
        var response = await hub.ClientFor("school-principal").PostAsync(LocationQuery, new { id });

        // assert
        Assert.Null(response.Errors);
        Assert.Equal("Klubbacksskolan", (string?)response.Data["pupil"]!["homeSchool"]!["name"]);
    }

    [Fact]
    public async Task DistrictFilter_ProtectedPupilForTeacher_DoesNotFindThePupil()
    {
        // arrange
        var id = ProtectedPupil();
        var district = (string)(await hub.ClientFor("school-principal").PostAsync("query($id: ID!) { pupil(id: $id) { registeredDistrict { id } } }", new { id }))
            .Data["pupil"]!["registeredDistrict"]!["id"]!;
        const string query = "query($d: ID) { pupils(first: 100, district: $d) { nodes { id } } }";

        // act
        var teacher = await hub.ClientFor("school-teacher").PostAsync(query, new { d = district });
        var principal = await hub.ClientFor("school-principal").PostAsync(query, new { d = district });

        // assert
        Assert.DoesNotContain(teacher.Data["pupils"]!["nodes"]!, n => (string?)n["id"] == id);
        Assert.Contains(principal.Data["pupils"]!["nodes"]!, n => (string?)n["id"] == id);
    }

    [Fact]
    public async Task AccessLog_ReadOfProtectedPupil_IsFlagged()
    {
        // arrange
        var id = ProtectedPupil();
        GlobalId.TryDecode(id, "Pupil", out var key);

        // act
        await hub.ClientFor("school-teacher").PostAsync("query($id: ID!) { pupil(id: $id) { givenName } }", new { id });

        // assert
        var rows = hub.WithDb(db => db.AccessLog.Where(e => e.PupilId == key).ToList());
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.ProtectedIdentity));
    }

    private string ProtectedPupil() =>
        new ScenarioRunner(hub).Run(s => GlobalId.Encode("Pupil", s.PupilRelatedTo("school-principal", protectedIdentity: true).Id));
}
