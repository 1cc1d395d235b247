using GraphQL;
using GraphQL.DI;
using Hub.Access;

namespace Hub.Audit;

public static class AuditSetup
{
    /// <summary>
    /// The access log: recorders per request, one group-committing writer with its chain head,
    /// the switch (on, except when a Development hub turns it off), and the execution hook.
    /// </summary>
    public static IServiceCollection AddHubAudit(this IServiceCollection services)
    {
        services.AddScoped<AccessRecorder>();
        services.AddScoped<OversightReads>();
        services.AddScoped<NumberLookups>();
        services.AddSingleton<AccessLogSwitch>();
        services.AddSingleton<ChainKey>();
        services.AddSingleton<ChainHeadFile>();
        services.AddSingleton<IAccessLogStore, AccessLogStore>();
        services.AddSingleton<AccessLogWriter>();
        services.AddSingleton<AuditExecution>();
        return services;
    }

    /// <summary>
    /// At start-up: records the genesis chain head once, for a database this start created (never
    /// over a head already there: that one belongs to a log that is gone, and is evidence), then
    /// compares the log with its head, so that a missing or mismatched head is an alarm at once.
    /// </summary>
    public static async Task AnchorAccessLogAsync(this IServiceProvider services, bool databaseCreated)
    {
        var headFile = services.GetRequiredService<ChainHeadFile>();
        if (databaseCreated && !headFile.Exists)
        {
            headFile.Write(ChainHead.Genesis);
        }

        await services.GetRequiredService<AccessLogWriter>().CheckAnchorAsync();
    }

    /// <summary>The execution hook; the same instance also commits each subscription delivery's reads.</summary>
    public static IGraphQLBuilder UseAccessLog(this IGraphQLBuilder graphql)
    {
        graphql.Services.Register<IConfigureExecution>(provider => provider.GetRequiredService<AuditExecution>(), GraphQL.DI.ServiceLifetime.Singleton);
        return graphql;
    }
}
