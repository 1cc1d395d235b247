using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Audit;
using Hub.Events;
using Hub.Identity;
using Hub.Limits;
using Hub.Organisation;
using Hub.Transport;
using Hub.Transport.WebSockets;

namespace Hub.Schema;

public static class SchemaSetup
{
    /// <summary>
    /// The schema (a singleton) over the transport, and the execution pipeline in the order each
    /// concern needs: limits before execution, the caller known, each field checked by the access
    /// layer, subscriptions delivered as events, and every read logged.
    /// </summary>
    public static IServiceCollection AddHubSchema(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DirectoryLoaders>();
        services.Configure<GraphQLWebSocketOptions>(configuration.GetSection(GraphQLWebSocketOptions.SectionName));
        services.Configure<GraphQLHttpOptions>(configuration.GetSection(GraphQLHttpOptions.SectionName));
        services.AddGraphQL(graphql => graphql
            .AddSchema<HubSchema>()
            .AddGraphTypes(typeof(HubSchema).Assembly)
            .AddGraphQLHttp()
            .UseDocumentCache()
            .UseRequestLimits(maxDepth: 15, maxComplexity: 100_000)
            .UseRootFieldLimit()
            .UseSerialQueries()
            .UseAccessControl()
            .UseEventDelivery()
            .UseCaller()
            .UseAccessLog());
        return services;
    }

    /// <summary>Builds the schema now, so that a broken type fails start-up instead of the first request.</summary>
    public static void InitializeSchema(this IServiceProvider services) =>
        services.GetRequiredService<ISchema>().Initialize();

    /// <summary>No answer of the GraphQL endpoint is cached anywhere, a 401 or 403 before it included; first in the pipeline.</summary>
    public static IApplicationBuilder UseHubNoStore(this IApplicationBuilder app) => app.UseGraphQLNoStore();

    /// <summary>GraphQL over WebSocket at /graphql; the socket authenticates in its <c>connection_init</c>, not by header.</summary>
    public static IApplicationBuilder UseHubWebSockets(this IApplicationBuilder app) => app.UseGraphQLWebSockets("/graphql");

    public static IEndpointConventionBuilder MapHubSchema(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGraphQLHttp("/graphql").RequireAuthorization(IdentitySetup.CallerPolicy);
}
