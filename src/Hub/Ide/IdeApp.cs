using Microsoft.Net.Http.Headers;

namespace Hub.Ide;

/// <summary>
/// The Banana Cake Pop app the build copies into <c>ide/</c>: its <c>index.html</c>, answered to a
/// browser at the GraphQL endpoint, and the <c>bcp-config.json</c> that points it at that endpoint.
/// </summary>
public sealed class IdeApp
{
    /// <summary>The GraphQL endpoint, where the IDE is served too.</summary>
    public const string Path = "/graphql";

    private readonly string _index;

    private IdeApp(string index, string filesFolder)
    {
        _index = index;
        FilesFolder = filesFolder;
    }

    /// <summary>The app's static files (scripts, styles, icons, its licence), served under <see cref="Path"/>.</summary>
    public string FilesFolder { get; }

    /// <summary>The app as the build left it beside the hub's binaries, or null when it is not there.</summary>
    public static IdeApp? Load(string baseDirectory)
    {
        var folder = System.IO.Path.Combine(baseDirectory, "ide");
        var index = System.IO.Path.Combine(folder, "index.html");
        return File.Exists(index) ? new IdeApp(File.ReadAllText(index), System.IO.Path.Combine(folder, "files")) : null;
    }

    /// <summary>
    /// A browser asking for the endpoint itself: a GET for HTML that is not a GraphQL request
    /// (no <c>query</c> parameter) nor an upgrade to a WebSocket. GraphQL clients never ask for
    /// HTML, so they reach the endpoint.
    /// </summary>
    public static bool IsBrowserRequest(HttpRequest request)
    {
        var path = request.Path.Value?.TrimEnd('/');
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && string.Equals(path, Path, StringComparison.OrdinalIgnoreCase)
            && !request.Query.ContainsKey("query")
            && string.IsNullOrEmpty(request.Headers.Upgrade)
            && AcceptsHtml(request);
    }

    /// <summary>The app's page, with a base so that its relative paths resolve under the endpoint with or without a trailing slash.</summary>
    public Task WriteIndexAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.Vary = HeaderNames.Accept;
        response.Headers.CacheControl = "no-cache";
        var baseHref = HtmlPage.Encode(context.Request.PathBase + Path + "/");
        var html = _index.Replace("<head>", $"<head><base href=\"{baseHref}\"/>", StringComparison.Ordinal);
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.WriteAsync(html, context.RequestAborted);
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(m => m.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && m.Quality is not 0);
}
