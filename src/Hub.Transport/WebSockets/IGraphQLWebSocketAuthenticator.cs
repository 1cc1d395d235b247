using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Hub.Transport.WebSockets;

/// <summary>
/// Authenticates a socket from its <c>connection_init</c> payload (browsers cannot set headers on
/// a WebSocket, so the token travels there). The host decides what the payload must hold.
/// </summary>
public interface IGraphQLWebSocketAuthenticator
{
    ValueTask<WebSocketAuthentication> AuthenticateAsync(HttpContext context, JsonElement? payload, CancellationToken cancellationToken);
}

/// <summary>
/// The user, and until when the credential holds (the socket is closed with 4403 then); or no user,
/// which closes the socket with 4403 at once.
/// </summary>
public sealed record WebSocketAuthentication(ClaimsPrincipal? User, DateTimeOffset? ExpiresAt = null)
{
    public static WebSocketAuthentication Refused { get; } = new(User: null);
}
