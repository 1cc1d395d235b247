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
        services.AddSingleton<AccessLogSwitch>();
        services.AddSingleton<ChainHeadFile>();
        services.AddSingleton<IAccessLogStore, AccessLogStore>();
        services.AddSingleton<AccessLogWriter>();
        return services;
    }

    public static IGraphQLBuilder UseAccessLog(this IGraphQLBuilder graphql) =>
        graphql.ConfigureExecution<AuditExecution>();
}
