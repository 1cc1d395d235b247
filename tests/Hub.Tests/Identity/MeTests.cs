using Hub.Identity;
using Hub.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace Hub.Tests.Identity;

[Collection(ReadOnlyHubDefinition.Name)]
public sealed class MeTests(HubFactory hub)
{
    public static TheoryData<string> PersonaNames => new(Personas.Staff.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(PersonaNames))]
    public async Task Me_EveryPersona_AnswersWhoTheTokenSays(string persona)
    {
        // arrange
        var client = hub.ClientFor(persona);

        // act
        var response = await client.PostAsync("{ me { personId name agency role unit { code name kind } readableCategories } }");

        // assert
        response.Snapshot.MatchSnapshot(SnapshotNameExtension.Create(persona));
    }

    [Fact]
    public async Task Me_PersonaToken_CarriesThePersonasUnitAndRole()
    {
        // arrange
        var client = hub.ClientFor("rsu-teacher");

        // act
        var response = await client.PostAsync("{ me { role unit { code } } }");

        // assert
        Assert.Equal(200, response.Status);
        Assert.Equal("TEACHER", (string?)response.Data["me"]!["role"]);
        Assert.Equal("group:tellusborgsskolan-rsu", (string?)response.Data["me"]!["unit"]!["code"]);
    }
}
