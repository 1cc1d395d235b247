using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hub.Transport.WebSockets;

/// <summary>
/// One socket speaking <c>graphql-transport-ws</c>: <c>connection_init</c> (authenticated by the
/// host) and <c>connection_ack</c>, then <c>subscribe</c> / <c>next</c> / <c>error</c> /
/// <c>complete</c> per operation id, <c>ping</c> / <c>pong</c> both ways, and the protocol's close
/// codes for every violation. Each operation runs in its own service scope, disposed when the
/// operation ends or the socket goes, so that no subscription outlives its socket.
/// </summary>
internal sealed class GraphQLWebSocketConnection(
    HttpContext http,
    WebSocket socket,
    SocketWriter writer,
    GraphQLWebSocketOptions options,
    GraphQLHttpOptions httpOptions,
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    IGraphQLWebSocketAuthenticator authenticator,
    ILogger logger)
{
    private readonly SocketReader _reader = new(socket, options, logger);
    private readonly ConnectionTimers _timers = new(options, writer);
    private readonly OperationSet _operations = new(http, writer, httpOptions, executer, serializer, logger);
    private readonly CancellationTokenSource _lifetime = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private int _initialised;
    private volatile bool _acknowledged;
    private ClaimsPrincipal? _user;

    public async Task RunAsync()
    {
        var token = _lifetime.Token;
        writer.Start(token);
        _timers.Start(() => Volatile.Read(ref _initialised) != 0, Close, token);
        try
        {
            await _reader.ReadAsync(HandleAsync, Close, token).ConfigureAwait(false);
        }
        finally
        {
            await _operations.EndAllAsync().ConfigureAwait(false);

            // Whatever is queued (a protocol close among it) goes out before the socket does; a close
            // the client started is answered. The writer ignores this close if one is queued already.
            writer.Close((int)WebSocketCloseStatus.NormalClosure, "Bye");
            try
            {
                await writer.Closed.WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // A client that stopped reading: the socket is dropped.
            }

            await _lifetime.CancelAsync().ConfigureAwait(false);
            _lifetime.Dispose();
        }
    }

    /// <summary>Sends a close frame after what is queued, then stops reading.</summary>
    private void Close(int code, string reason)
    {
        writer.Close(code, reason);
        _ = writer.Closed.ContinueWith(_ => _lifetime.CancelAfter(TimeSpan.FromSeconds(2)), TaskScheduler.Default);
    }

    /// <summary>Handles one message; false when the socket is being closed.</summary>
    private async Task<bool> HandleAsync(ReadOnlyMemory<byte> text)
    {
        if (!ClientMessage.TryParse(text, out var message))
        {
            Close(CloseCodes.BadMessage, "Invalid message received");
            return false;
        }

        switch (message.Type)
        {
            case MessageTypes.ConnectionInit:
                return await InitialiseAsync(message.Payload).ConfigureAwait(false);
            case MessageTypes.Ping:
                writer.Send(ServerMessage.Pong());
                return true;
            case MessageTypes.Pong:
                return true;
            case MessageTypes.Subscribe:
                return Subscribe(message);
            case MessageTypes.Complete when message.Id is not null:
                await _operations.EndAsync(message.Id).ConfigureAwait(false);
                return true;
            default:
                Close(CloseCodes.BadMessage, "Invalid message received");
                return false;
        }
    }

    private async Task<bool> InitialiseAsync(JsonElement? payload)
    {
        if (Interlocked.Exchange(ref _initialised, 1) == 1)
        {
            Close(CloseCodes.TooManyInitialisations, "Too many initialisation requests");
            return false;
        }

        WebSocketAuthentication authentication;
        try
        {
            authentication = await authenticator.AuthenticateAsync(http, payload, _lifetime.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not the client's message at fault (4400) nor its credentials (4403): they could not be checked.
            WebSocketLog.LogAuthenticationFailed(logger, e);
            Close(CloseCodes.InternalError, "The credentials could not be checked; try again later");
            return false;
        }

        if (authentication.User is null)
        {
            Close(CloseCodes.Forbidden, "Forbidden");
            return false;
        }

        _user = authentication.User;
        http.User = authentication.User;
        _acknowledged = true;
        writer.Send(ServerMessage.Ack());
        if (authentication.ExpiresAt is { } expiresAt)
        {
            ConnectionTimers.CloseAtExpiry(expiresAt, Close, _lifetime.Token);
        }

        return true;
    }

    private bool Subscribe(ClientMessage message)
    {
        if (!_acknowledged)
        {
            Close(CloseCodes.Unauthorized, "Unauthorized");
            return false;
        }

        if (message.Id is not { Length: > 0 } id || message.Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            Close(CloseCodes.BadMessage, "Invalid message received: subscribe needs an id and a payload");
            return false;
        }

        GraphQLRequest? request;
        try
        {
            request = serializer.Deserialize<GraphQLRequest>(payload.GetRawText());
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            request = null;
        }

        if (request?.Query is not { Length: > 0 } || request.Query.Length > httpOptions.MaxQueryLength)
        {
            Close(CloseCodes.BadMessage, "Invalid message received: the payload needs a query");
            return false;
        }

        if (_operations.Count >= options.MaxOperationsPerSocket)
        {
            Close(CloseCodes.BadMessage, $"Too many operations: at most {options.MaxOperationsPerSocket} per socket");
            return false;
        }

        if (!_operations.TryStart(id, request, _user!, _lifetime.Token))
        {
            Close(CloseCodes.DuplicateOperation, $"Subscriber for {id} already exists");
            return false;
        }

        return true;
    }
}
