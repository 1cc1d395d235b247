namespace Hub.Cli;

/// <summary>
/// What <c>dotnet run --project src/Hub</c> means with nothing configured: a Development hub with
/// the demo city on http://localhost:5080. Any setting given the usual ASP.NET Core way
/// (<c>ASPNETCORE_ENVIRONMENT</c>, <c>--environment</c>, <c>ASPNETCORE_URLS</c>, <c>--urls</c>) wins.
/// </summary>
public static class LocalDefaults
{
    public const string Urls = "http://localhost:5080";
    private static readonly string[] AddressKeys = ["urls", "http_ports", "https_ports"];

    /// <summary>
    /// Development for a debug build run with no environment named; null otherwise, so a
    /// release build with no environment is Production and demands a real token issuer.
    /// </summary>
    public static string? EnvironmentName(string[] args)
    {
#if DEBUG
        var named = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is { Length: > 0 }
            || Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 }
            || args.Any(a => a.StartsWith("--environment", StringComparison.OrdinalIgnoreCase));
        return named ? null : Environments.Development;
#else
        _ = args;
        return null;
#endif
    }

    /// <summary>Listens on <see cref="Urls"/> unless an address was configured.</summary>
    public static void UseDefaultUrls(this WebApplicationBuilder builder)
    {
        var configured = AddressKeys.Any(k => !string.IsNullOrEmpty(builder.Configuration[k]));
        if (!configured)
        {
            builder.WebHost.UseUrls(Urls);
        }
    }
}
