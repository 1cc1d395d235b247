namespace Hub.Ide;

/// <summary>
/// <c>GET /</c>: what the hub is, and where to go from here: the IDE, the persona page
/// (Development), the schema and the health check.
/// </summary>
internal static class StartPage
{
    private static readonly HtmlPage Page = new("Hub: City of Stockholm");

    public static Task WriteAsync(HttpContext context, bool ide, bool development)
    {
        var root = context.Request.PathBase.Value ?? "";
        var links = new List<string>();
        if (ide)
        {
            links.Add(Link(root + IdeApp.Path, "The GraphQL IDE (Banana Cake Pop)",
                "explore the schema and run queries; every request needs a bearer token, set in the IDE's connection settings."));
        }
        else
        {
            links.Add($"<li><code>POST {HtmlPage.Encode(root + IdeApp.Path)}</code>: the GraphQL endpoint (GraphQL over HTTP), with a bearer token.</li>");
        }

        if (development)
        {
            links.Add(Link(root + PersonaPage.Path, "The demo personas", "who is who in the demo city, what each may see, and a token for each."));
        }

        links.Add(Link(root + SchemaFile.Path, "The schema", "the contract with agency systems, in GraphQL SDL."));
        links.Add(Link(root + "/health", "Health", "whether the hub and its database answer."));
        var demo = development
            ? "<p class=\"muted\">This is a Development hub with the demo city: every person in it is fictitious, and every personal identity number is generated.</p>"
            : "";
        var body = $"""
            <h1>Hub</h1>
            <p>The City of Stockholm's GraphQL data-sharing hub for the agencies that work around pupils with
            the most extensive needs, those placed in the special teaching groups RSU and CSU: schools, social
            services (socialtjänsten), child and adolescent psychiatry (BUP) and the police.</p>
            <p>An agency's system sees a pupil only through an active relationship, and another agency's records
            only under the guardians' consent (samtycke) or a legal basis. Every read of personal data is logged.</p>
            {demo}
            <ul>
            {string.Join('\n', links)}
            </ul>
            """;
        return Page.WriteAsync(context, body);
    }

    private static string Link(string href, string text, string note) =>
        $"<li><a href=\"{HtmlPage.Encode(href)}\">{HtmlPage.Encode(text)}</a>: {HtmlPage.Encode(note)}</li>";
}
