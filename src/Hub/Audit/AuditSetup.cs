using GraphQL;
using GraphQL.DI;

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
        services.AddSingleton<ChainHeadFile>();
        services.AddSingleton<IAccessLogStore, AccessLogStore>();
        services.AddSingleton<AccessLogWriter>();
        services.AddSingleton<AuditExecution>();
        return services;
    }

    /// <summary>The execution hook; the same instance also commits each subscription delivery's reads.</summary>
    public static IGraphQLBuilder UseAccessLog(this IGraphQLBuilder graphql)
    {
        graphql.Services.Register<IConfigureExecution>(provider => provider.GetRequiredService<AuditExecution>(), GraphQL.DI.ServiceLifetime.Singleton);
        return graphql;
    }
}
