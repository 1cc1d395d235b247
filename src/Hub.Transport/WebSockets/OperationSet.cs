using System.Collections.Concurrent;
using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hub.Transport.WebSockets;

/// <summary>
/// The operations running on one socket, by id, and what they run with. An operation is ended
/// once, whichever comes first: the client's <c>complete</c>, its own end, or the socket's.
/// </summary>
internal sealed class OperationSet(
    HttpContext http,
    SocketWriter writer,
    GraphQLHttpOptions httpOptions,
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    ILogger logger)
{
    private readonly ConcurrentDictionary<string, Operation> _running = new(StringComparer.Ordinal);

    public HttpContext Http => http;

    public SocketWriter Writer => writer;

    public GraphQLHttpOptions HttpOptions => httpOptions;

    public IDocumentExecuter<ISchema> Executer => executer;

    public IGraphQLTextSerializer Serializer => serializer;

    public ILogger Logger => logger;

    public int Count => _running.Count;

    /// <summary>Starts an operation under the socket's lifetime; false when its id is already running.</summary>
    public bool TryStart(string id, GraphQLRequest request, ClaimsPrincipal user, CancellationToken lifetime)
    {
        var operation = new Operation(this, id, user, CancellationTokenSource.CreateLinkedTokenSource(lifetime));
        if (!_running.TryAdd(id, operation))
        {
            operation.Cancellation.Dispose();
            return false;
        }

        _ = operation.RunAsync(request);
        return true;
    }

    /// <summary>Ends an operation: its stream unsubscribed, its scope disposed. Idempotent.</summary>
    public async Task EndAsync(string id)
    {
        if (!_running.TryRemove(id, out var operation))
        {
            return;
        }

        await operation.Cancellation.CancelAsync().ConfigureAwait(false);
        operation.End();
        if (operation.Scope is { } scope)
        {
            await scope.DisposeAsync().ConfigureAwait(false);
        }

        operation.Cancellation.Dispose();
    }

    /// <summary>Ends every operation still running, when the socket goes.</summary>
    public async Task EndAllAsync()
    {
        foreach (var id in _running.Keys)
        {
            await EndAsync(id).ConfigureAwait(false);
        }
    }
}
