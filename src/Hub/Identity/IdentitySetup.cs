using GraphQL;
using GraphQL.DI;
using Hub.Transport.WebSockets;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Identity;

public static class IdentitySetup
{
    /// <summary>The policy every GraphQL request must meet: a valid token naming a known unit, agency and role.</summary>
    public const string CallerPolicy = "HubCaller";

    /// <summary>
    /// JWT bearer on every request. Outside Development tokens come from the configured authority;
    /// in Development the hub also accepts the tokens it signs for the demo personas.
    /// </summary>
    public static IServiceCollection AddHubIdentity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<HubIdentityOptions>(configuration.GetSection(HubIdentityOptions.Section));
        var options = configuration.GetSection(HubIdentityOptions.Section).Get<HubIdentityOptions>() ?? new HubIdentityOptions();
        if (!environment.IsDevelopment() && string.IsNullOrWhiteSpace(options.Authority))
        {
            throw new InvalidOperationException(
                $"Set {HubIdentityOptions.Section}:Authority to the token issuer (or run with ASPNETCORE_ENVIRONMENT=Development to use the demo personas).");
        }

        RequireHttpsAuthority(options);
        services.AddSingleton<DevelopmentTokenIssuer>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IServiceProvider>((jwt, provider) => ConfigureJwt(jwt, options, environment, provider));
        services.AddScoped<IAuthorizationHandler, CallerRequirementHandler>();
        services.AddAuthorizationBuilder().AddPolicy(CallerPolicy, policy =>
            policy.RequireAuthenticatedUser().AddRequirements(new CallerRequirement()));
        services.AddHttpContextAccessor();
        services.AddSingleton<UnitDirectory>();
        services.AddScoped<CallerContext>();
        services.AddSingleton<IGraphQLWebSocketAuthenticator, HubWebSocketAuthenticator>();
        return services;
    }

    /// <summary>Each GraphQL execution knows its caller, from the request's token or the socket's.</summary>
    public static IGraphQLBuilder UseCaller(this IGraphQLBuilder graphql) => graphql.ConfigureExecution<CallerExecution>();

    /// <summary>
    /// An authority must be an absolute https address: signing keys fetched over plain http could be
    /// swapped on the way. The JWT handler would otherwise refuse only at the first request, and every
    /// request after it, with an empty 500. Only a local test issuer may be plain http, by turning
    /// <c>RequireHttpsMetadata</c> off explicitly.
    /// </summary>
    private static void RequireHttpsAuthority(HubIdentityOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Authority))
        {
            return;
        }

        var key = $"{HubIdentityOptions.Section}:{nameof(HubIdentityOptions.Authority)}";
        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && authority.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException($"{key} must be the token issuer's absolute https:// address; '{options.Authority}' is not.");
        }

        if (authority.Scheme != Uri.UriSchemeHttps && options.RequireHttpsMetadata)
        {
            throw new InvalidOperationException(
                $"{key} must use https:// ('{options.Authority}' does not): the hub fetches the issuer's signing keys from it. "
                + $"Only for a local test issuer set {HubIdentityOptions.Section}:{nameof(HubIdentityOptions.RequireHttpsMetadata)}=false.");
        }
    }

    private static void ConfigureJwt(JwtBearerOptions jwt, HubIdentityOptions options, IHostEnvironment environment, IServiceProvider provider)
    {
        jwt.MapInboundClaims = false;
        jwt.Events = AuthFailureResponses.Events;
        jwt.Authority = options.Authority;
        jwt.Audience = options.Audience;
        jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
        jwt.TokenValidationParameters.ValidAudience = options.Audience;
        jwt.TokenValidationParameters.NameClaimType = HubClaims.Name;
        jwt.TokenValidationParameters.RoleClaimType = HubClaims.Role;
        jwt.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
        if (environment.IsDevelopment())
        {
            var issuer = provider.GetRequiredService<DevelopmentTokenIssuer>();
            jwt.TokenValidationParameters.IssuerSigningKeys = [issuer.SigningKey];
            jwt.TokenValidationParameters.ValidIssuers = options.Authority is null ? [DevelopmentTokenIssuer.Issuer] : [DevelopmentTokenIssuer.Issuer, options.Authority];
        }
    }
}

/// <summary>The token must describe a caller the hub knows (unit in the directory, agency and role that fit) or a family member.</summary>
public sealed class CallerRequirement : IAuthorizationRequirement;

internal sealed class CallerRequirementHandler(CallerContext callers) : AuthorizationHandler<CallerRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CallerRequirement requirement)
    {
        if (await callers.ResolveAnyAsync(context.User, CancellationToken.None))
        {
            context.Succeed(requirement);
        }
    }
}
