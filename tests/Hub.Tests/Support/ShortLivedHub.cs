using Microsoft.AspNetCore.Hosting;

namespace Hub.Tests.Support;

/// <summary>A live hub whose timers are short enough to wait for: emergency access, socket initialisation, basis checks.</summary>
public sealed class ShortLivedHub : LiveHub
{
    public const int MaxMessageBytes = 4096;
    public const int MaxOperationsPerSocket = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hub:Access:EmergencyAccessDuration", "00:00:03");
        builder.UseSetting("Hub:Events:BasisCheckInterval", "00:00:01");
        builder.UseSetting("GraphQLWebSockets:ConnectionInitTimeout", "00:00:03");
        builder.UseSetting("GraphQLWebSockets:KeepAliveInterval", "00:00:01");
        builder.UseSetting("GraphQLWebSockets:MaxMessageBytes", MaxMessageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("GraphQLWebSockets:MaxOperationsPerSocket", MaxOperationsPerSocket.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
