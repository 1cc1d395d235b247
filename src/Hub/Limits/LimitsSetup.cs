using GraphQL;
using GraphQL.DI;
using Hub.Transport;

namespace Hub.Limits;

public static class LimitsSetup
{
    /// <summary>The per-caller budget (the transport charges it), the subscription quota and the root-field limit.</summary>
    public static IServiceCollection AddHubLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LimitsOptions>(configuration.GetSection(LimitsOptions.Section));
        services.AddSingleton<CallerBudget>();
        services.AddSingleton<IRequestBudget>(provider => provider.GetRequiredService<CallerBudget>());
        services.AddSingleton<SubscriptionQuota>();
        services.AddScoped<SubscriptionSlot>();
        return services;
    }

    public static IGraphQLBuilder UseRootFieldLimit(this IGraphQLBuilder graphql) =>
        graphql.AddValidationRule<RootFieldLimitRule>();
}
