using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Transport;

public static class GraphQLHttpEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL over HTTP (GET and POST) at <paramref name="pattern"/>. Needs
    /// <c>AddGraphQL(b => b.AddSchema&lt;T&gt;().AddGraphQLHttp())</c>; chain
    /// <c>.RequireAuthorization(policy)</c> on the result to guard it. Every answer it writes carries
    /// <c>Cache-Control: no-store</c>; <c>UseGraphQLNoStore()</c> extends that to answers written before it.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        // Resolved once here, so that a missing registration fails at start-up, not on the first request.
        var services = endpoints.ServiceProvider;
        var handler = new GraphQLHttpHandler(
            services.GetRequiredService<IDocumentExecuter<ISchema>>(),
            services.GetRequiredService<IGraphQLTextSerializer>(),
            services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value,
            services.GetRequiredService<ILogger<GraphQLHttpHandler>>());

        RequestDelegate handle = handler.HandleAsync;
        return endpoints
            .MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], handle)
            .WithMetadata(GraphQLHttpEndpointMetadata.Instance)
            .WithDisplayName("GraphQL over HTTP " + pattern);
    }
}
