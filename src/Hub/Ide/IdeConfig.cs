using System.Text.Json;

namespace Hub.Ide;

/// <summary>
/// The IDE's <c>bcp-config.json</c>, read by the app from beside its page: the endpoint (taken from
/// the browser's address, so it holds behind a proxy), subscriptions over WebSocket with
/// graphql-transport-ws (at the same address, ws:// or wss://), no telemetry, and a first document
/// that tells where the token goes.
/// </summary>
internal static class IdeConfig
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string For(HttpRequest request, bool development) => JsonSerializer.Serialize(
        new Settings(
            Title: "Hub",
            UseBrowserUrlAsEndpoint: true,
            Endpoint: request.PathBase + IdeApp.Path,
            SubscriptionProtocol: "graphql-transport-ws",
            UseGet: false,
            IncludeCookies: false,
            DisableTelemetry: true,
            GraphQLDocument: FirstDocument(development)),
        Json);

    private static string FirstDocument(bool development) => string.Join('\n',
    [
        "# Every request needs a bearer token. Open Connection",
        "# Settings (the gear, top right), HTTP Headers, and add",
        "#   Authorization    Bearer <token>",
        "# then Apply, and Reload Schema (the round arrow, top right).",
        .. development
            ? new[] { "# Demo tokens: /personas on this hub, or", "#   dotnet run --project src/Hub -- token NAME" }
            : new[] { "# Tokens come from your organisation's token issuer." },
        "# Operations to start from, per persona: schema/examples/",
        "",
        "query WhoAmI {",
        "  me { name agency role unit { name } }",
        "  pupils(first: 5) { totalCount nodes { givenName familyName grade } }",
        "}",
        "",
    ]);

    /// <summary>The settings the app reads (found in its built scripts); the names are the app's.</summary>
    private sealed record Settings(
        string Title,
        bool UseBrowserUrlAsEndpoint,
        string Endpoint,
        string SubscriptionProtocol,
        bool UseGet,
        bool IncludeCookies,
        bool DisableTelemetry,
        string GraphQLDocument);
}
