using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Limits;

/// <summary>A hub with a small budget per caller and a clock the test moves, so a window passes without waiting.</summary>
public sealed class BudgetHub : Support.HubFactory
{
    public const int CostPerWindow = 2500;

    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hub:Limits:CostPerWindow", CostPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Hub:Limits:Window", "00:01:00");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>Real time until the test moves it on.</summary>
public sealed class ManualClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}
