using GraphQL;
using GraphQL.DI;
using Hub.Transport.WebSockets;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Transport.Tests.Support;

/// <summary>What a test may change about the host before it starts.</summary>
internal sealed class TestAppOptions
{
    /// <summary>Configuration keys, as appsettings would give them (e.g. "GraphQLHttp:AllowGet").</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public Action<GraphQLHttpOptions>? Http { get; set; }

    public Action<IGraphQLBuilder>? GraphQL { get; set; }

    /// <summary>Middleware that runs before authentication and the endpoints.</summary>
    public Action<WebApplication>? Pipeline { get; set; }

    /// <summary>
    /// Kestrel on a free loopback port instead of the in-memory server: the WebSocket tests need a
    /// real socket (its close handshake, frames and codes), which the in-memory server only imitates.
    /// </summary>
    public bool RealSocket { get; set; }
}

/// <summary>
/// A real ASP.NET Core host on the in-memory test server, wired the way a service would wire the
/// transport: <c>/graphql</c> open, <c>/secure/graphql</c> behind an authorization policy, and
/// <c>graphql-transport-ws</c> on <c>/graphql</c>.
/// </summary>
internal sealed class TestApp : IAsyncDisposable
{
    public const string SecurePath = "/secure/graphql";

    private readonly WebApplication _app;

    private TestApp(WebApplication app, CapturingLoggerProvider logs, bool realSocket)
    {
        _app = app;
        Logs = logs;
        if (realSocket)
        {
            var address = new Uri(app.Urls.First());
            Client = new HttpClient { BaseAddress = address };
            SocketUri = new UriBuilder(address) { Scheme = "ws", Path = "/graphql" }.Uri;
        }
        else
        {
            Client = app.GetTestClient();
        }
    }

    public HttpClient Client { get; }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>ws://127.0.0.1:PORT/graphql, when the app runs on a real socket.</summary>
    public Uri? SocketUri { get; }

    public static async Task<TestApp> StartAsync(Action<TestAppOptions>? configure = null)
    {
        var options = new TestAppOptions();
        configure?.Invoke(options);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        if (options.RealSocket)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Configuration.AddInMemoryCollection(options.Settings);

        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);

        builder.Services.AddSingleton<Counter>();
        builder.Services.AddSingleton<SlowFieldProbe>();
        builder.Services.AddSingleton<TestEvents>();
        builder.Services.AddGraphQL(graphQL =>
        {
            graphQL
                .AddSchema<TestSchema>()
                .AddGraphTypes(typeof(TestSchema).Assembly)
                .AddGraphQLHttp()
                .UseDocumentCache(maxEntries: 100)
                .UseRequestLimits(maxDepth: 5, maxComplexity: 50, maxParserDepth: 40)
                .UseSerialQueries();
            options.GraphQL?.Invoke(graphQL);
        });
        builder.Services.Configure<GraphQLHttpOptions>(builder.Configuration.GetSection(GraphQLHttpOptions.SectionName));
        builder.Services.Configure<GraphQLHttpOptions>(http => options.Http?.Invoke(http));
        builder.Services.Configure<GraphQLWebSocketOptions>(builder.Configuration.GetSection(GraphQLWebSocketOptions.SectionName));
        builder.Services.AddSingleton<IGraphQLWebSocketAuthenticator, TestWebSocketAuthenticator>();

        builder.Services
            .AddAuthentication(TestAuthHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, null);
        builder.Services.AddAuthorization(authorization =>
            authorization.AddPolicy(TestAuthHandler.Policy, policy => policy.RequireClaim("scope", "graphql")));

        var app = builder.Build();
        app.UseGraphQLNoStore();
        options.Pipeline?.Invoke(app);
        app.UseGraphQLWebSockets();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGraphQLHttp();
        app.MapGraphQLHttp(SecurePath).RequireAuthorization(TestAuthHandler.Policy);

        await app.StartAsync();
        return new TestApp(app, logs, options.RealSocket);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
