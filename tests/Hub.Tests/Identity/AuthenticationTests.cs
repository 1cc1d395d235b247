using System.Security.Claims;
using Hub.Identity;
using Hub.Tests.Support;

namespace Hub.Tests.Identity;

[Collection(ReadOnlyHubDefinition.Name)]
public sealed class AuthenticationTests(HubFactory hub)
{
    private const string PupilsQuery = "{ pupils { totalCount nodes { givenName } } }";

    [Fact]
    public async Task GraphQLPost_NoToken_Returns401WithoutData()
    {
        // arrange
        var client = hub.AnonymousClient();

        // act
        var response = await client.PostAsync(PupilsQuery);

        // assert
        Assert.Equal(401, response.Status);
        Assert.Null(response.Body["data"]);
        Assert.Equal("UNAUTHENTICATED", (string?)response.Errors![0]["extensions"]!["code"]);
    }

    [Fact]
    public async Task GraphQLGet_NoToken_Returns401()
    {
        // arrange
        var http = hub.CreateClient();

        // act
        using var response = await http.GetAsync(new Uri("/graphql?query=%7B__typename%7D", UriKind.Relative));

        // assert
        Assert.Equal(401, (int)response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQLPost_TokenSignedByForeignKey_Returns401()
    {
        // arrange
        var client = new HubClient(hub.CreateClient(), new TokenForge(hub).Create(key: TokenForge.ForeignKey()));

        // act
        var response = await client.PostAsync(PupilsQuery);

        // assert
        Assert.Equal(401, response.Status);
        Assert.Null(response.Body["data"]);
    }

    [Fact]
    public async Task GraphQLPost_ExpiredToken_Returns401()
    {
        // arrange
        var past = DateTime.UtcNow.AddHours(-3);
        var client = new HubClient(hub.CreateClient(), new TokenForge(hub).Create(notBefore: past, expires: past.AddHours(1)));

        // act
        var response = await client.PostAsync(PupilsQuery);

        // assert
        Assert.Equal(401, response.Status);
        Assert.Null(response.Body["data"]);
    }

    [Fact]
    public async Task GraphQLPost_TokenForAnotherAudience_Returns401()
    {
        // arrange
        var client = new HubClient(hub.CreateClient(), new TokenForge(hub).Create(audience: "another-service"));

        // act
        var response = await client.PostAsync(PupilsQuery);

        // assert
        Assert.Equal(401, response.Status);
    }

    [Fact]
    public async Task GraphQLPost_MalformedBearer_Returns401()
    {
        // arrange
        var client = new HubClient(hub.CreateClient(), "not-a-token");

        // act
        var response = await client.PostAsync(PupilsQuery);

        // assert
        Assert.Equal(401, response.Status);
    }

    [Theory]
    [InlineData("school:unknown-unit", "School", "Teacher")]
    [InlineData("school:klubbacksskolan", "Police", "PoliceOfficer")]
    [InlineData("school:klubbacksskolan", "School", "Investigator")]
    [InlineData("school:klubbacksskolan", "School", "Janitor")]
    [InlineData("forsta-linjen:liljeholmen", "FirstLinePsychiatry", "UnitManager")]
    [InlineData("habilitering:liljeholmen", "Habilitation", "LeisureLeader")]
    [InlineData("leisure:hagersten-alvsjo", "Leisure", "Clinician")]
    [InlineData("leisure:hagersten-alvsjo", "Police", "LeisureLeader")]
    [InlineData("bup:liljeholmen", "FirstLinePsychiatry", "Clinician")]
    [InlineData("forsta-linjen:liljeholmen", "Bup", "Clinician")]
    [InlineData(null, "School", "Teacher")]
    [InlineData("school:klubbacksskolan", null, "Teacher")]
    [InlineData("school:klubbacksskolan", "School", null)]
    public async Task GraphQLPost_TokenNamingNoKnownCaller_Returns403WithoutData(string? unit, string? agency, string? role)
    {
        // arrange
        var client = new HubClient(hub.CreateClient(), new TokenForge(hub).Create(unit, agency, role));

        // act
        var response = await client.PostAsync(PupilsQuery);

        // assert
        Assert.Equal(403, response.Status);
        Assert.Null(response.Body["data"]);
        Assert.Equal("FORBIDDEN", (string?)response.Errors![0]["extensions"]!["code"]);
    }

    [Theory]
    [InlineData("School", "1")]
    [InlineData("School", "Principal ")]
    [InlineData("School", " Principal")]
    [InlineData("School", "principal")]
    [InlineData("School", "Teacher,Principal")]
    [InlineData("0", "Principal")]
    [InlineData("School ", "Principal")]
    [InlineData("school", "Principal")]
    public async Task GraphQLPost_AgencyOrRoleNotSpeltExactly_Returns403WithoutData(string agency, string role)
    {
        // arrange
        var client = new HubClient(hub.CreateClient(), new TokenForge(hub).Create(agency: agency, role: role));

        // act
        var response = await client.PostAsync(PupilsQuery);

        // assert
        Assert.Equal(403, response.Status);
        Assert.Null(response.Body["data"]);
        Assert.Equal("FORBIDDEN", (string?)response.Errors![0]["extensions"]!["code"]);
    }

    [Theory]
    [InlineData(null, "Test Person")]
    [InlineData("", "Test Person")]
    [InlineData("  ", "Test Person")]
    [InlineData("p-test", null)]
    [InlineData("p-test", "")]
    [InlineData("p-test", " ")]
    public async Task GraphQLPost_TokenWithoutSubjectOrName_Returns403WithoutData(string? subject, string? name)
    {
        // arrange
        var client = new HubClient(hub.CreateClient(), new TokenForge(hub).Create(subject: subject, name: name));

        // act
        var response = await client.PostAsync(PupilsQuery);

        // assert
        Assert.Equal(403, response.Status);
        Assert.Null(response.Body["data"]);
    }

    [Fact]
    public async Task GraphQLPost_TokenWithTwoRoles_Returns403WithoutData()
    {
        // arrange
        var token = new TokenForge(hub).Create(role: "Teacher", extraClaims: [new Claim(HubClaims.Role, "Principal")]);
        var client = new HubClient(hub.CreateClient(), token);

        // act
        var response = await client.PostAsync(PupilsQuery);

        // assert
        Assert.Equal(403, response.Status);
        Assert.Null(response.Body["data"]);
    }

    [Fact]
    public async Task GraphQLPost_ExactlySpeltForgedToken_IsAnswered()
    {
        // arrange: the positive control: the same forge with exact names is a caller
        var client = new HubClient(hub.CreateClient(), new TokenForge(hub).Create(agency: "School", role: "Principal"));

        // act
        var response = await client.PostAsync(PupilsQuery);

        // assert
        Assert.Equal(200, response.Status);
        Assert.NotNull(response.Body["data"]);
    }
}
