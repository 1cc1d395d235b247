using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Hub.Transport;

/// <summary>
/// Marks a GraphQL endpoint. Its responses carry <c>Cache-Control: no-store</c>, so that no browser,
/// proxy or gateway keeps a copy of what one caller was answered and hands it to the next.
/// </summary>
public sealed class GraphQLHttpEndpointMetadata
{
    public static GraphQLHttpEndpointMetadata Instance { get; } = new();

    private GraphQLHttpEndpointMetadata()
    {
    }
}

public static class GraphQLNoStoreApplicationBuilderExtensions
{
    public const string NoStore = "no-store";

    /// <summary>
    /// <c>Cache-Control: no-store</c> on every response to a GraphQL endpoint, whatever writes it and
    /// with whatever status: the endpoint itself, and the middleware that answers before it
    /// (authentication, authorization, limits). Put it before them.
    /// </summary>
    public static IApplicationBuilder UseGraphQLNoStore(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<GraphQLHttpEndpointMetadata>() is not null)
            {
                MarkNoStore(context.Response);
            }

            return next(context);
        });
    }

    /// <summary>Sets the header now and again just before the headers leave, in case anything in between replaced it.</summary>
    internal static void MarkNoStore(HttpResponse response)
    {
        response.Headers.CacheControl = NoStore;
        response.OnStarting(static state =>
        {
            ((HttpResponse)state).Headers.CacheControl = NoStore;
            return Task.CompletedTask;
        }, response);
    }
}
