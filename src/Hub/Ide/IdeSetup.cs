using GraphQL.Types;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Hub.Ide;

/// <summary>
/// The hub's pages for people: Banana Cake Pop at <c>/graphql</c>, the start page, the schema file
/// and, in Development, the persona page. None of them opens data: that still takes a token.
/// </summary>
public static partial class IdeSetup
{
    public static IServiceCollection AddHubIde(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IdeOptions>(configuration.GetSection(IdeOptions.Section));
        services.AddSingleton(provider => new SchemaFile(provider.GetRequiredService<ISchema>()));
        return services;
    }

    /// <summary>
    /// Call before authentication. A browser's GET of <c>/graphql</c> gets the IDE's page and its
    /// files under <c>/graphql/</c> are served as they are (when the IDE is enabled); GraphQL
    /// requests pass on to the endpoint. Maps the start page, the schema file and the persona page.
    /// </summary>
    public static WebApplication UseHubPages(this WebApplication app)
    {
        var development = app.Environment.IsDevelopment();
        var ide = app.Services.GetRequiredService<IOptions<IdeOptions>>().Value.IsEnabled(app.Environment) && UseIde(app, development);
        app.MapGet("/", (HttpContext context) => StartPage.WriteAsync(context, ide, development)).AllowAnonymous();
        app.MapGet(SchemaFile.Path, (SchemaFile file) => file.Get()).AllowAnonymous();
        if (development)
        {
            app.MapGet(PersonaPage.Path, PersonaPage.WriteAsync).AllowAnonymous();
            app.MapGet(PersonaPage.Path + "/{name}/token", PersonaPage.Token).AllowAnonymous();
        }

        return app;
    }

    private static bool UseIde(WebApplication app, bool development)
    {
        if (IdeApp.Load(AppContext.BaseDirectory) is not { } ide)
        {
            LogIdeFilesMissing(app.Logger);
            return false;
        }

        app.Use(next => context => IdeApp.IsBrowserRequest(context.Request) ? ide.WriteIndexAsync(context) : next(context));
        app.Use(next => context => IsConfigRequest(context.Request) ? WriteConfigAsync(context, development) : next(context));
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = IdeApp.Path,
            FileProvider = new PhysicalFileProvider(ide.FilesFolder),
            // The folder holds only the files the build chose; the licence has no extension.
            ServeUnknownFileTypes = true,
            DefaultContentType = "text/plain; charset=utf-8",
        });
        return true;
    }

    private static bool IsConfigRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Path.Equals(IdeApp.Path + "/bcp-config.json", StringComparison.OrdinalIgnoreCase);

    private static Task WriteConfigAsync(HttpContext context, bool development)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.WriteAsync(IdeConfig.For(context.Request, development), context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The IDE is enabled but its files are not beside the hub (ide/): build the hub where npm is available.")]
    private static partial void LogIdeFilesMissing(ILogger logger);
}
