using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Transport.WebSockets;

public static class GraphQLWebSocketApplicationBuilderExtensions
{
    /// <summary>The one sub-protocol served.</summary>
    public const string SubProtocol = "graphql-transport-ws";

    /// <summary>
    /// Serves <c>graphql-transport-ws</c> on WebSocket requests to <paramref name="path"/>; other
    /// requests pass on. Authentication happens in <c>connection_init</c> through the registered
    /// <see cref="IGraphQLWebSocketAuthenticator"/>, so place this before endpoint authorization.
    /// </summary>
    public static IApplicationBuilder UseGraphQLWebSockets(this IApplicationBuilder app, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(app);
        var services = app.ApplicationServices;
        var executer = services.GetRequiredService<IDocumentExecuter<ISchema>>();
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var authenticator = services.GetRequiredService<IGraphQLWebSocketAuthenticator>();
        var options = services.GetRequiredService<IOptions<GraphQLWebSocketOptions>>().Value;
        var httpOptions = services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Hub.Transport.WebSockets");

        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        return app.Use(async (context, next) =>
        {
            if (!context.WebSockets.IsWebSocketRequest || !context.Request.Path.Equals(path, StringComparison.Ordinal))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var offered = context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol);
            using var socket = await context.WebSockets.AcceptWebSocketAsync(offered ? SubProtocol : null).ConfigureAwait(false);
            if (!offered)
            {
                await socket.CloseOutputAsync((System.Net.WebSockets.WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable,
                    "Subprotocol not acceptable", context.RequestAborted).ConfigureAwait(false);
                return;
            }

            var connection = new GraphQLWebSocketConnection(context, socket, new SocketWriter(socket), options, httpOptions, executer, serializer, authenticator, logger);
            await connection.RunAsync().ConfigureAwait(false);
        });
    }
}
