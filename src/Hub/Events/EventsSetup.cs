using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Hub.Changes;

namespace Hub.Events;

public static class EventsSetup
{
    /// <summary>The in-process bus, the outbox publisher (a hosted service) and the subscription strategy.</summary>
    public static IServiceCollection AddHubEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EventOptions>(configuration.GetSection(EventOptions.Section));
        services.AddSingleton<ChangeSignal>();
        services.AddSingleton<EventBus>();
        services.AddSingleton<EventCursor>();
        services.AddSingleton<DeliveryChecks>();
        services.AddSingleton<OutboxPublisher>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxPublisher>());
        return services;
    }

    public static IGraphQLBuilder UseEventDelivery(this IGraphQLBuilder graphql) =>
        graphql.AddExecutionStrategy(new EventDeliveryStrategy(), OperationType.Subscription);
}
