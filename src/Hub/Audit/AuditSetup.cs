using GraphQL;
using GraphQL.DI;

namespace Hub.Audit;

public static class AuditSetup
{
    /// <summary>The access log: a recorder per request, one group-committing writer, and the execution hook.</summary>
    public static IServiceCollection AddHubAudit(this IServiceCollection services)
    {
        services.AddScoped<AccessRecorder>();
        services.AddSingleton<IAccessLogStore, AccessLogStore>();
        services.AddSingleton<AccessLogWriter>();
        return services;
    }

    public static IGraphQLBuilder UseAccessLog(this IGraphQLBuilder graphql) =>
        graphql.ConfigureExecution<AuditExecution>();
}
