using System.Net;
using Hub.Tests.Support;

namespace Hub.Tests.Ide;

/// <summary>Outside Development: no persona page, the IDE only when configured, and never data without a token.</summary>
public sealed class ProductionPagesTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,*/*;q=0.8";

    [Theory]
    [InlineData("/personas")]
    [InlineData("/personas/school-teacher/token")]
    public async Task GetPersonaPage_Production_Returns404(string path)
    {
        // arrange
        using var hub = new ProductionHubFactory();

        // act
        using var response = await hub.CreateClient().GetAsync(path);

        // assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetGraphQL_ProductionBrowserByDefault_GetsNoIdeButA401()
    {
        // arrange
        using var hub = new ProductionHubFactory();

        // act
        using var response = await Browse(hub, "/graphql");

        // assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetGraphQL_ProductionWithIdeEnabled_ServesTheIdeButNoData()
    {
        // arrange
        using var hub = new ProductionHubFactory(ideEnabled: true);

        // act
        using var ide = await Browse(hub, "/graphql");
        using var data = await Browse(hub, "/graphql?query=%7B__typename%7D");

        // assert
        Assert.Equal(HttpStatusCode.OK, ide.StatusCode);
        Assert.Contains("Banana Cake Pop", await ide.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, data.StatusCode);
    }

    [Fact]
    public async Task GetStartPage_Production_LinksNoPersonaPage()
    {
        // arrange
        using var hub = new ProductionHubFactory();

        // act
        var html = await hub.CreateClient().GetStringAsync("/");

        // assert
        Assert.DoesNotContain("/personas", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/graphql\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/schema.graphql\"", html, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> Browse(ProductionHubFactory hub, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(BrowserAccept);
        return await hub.CreateClient().SendAsync(request);
    }
}
