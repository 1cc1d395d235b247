using Microsoft.AspNetCore.Hosting;

namespace Hub.Tests.Support;

/// <summary>A live hub whose timers are short enough to wait for: emergency access, basis checks.</summary>
public sealed class ShortLivedHub : LiveHub
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hub:Access:EmergencyAccessDuration", "00:00:03");
        builder.UseSetting("Hub:Events:BasisCheckInterval", "00:00:01");
    }
}
