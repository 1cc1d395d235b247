using Hub.Api;
using Hub.Identity;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Access;

/// <summary>A pupil the caller may not see is answered exactly as one that does not exist.</summary>
[Collection(ReadOnlyHubDefinition.Name)]
public sealed class NotFoundEqualsForbiddenTests(HubFactory hub)
{
    private const string Query = "query($id: ID!) { pupil(id: $id) { id givenName placements { id } } }";

    public static TheoryData<string> PersonaNames => new(Personas.Staff.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(PersonaNames))]
    public async Task Pupil_HiddenAndMissing_AnswerByteIdentically(string persona)
    {
        // arrange
        var client = hub.ClientFor(persona);
        var visible = await PupilPages.AllIdsAsync(client);
        var hiddenId = hub.WithDb(db => db.Pupils.Select(p => p.Id).ToList())
            .Select(id => GlobalId.Encode("Pupil", id)).First(id => !visible.Contains(id));
        var missingId = GlobalId.Encode("Pupil", hub.WithDb(db => db.Pupils.Max(p => p.Id)) + 1000);

        // act
        var hidden = await client.PostAsync(Query, new { id = hiddenId });
        var missing = await client.PostAsync(Query, new { id = missingId });

        // assert
        Assert.Equal(200, hidden.Status);
        Assert.Equal(missing.Status, hidden.Status);
        Assert.Equal(missing.Text, hidden.Text);
        Assert.Equal("{\"data\":{\"pupil\":null}}", hidden.Text);
    }

    [Fact]
    public async Task Pupil_VisiblePupil_IsAnswered()
    {
        // arrange
        var client = hub.ClientFor("rsu-teacher");
        var id = (await PupilPages.AllIdsAsync(client))[0];

        // act
        var response = await client.PostAsync(Query, new { id });

        // assert
        Assert.Equal(id, (string?)response.Data["pupil"]!["id"]);
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("VW5pdDox")]
    public async Task Pupil_IdThatIsNotAPupilId_ReturnsInvalidInput(string id)
    {
        // arrange
        var client = hub.ClientFor("school-teacher");

        // act
        var response = await client.PostAsync(Query, new { id });

        // assert
        Assert.Equal("INVALID_INPUT", (string?)response.Errors![0]["extensions"]!["code"]);
        Assert.Equal(JTokenType.Null, response.Data["pupil"]!.Type);
    }

    [Theory]
    [InlineData("padded")]
    [InlineData("leading-zero")]
    [InlineData("whitespace")]
    public async Task Pupil_NonCanonicalSpellingOfAVisibleId_ReturnsInvalidInput(string spelling)
    {
        // arrange
        var client = hub.ClientFor("rsu-teacher");
        var id = (await PupilPages.AllIdsAsync(client))[0];
        GlobalId.TryDecode(id, "Pupil", out var key);
        var respelt = spelling switch
        {
            // "Pupil:N" padded to a multiple of three bytes by a leading zero where needed, so that the padding always shows
            "padded" => Base64($"Pupil:{key}".Length % 3 == 0 ? $"Pupil:0{key}" : $"Pupil:{key}"),
            "leading-zero" => Base64($"Pupil:0{key}").TrimEnd('='),
            _ => id + " ",
        };

        // act
        var response = await client.PostAsync(Query, new { id = respelt });

        // assert
        Assert.NotEqual(id, respelt);
        Assert.Equal("INVALID_INPUT", (string?)response.Errors![0]["extensions"]!["code"]);
        Assert.Equal(JTokenType.Null, response.Data["pupil"]!.Type);
    }

    private static string Base64(string text) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)).Replace('+', '-').Replace('/', '_');
}
