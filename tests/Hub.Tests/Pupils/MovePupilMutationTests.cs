using Hub.Api;
using Hub.Identity;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Pupils;

/// <summary>A pupil's move to another school, decided by the home school's principal; a special teaching group's placement ends first.</summary>
public sealed class MovePupilMutationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Selection = "pupil { id version homeSchool { code } }";
    private const string PupilQuery = "query($id: ID!) { pupil(id: $id) { id homeSchool { code } } }";

    public static TheoryData<string> NotPrincipals => new(Personas.Staff.Where(p => p.Role != Role.Principal).Select(p => p.Name));

    private HubClient PrincipalOf(string schoolCode) => new(hub.CreateClient(), new TokenForge(hub).Create(unit: schoolCode, role: "Principal"));

    private (string Id, int Version) PupilRelatedTo(string persona) =>
        new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo(persona);
            return (GlobalId.Encode("Pupil", pupil.Id), pupil.Version);
        });

    private string UnitId(string code) => new ScenarioRunner(hub).Run(s => GlobalId.Encode("Unit", s.Unit(code).Id));

    private static Task<Envelope> MoveAsync(HubClient client, string pupilId, int version, string toSchoolId, string movesOn = HubFactory.Today) =>
        client.MutateAsync("movePupil", "MovePupilInput", new { pupilId, version, toSchoolId, movesOn }, Selection);

    [Fact]
    public async Task MovePupil_HomePrincipal_TheNewSchoolSeesThePupilAndTheOldOneNoLonger()
    {
        // arrange
        var (pupilId, version) = PupilRelatedTo("school-principal");

        // act
        var moved = await MoveAsync(hub.ClientFor("school-principal"), pupilId, version, UnitId("school:tellusborgsskolan"));

        // assert
        Assert.Empty(moved.UserErrors("movePupil"));
        Assert.Equal(JTokenType.Null, moved.Payload("movePupil")["pupil"]!.Type);
        var oldSchool = await hub.ClientFor("school-principal").PostAsync(PupilQuery, new { id = pupilId });
        Assert.Equal(JTokenType.Null, oldSchool.Data["pupil"]!.Type);
        var newSchool = await PrincipalOf("school:tellusborgsskolan").PostAsync(PupilQuery, new { id = pupilId });
        Assert.Equal("school:tellusborgsskolan", (string?)newSchool.Data["pupil"]!["homeSchool"]!["code"]);
    }

    [Theory]
    [MemberData(nameof(NotPrincipals))]
    public async Task MovePupil_AnyoneButAPrincipal_RefusedAndNothingChanges(string persona)
    {
        // arrange
        var (pupilId, version) = PupilRelatedTo("school-principal");
        var to = UnitId("school:tellusborgsskolan");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => MoveAsync(hub.ClientFor(persona), pupilId, version, to));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Theory]
    [InlineData("csu-teacher", "CSU")]
    [InlineData("rsu-teacher", "end it first")]
    public async Task MovePupil_DuringAPlacement_WrongStateAndNothingChanges(string placedFor, string why)
    {
        // arrange
        var (pupilId, version) = PupilRelatedTo(placedFor);
        var to = UnitId("school:alvsjo-skola");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => MoveAsync(hub.ClientFor("school-principal"), pupilId, version, to));

        // assert
        Assert.Equal(["WRONG_STATE input.pupilId"], refused.UserErrors("movePupil"));
        Assert.Contains(why, (string?)refused.Payload("movePupil")["errors"]![0]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MovePupil_PrincipalOfTheGroupsHostSchool_NotPermittedAndNothingChanges()
    {
        // arrange
        var (pupilId, version) = PupilRelatedTo("rsu-teacher");
        var to = UnitId("school:tellusborgsskolan");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => MoveAsync(PrincipalOf("school:tellusborgsskolan"), pupilId, version, to));

        // assert
        Assert.Equal(["NOT_PERMITTED input.pupilId"], refused.UserErrors("movePupil"));
    }

    [Theory]
    [InlineData("school:klubbacksskolan", HubFactory.Today, 0, "INVALID input.toSchoolId")]
    [InlineData("group:tellusborgsskolan-rsu", HubFactory.Today, 0, "INVALID input.toSchoolId")]
    [InlineData("school:tellusborgsskolan", "2020-01-01", 0, "INVALID input.movesOn")]
    [InlineData("school:tellusborgsskolan", "2026-11-24", 0, "INVALID input.movesOn")]
    [InlineData("school:tellusborgsskolan", HubFactory.Today, 1, "STALE_VERSION input.version")]
    public async Task MovePupil_InvalidInput_RefusedNamingTheFieldAndNothingChanges(string to, string movesOn, int versionOffset, string expected)
    {
        // arrange
        var (pupilId, version) = PupilRelatedTo("school-principal");
        var toSchoolId = UnitId(to);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () =>
            MoveAsync(hub.ClientFor("school-principal"), pupilId, version + versionOffset, toSchoolId, movesOn));

        // assert
        Assert.Equal([expected], refused.UserErrors("movePupil"));
    }
}
