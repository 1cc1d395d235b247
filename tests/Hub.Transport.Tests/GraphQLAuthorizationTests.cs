using System.Net;
using Hub.Transport.Tests.Support;

namespace Hub.Transport.Tests;

/// <summary>The endpoint composes with ASP.NET Core authorization through <c>RequireAuthorization</c>.</summary>
public sealed class GraphQLAuthorizationTests(TestAppFixture fixture) : IClassFixture<TestAppFixture>
{
    private const string HelloQuery = """{"query":"{ hello }"}""";

    [Fact]
    public async Task GraphQLPost_NoToken_Returns401()
    {
        // arrange
        using var request = Http.Post(HelloQuery, path: TestApp.SecurePath);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GraphQLPost_UnknownToken_Returns401()
    {
        // arrange
        using var request = Http.Post(HelloQuery, path: TestApp.SecurePath).WithBearer("forged");

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GraphQLPost_TokenWithoutScope_Returns403()
    {
        // arrange
        using var request = Http.Post(HelloQuery, path: TestApp.SecurePath).WithBearer(TestAuthHandler.OutsiderToken);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GraphQLPost_TokenWithScope_Returns200()
    {
        // arrange
        using var request = Http.Post(HelloQuery, path: TestApp.SecurePath).WithBearer(TestAuthHandler.ReaderToken);

        // act
        using var response = await fixture.Client.SendAsync(request);

        // assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
