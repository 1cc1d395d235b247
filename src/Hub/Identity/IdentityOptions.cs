namespace Hub.Identity;

/// <summary>Settings of section <c>Hub:Identity</c>.</summary>
public sealed class HubIdentityOptions
{
    public const string Section = "Hub:Identity";

    /// <summary>The token issuer's authority; its metadata and JWKS give the signing keys. Required outside Development.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must be issued for.</summary>
    public string Audience { get; set; } = "hub";

    /// <summary>How long a token the hub signs itself (Development only) lasts.</summary>
    public TimeSpan DevelopmentTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Whether the metadata address must use HTTPS; only a local test issuer should turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
