using Microsoft.AspNetCore.Hosting;

namespace Hub.Tests.Support;

/// <summary>A live hub configured with a token issuer that cannot be reached (a loopback port nothing listens on).</summary>
public sealed class UnreachableIssuerHub : LiveHub
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hub:Identity:Authority", "https://127.0.0.1:9/issuer");
    }
}
