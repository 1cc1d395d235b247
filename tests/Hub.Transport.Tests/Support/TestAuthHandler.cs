using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Transport.Tests.Support;

/// <summary>
/// Bearer tokens reduced to two fixed names, so the tests exercise ASP.NET Core's real challenge
/// (401) and forbid (403) without a token issuer: "reader" may use GraphQL, "outsider" may not.
/// </summary>
internal sealed class TestAuthHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string Policy = "graphql";
    public const string ReaderToken = "reader";
    public const string OutsiderToken = "outsider";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var token = header["Bearer ".Length..];
        var claims = token switch
        {
            ReaderToken => new[] { new Claim(ClaimTypes.Name, token), new Claim("scope", "graphql") },
            OutsiderToken => [new Claim(ClaimTypes.Name, token)],
            _ => null,
        };
        if (claims is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown token."));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
