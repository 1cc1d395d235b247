using Hub.Identity;

namespace Hub.Ide;

/// <summary>
/// <c>GET /personas</c> (Development only): the demo personas, what each may see, and a button that
/// fetches a fresh token for one from <c>GET /personas/NAME/token</c>, shows it and copies it.
/// </summary>
internal static class PersonaPage
{
    public const string Path = "/personas";

    private const string Script = """
        for (const button of document.querySelectorAll('button[data-token]')) {
          button.addEventListener('click', async () => {
            const row = button.closest('tr').nextElementSibling;
            const output = row.querySelector('textarea');
            const status = row.querySelector('.status');
            row.hidden = false;
            const response = await fetch(button.dataset.token, { cache: 'no-store' });
            if (!response.ok) { status.textContent = 'No token: ' + response.status; return; }
            output.value = (await response.text()).trim();
            output.select();
            try { await navigator.clipboard.writeText(output.value); status.textContent = 'Copied.'; }
            catch { status.textContent = 'Selected: copy it with Ctrl+C.'; }
          });
        }
        """;

    private static readonly HtmlPage Page = new("Hub: demo personas", Script);

    public static Task WriteAsync(HttpContext context)
    {
        // The page hands out tokens (by script, from the token path); neither may stay in a cache.
        context.Response.Headers.CacheControl = "no-store";
        var root = context.Request.PathBase.Value ?? "";
        var rows = Personas.All.Select(p => $"""
            <tr><td><strong class="nowrap">{HtmlPage.Encode(p.Name)}</strong><br>{HtmlPage.Encode(p.DisplayName)}</td>
            <td>{p.Agency}, {p.Role}<br><code>{HtmlPage.Encode(p.UnitCode)}</code></td>
            <td>{HtmlPage.Encode(p.Sees)}</td>
            <td><button type="button" data-token="{HtmlPage.Encode($"{root}{Path}/{p.Name}/token")}">Token</button></td></tr>
            <tr hidden><td colspan="4"><textarea readonly aria-label="Token for {HtmlPage.Encode(p.Name)}"></textarea>
            <span class="status" role="status"></span></td></tr>
            """);
        var body = $"""
            <p><a href="{HtmlPage.Encode(root + "/")}">Hub</a></p>
            <h1>Demo personas</h1>
            <p>Fictitious staff of the demo city. <strong>Token</strong> signs a fresh token for one (valid for hours,
            in this Development hub only), shows it and copies it. In the <a href="{HtmlPage.Encode(root + IdeApp.Path)}">IDE</a>,
            open <em>Connection Settings</em> (the gear at the top right of a document), and under <em>HTTP Headers</em>
            add the name <code>Authorization</code> with the value <code>Bearer</code>, a space and the token (or under
            <em>Authorization</em> choose the type <em>Bearer</em> and paste the token: the IDE sends the same header);
            <em>Apply</em>, then <em>Reload Schema</em> (the round arrow, top right). From a shell:
            <code>dotnet run --project src/Hub -- token NAME</code>.</p>
            <table>
            <thead><tr><th>persona</th><th>agency, role, unit</th><th>may see</th><th></th></tr></thead>
            <tbody>
            {string.Join('\n', rows)}
            </tbody>
            </table>
            """;
        return Page.WriteAsync(context, body);
    }

    public static IResult Token(string name, DevelopmentTokenIssuer issuer, HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (Personas.Find(name) is not { } persona)
        {
            return Results.NotFound();
        }

        return Results.Text(issuer.IssueFor(persona), "text/plain; charset=utf-8");
    }
}
