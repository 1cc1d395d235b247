using System.Security.Claims;
using System.Security.Cryptography;
using Hub.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Tests.Support;

/// <summary>Makes tokens the hub should refuse: wrong key, wrong audience, expired, odd claims.</summary>
public sealed class TokenForge(HubFactory hub)
{
    public string Create(
        string? unit = "school:klubbacksskolan",
        string? agency = "School",
        string? role = "Teacher",
        string audience = "hub",
        DateTime? expires = null,
        DateTime? notBefore = null,
        SecurityKey? key = null,
        string? subject = "p-test",
        string? name = "Test Person",
        IEnumerable<Claim>? extraClaims = null)
    {
        var now = DateTime.UtcNow;
        var claims = new List<Claim>();
        AddIf(claims, HubClaims.Subject, subject);
        AddIf(claims, HubClaims.Name, name);
        AddIf(claims, HubClaims.Unit, unit);
        AddIf(claims, HubClaims.Agency, agency);
        AddIf(claims, HubClaims.Role, role);
        claims.AddRange(extraClaims ?? []);
        var signingKey = key ?? hub.Services.GetRequiredService<DevelopmentTokenIssuer>().SigningKey;
        var start = notBefore ?? now.AddMinutes(-10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevelopmentTokenIssuer.Issuer,
            Audience = audience,
            IssuedAt = start,
            NotBefore = start,
            Expires = expires ?? now.AddHours(1),
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public static SecurityKey ForeignKey() => new RsaSecurityKey(RSA.Create(2048)) { KeyId = "foreign" };

    private static void AddIf(List<Claim> claims, string type, string? value)
    {
        if (value is not null)
        {
            claims.Add(new Claim(type, value));
        }
    }
}
