using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Data;

/// <summary>Healthy when the store answers.</summary>
internal sealed class DatabaseHealthCheck(HubDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
