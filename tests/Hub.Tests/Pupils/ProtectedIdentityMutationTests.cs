using Hub.Api;
using Hub.Identity;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Pupils;

/// <summary>A protected identity marked by the home school's principal: the pupil's school is then withheld from the teacher.</summary>
public sealed class ProtectedIdentityMutationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Selection = "pupil { id version protectedIdentity }";
    private const string PupilQuery = "query($id: ID!) { pupil(id: $id) { id homeSchool { code } } }";

    public static TheoryData<string> NotPrincipals => new(Personas.Staff.Where(p => p.Role != Role.Principal).Select(p => p.Name));

    private (string Id, int Version) PrincipalsPupil() =>
        new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            return (GlobalId.Encode("Pupil", pupil.Id), pupil.Version);
        });

    private static Task<Envelope> ProtectAsync(HubClient client, string pupilId, int version, bool protectedIdentity = true) =>
        client.MutateAsync("setProtectedIdentity", "SetProtectedIdentityInput", new { pupilId, version, protectedIdentity }, Selection);

    [Fact]
    public async Task SetProtectedIdentity_HomePrincipal_TheTeacherNoLongerSeesTheSchoolAndThePrincipalDoes()
    {
        // arrange
        var (pupilId, version) = PrincipalsPupil();

        // act
        var set = await ProtectAsync(hub.ClientFor("school-principal"), pupilId, version);

        // assert
        Assert.Empty(set.UserErrors("setProtectedIdentity"));
        var pupil = set.Payload("setProtectedIdentity")["pupil"]!;
        Assert.True((bool)pupil["protectedIdentity"]!);
        Assert.Equal(version + 1, (int)pupil["version"]!);
        var teacher = await hub.ClientFor("school-teacher").PostAsync(PupilQuery, new { id = pupilId });
        Assert.Equal(JTokenType.Null, teacher.Data["pupil"]!["homeSchool"]!.Type);
        Assert.Equal("PROTECTED_IDENTITY", (string?)teacher.Errors![0]["extensions"]!["code"]);
        var principal = await hub.ClientFor("school-principal").PostAsync(PupilQuery, new { id = pupilId });
        Assert.Null(principal.Errors);
        Assert.Equal("school:klubbacksskolan", (string?)principal.Data["pupil"]!["homeSchool"]!["code"]);
    }

    [Theory]
    [MemberData(nameof(NotPrincipals))]
    public async Task SetProtectedIdentity_AnyoneButAPrincipal_RefusedAndNothingChanges(string persona)
    {
        // arrange
        var (pupilId, version) = PrincipalsPupil();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => ProtectAsync(hub.ClientFor(persona), pupilId, version));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Theory]
    [InlineData(false, 0, "WRONG_STATE input.protectedIdentity")]
    [InlineData(true, 1, "STALE_VERSION input.version")]
    public async Task SetProtectedIdentity_SameValueOrStaleVersion_RefusedAndNothingChanges(bool protectedIdentity, int versionOffset, string expected)
    {
        // arrange
        var (pupilId, version) = PrincipalsPupil();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () =>
            ProtectAsync(hub.ClientFor("school-principal"), pupilId, version + versionOffset, protectedIdentity));

        // assert
        Assert.Equal([expected], refused.UserErrors("setProtectedIdentity"));
    }
}
