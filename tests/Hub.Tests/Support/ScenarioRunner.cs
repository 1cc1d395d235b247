using Hub.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Support;

/// <summary>Runs scenario steps in a scope of the test hub.</summary>
public sealed class ScenarioRunner(HubFactory hub)
{
    public T Run<T>(Func<Scenario, T> step)
    {
        using var scope = hub.Services.CreateScope();
        return step(new Scenario(scope.ServiceProvider.GetRequiredService<HubDbContext>()));
    }

    public void Run(Action<Scenario> step) => Run(s =>
    {
        step(s);
        return 0;
    });
}
