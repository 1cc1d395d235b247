using System.Security.Claims;
using System.Text.Json;
using Hub.Transport.WebSockets;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Hub.Identity;

/// <summary>
/// Authenticates a WebSocket by the bearer token in its <c>connection_init</c> payload, with the
/// very same validation as the HTTP endpoint (issuer, audience, signing keys, lifetime), and
/// refuses a token whose unit, agency or role the hub does not know. The socket closes when the
/// token expires. The payload may carry <c>{"Authorization": "Bearer …"}</c> (any case),
/// <c>{"headers": {"Authorization": …}}</c> or <c>{"token": "…"}</c>, and <c>{"purpose": "SIP"}</c>
/// declares the purpose of every operation on the socket (<see cref="DeclaredPurposes"/>).
/// </summary>
internal sealed class HubWebSocketAuthenticator(IOptionsMonitor<JwtBearerOptions> jwt, IServiceScopeFactory scopes) : IGraphQLWebSocketAuthenticator
{
    public async ValueTask<WebSocketAuthentication> AuthenticateAsync(HttpContext context, JsonElement? payload, CancellationToken cancellationToken)
    {
        if (TokenIn(payload) is not { Length: > 0 } token)
        {
            return WebSocketAuthentication.Refused;
        }

        var options = jwt.Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = options.TokenValidationParameters.Clone();
        IssuerUnavailableException? unavailable = null;
        if (options.ConfigurationManager is { } manager)
        {
            try
            {
                var configuration = await manager.GetConfigurationAsync(cancellationToken);
                parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], configuration.Issuer];
                parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. configuration.SigningKeys];
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // As over HTTP: keys the hub holds itself may still validate the token; if none does, the
                // socket is not refused as forbidden but closed as the server's failure (the transport's 1011).
                unavailable = new IssuerUnavailableException(e);
            }
        }

        foreach (var handler in options.TokenHandlers)
        {
            var result = await handler.ValidateTokenAsync(token, parameters);
            if (!result.IsValid)
            {
                continue;
            }

            // The purpose is the socket's declaration, never the token's.
            var claims = result.ClaimsIdentity.Claims.Where(c => c.Type != HubClaims.DeclaredPurpose).ToList();
            if (PurposeIn(payload) is { } purpose)
            {
                claims.Add(new Claim(HubClaims.DeclaredPurpose, purpose));
            }

            var user = new ClaimsPrincipal(new ClaimsIdentity(claims, JwtBearerDefaults.AuthenticationScheme, HubClaims.Name, HubClaims.Role));
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<CallerContext>().ResolveAsync(user, cancellationToken) is null)
            {
                return WebSocketAuthentication.Refused;
            }

            return new WebSocketAuthentication(user, result.SecurityToken.ValidTo == DateTime.MinValue ? null : new DateTimeOffset(result.SecurityToken.ValidTo, TimeSpan.Zero));
        }

        return unavailable is null ? WebSocketAuthentication.Refused : throw unavailable;
    }

    /// <summary>The purpose the payload declares (<c>{"purpose": "SIP"}</c>), as given; a non-string is declared as its text, and refused.</summary>
    private static string? PurposeIn(JsonElement? payload) =>
        payload is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(DeclaredPurposes.PayloadKey, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : value.GetRawText()
            : null;

    private static string? TokenIn(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } body)
        {
            return null;
        }

        foreach (var property in body.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String
                && (property.NameEquals("token") || string.Equals(property.Name, "authorization", StringComparison.OrdinalIgnoreCase)))
            {
                var value = property.Value.GetString()!;
                return value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..].Trim() : value.Trim();
            }

            if (property.NameEquals("headers"))
            {
                return TokenIn(property.Value);
            }
        }

        return null;
    }
}
