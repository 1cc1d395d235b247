namespace Hub.SchoolYears;

public static class SchoolYearSetup
{
    /// <summary>The school-year rollover and the hosted job that makes it when a school year begins.</summary>
    public static IServiceCollection AddHubSchoolYear(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchoolYearOptions>().Bind(configuration.GetSection(SchoolYearOptions.Section))
            .Validate(o => o.CheckInterval > TimeSpan.Zero, $"{SchoolYearOptions.Section}:{nameof(SchoolYearOptions.CheckInterval)} must be positive.")
            .ValidateOnStart();
        services.AddScoped<SchoolYearChange>();
        services.AddSingleton<SchoolYearJob>();
        services.AddHostedService(provider => provider.GetRequiredService<SchoolYearJob>());
        return services;
    }
}
