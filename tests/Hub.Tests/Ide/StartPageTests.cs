using System.Net;
using System.Net.Http.Headers;
using Hub.Identity;
using Hub.Tests.Support;

namespace Hub.Tests.Ide;

/// <summary>The start page, the schema file and, in Development, the persona page with its tokens.</summary>
[Collection(ReadOnlyHubDefinition.Name)]
public sealed class StartPageTests(HubFactory hub)
{
    [Fact]
    public async Task GetStartPage_Development_LinksTheIdePersonasSchemaAndHealth()
    {
        // act
        using var response = await hub.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        // assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        foreach (var link in new[] { "/graphql", "/personas", "/schema.graphql", "/health" })
        {
            Assert.Contains($"href=\"{link}\"", html, StringComparison.Ordinal);
        }

        // Self-contained: nothing loaded from elsewhere, no script.
        Assert.DoesNotContain("://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSchemaFile_WithoutToken_IsTheCommittedContract()
    {
        // arrange
        var committed = File.ReadAllText(Repository.PathOf("schema/hub.graphql")).ReplaceLineEndings("\n");

        // act
        using var response = await hub.CreateClient().GetAsync("/schema.graphql");

        // assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(committed, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetPersonaPage_Development_ListsEveryPersonaWithWhatItSees()
    {
        // act
        using var response = await hub.CreateClient().GetAsync("/personas");
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        // assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(Personas.All, p =>
        {
            Assert.Contains($"data-token=\"/personas/{p.Name}/token\"", html, StringComparison.Ordinal);
            Assert.Contains(p.Sees, html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task GetPersonaToken_KnownPersona_IsATokenTheHubAccepts()
    {
        // arrange
        var client = hub.CreateClient();
        var token = await client.GetStringAsync("/personas/police-sspf/token");

        // act
        var me = await new HubClient(client, token).PostAsync("{ me { name role } }");

        // assert
        Assert.Equal(200, me.Status);
        Assert.Equal("Anna Sjö", (string?)me.Data["me"]!["name"]);
    }

    [Fact]
    public async Task GetPersonaToken_UnknownPersona_Returns404()
    {
        // act
        using var response = await hub.CreateClient().GetAsync("/personas/nobody/token");

        // assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetPersonaPage_Always_KeepsItsScriptToItsOwnHash()
    {
        // act
        using var response = await hub.CreateClient().GetAsync("/personas");

        // assert
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'sha256-", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Equal(new CacheControlHeaderValue { NoStore = true }, response.Headers.CacheControl);
    }
}
