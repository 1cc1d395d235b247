using GraphQL;
using GraphQL.DI;

namespace Hub.Access;

public static class AccessSetup
{
    /// <summary>The one door to personal data, per request: the caller's decisions, the filtered sets and their batch loaders.</summary>
    public static IServiceCollection AddHubAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccessOptions>().Bind(configuration.GetSection(AccessOptions.Section))
            .Validate(o => o.EmergencyReviewDays is >= 1 and <= 365, $"{AccessOptions.Section}:{nameof(AccessOptions.EmergencyReviewDays)} must be 1–365.")
            .ValidateOnStart();
        services.AddScoped<PersonalData>();
        services.AddScoped<AccessDecisions>();
        services.AddScoped<Loaders>();
        services.AddScoped<ChangeStore>();
        services.AddScoped<IdentityNumbers>();
        services.AddScoped<OversightData>();
        services.AddScoped<FamilyData>();
        services.AddScoped<SchoolYearData>();
        return services;
    }

    /// <summary>Every field is checked against its data category before it resolves.</summary>
    public static IGraphQLBuilder UseAccessControl(this IGraphQLBuilder graphql) => graphql.UseMiddleware<AccessFieldMiddleware>();
}
