using System.Security.Claims;
using System.Text.Json;
using Hub.Transport.WebSockets;
using Microsoft.AspNetCore.Http;

namespace Hub.Transport.Tests.Support;

/// <summary>
/// Socket credentials reduced to fixed names in <c>{"token": …}</c>: "reader" is a user, "expiring"
/// a user whose credential lapses after <see cref="ExpiringAfter"/>, "broken" makes the check itself
/// fail (as an unreachable issuer would); anything else is refused.
/// </summary>
internal sealed class TestWebSocketAuthenticator : IGraphQLWebSocketAuthenticator
{
    public const string ReaderToken = "reader";
    public const string ExpiringToken = "expiring";
    public const string BrokenToken = "broken";
    public static readonly TimeSpan ExpiringAfter = TimeSpan.FromSeconds(1);

    public ValueTask<WebSocketAuthentication> AuthenticateAsync(HttpContext context, JsonElement? payload, CancellationToken cancellationToken)
    {
        var token = payload is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty("token", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()
            : null;
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, token ?? "")], "Test"));
        return token switch
        {
            ReaderToken => ValueTask.FromResult(new WebSocketAuthentication(user)),
            ExpiringToken => ValueTask.FromResult(new WebSocketAuthentication(user, DateTimeOffset.UtcNow + ExpiringAfter)),
            BrokenToken => throw new InvalidOperationException("The credentials could not be checked."),
            _ => ValueTask.FromResult(WebSocketAuthentication.Refused),
        };
    }
}
