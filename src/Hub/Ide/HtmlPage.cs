using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;

namespace Hub.Ide;

/// <summary>
/// A small self-contained HTML page: inline style, at most one inline script allowed by its hash,
/// nothing loaded from elsewhere, not to be framed.
/// </summary>
internal sealed class HtmlPage(string title, string script = "")
{
    private const string Style = """
        body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
        h1 { font-size: 1.8rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
        a { color: #0b5cad; } code, textarea { font: 14px/1.4 ui-monospace, monospace; }
        table { border-collapse: collapse; width: 100%; } td, th { text-align: left; vertical-align: top; padding: .5rem; border-bottom: 1px solid #ddd; }
        textarea { width: 100%; height: 5.5rem; margin-top: .4rem; word-break: break-all; }
        button { font: inherit; padding: .2rem .8rem; cursor: pointer; } .muted { color: #555; } .nowrap { white-space: nowrap; }
        """;

    private readonly string _scriptHash = script.Length == 0 ? "" : Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));

    public static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    public Task WriteAsync(HttpContext context, string body)
    {
        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        if (string.IsNullOrEmpty(response.Headers.CacheControl))
        {
            // A page that set something stricter (no-store, for a page with tokens) keeps it.
            response.Headers.CacheControl = "no-cache";
        }

        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
            + (_scriptHash.Length == 0 ? "" : $"; script-src 'sha256-{_scriptHash}'");
        var scriptTag = script.Length == 0 ? "" : $"<script>{script}</script>";
        var html = $"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
            <title>{Encode(title)}</title><style>{Style}</style></head>
            <body>
            {body}
            {scriptTag}
            </body>
            </html>
            """;
        return response.WriteAsync(html, context.RequestAborted);
    }
}
