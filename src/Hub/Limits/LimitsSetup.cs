using GraphQL;
using GraphQL.DI;

namespace Hub.Limits;

public static class LimitsSetup
{
    /// <summary>The hub's limits per caller.</summary>
    public static IServiceCollection AddHubLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LimitsOptions>(configuration.GetSection(LimitsOptions.Section));
        return services;
    }

    public static IGraphQLBuilder UseRootFieldLimit(this IGraphQLBuilder graphql) =>
        graphql.AddValidationRule<RootFieldLimitRule>();
}
