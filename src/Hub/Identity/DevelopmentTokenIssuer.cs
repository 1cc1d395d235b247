using System.Security.Claims;
using System.Security.Cryptography;
using Hub.Data;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Identity;

/// <summary>
/// Signs tokens for the demo personas in Development, with an RSA key it generates into the data
/// folder on first use (never committed), so the CLI and the running hub share it.
/// </summary>
public sealed class DevelopmentTokenIssuer
{
    public const string Issuer = "hub-development";
    private const string KeyFile = "development-signing-key.pem";
    private readonly RsaSecurityKey _key;
    private readonly HubIdentityOptions _options;
    private readonly TimeProvider _clock;

    public DevelopmentTokenIssuer(DataFolder data, IOptions<HubIdentityOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        var rsa = RSA.Create();
        var path = data.File(KeyFile);
        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            rsa.KeySize = 2048;
            File.WriteAllText(path, rsa.ExportRSAPrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        _key = new RsaSecurityKey(rsa) { KeyId = "hub-development" };
    }

    public SecurityKey SigningKey => _key;

    public string IssueFor(Persona persona, TimeSpan? lifetime = null)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = _options.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? _options.DevelopmentTokenLifetime),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
            Subject = new ClaimsIdentity(Claims(persona)),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>Staff carry agency and unit; a family member carries the personal identity number e-identification asserts instead.</summary>
    private static Claim[] Claims(Persona persona) => persona.PersonalIdentityNumber is { } number
        ?
        [
            new Claim(HubClaims.Subject, persona.PersonId),
            new Claim(HubClaims.Name, persona.DisplayName),
            new Claim(HubClaims.Role, persona.Role.ToString()),
            new Claim(HubClaims.PersonalIdentityNumber, number),
        ]
        :
        [
            new Claim(HubClaims.Subject, persona.PersonId),
            new Claim(HubClaims.Name, persona.DisplayName),
            new Claim(HubClaims.Agency, persona.Agency.ToString()),
            new Claim(HubClaims.Unit, persona.UnitCode),
            new Claim(HubClaims.Role, persona.Role.ToString()),
        ];
}
