using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Transport.WebSockets;

/// <summary>
/// One socket speaking <c>graphql-transport-ws</c>: <c>connection_init</c> (authenticated by the
/// host) and <c>connection_ack</c>, then <c>subscribe</c> / <c>next</c> / <c>error</c> /
/// <c>complete</c> per operation id, <c>ping</c> / <c>pong</c> both ways, and the protocol's close
/// codes for every violation. Each operation runs in its own service scope, disposed when the
/// operation ends or the socket goes, so that no subscription outlives its socket.
/// </summary>
internal sealed partial class GraphQLWebSocketConnection(
    HttpContext http,
    WebSocket socket,
    GraphQLWebSocketOptions options,
    GraphQLHttpOptions httpOptions,
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    IGraphQLWebSocketAuthenticator authenticator,
    ILogger logger)
{
    private readonly IGraphQLTextSerializer _serializer = serializer;
    private readonly ConcurrentDictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private readonly SocketWriter _writer = new(socket);
    private readonly CancellationTokenSource _lifetime = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private int _initialised;
    private volatile bool _acknowledged;
    private ClaimsPrincipal? _user;

    public async Task RunAsync()
    {
        var token = _lifetime.Token;
        _writer.Start(token);
        _ = CloseUnlessInitialisedAsync(token);
        if (options.KeepAliveInterval > TimeSpan.Zero)
        {
            _ = KeepAliveAsync(token);
        }

        try
        {
            await ReceiveAsync(token).ConfigureAwait(false);
        }
        finally
        {
            foreach (var id in _operations.Keys)
            {
                await EndAsync(id).ConfigureAwait(false);
            }

            // Whatever is queued (a protocol close among it) goes out before the socket does; a close
            // the client started is answered. The writer ignores this close if one is queued already.
            _writer.Close((int)WebSocketCloseStatus.NormalClosure, "Bye");
            try
            {
                await _writer.Closed.WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
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
        _writer.Close(code, reason);
        _ = _writer.Closed.ContinueWith(_ => _lifetime.CancelAfter(TimeSpan.FromSeconds(2)), TaskScheduler.Default);
    }

    private async Task ReceiveAsync(CancellationToken token)
    {
        // A small buffer per socket: most messages are small, and a large one is assembled in `message`.
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(options.MaxMessageBytes + 1, 4096));
        var message = new ArrayBufferWriter<byte>();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                ValueWebSocketReceiveResult received;
                try
                {
                    received = await socket.ReceiveAsync(buffer.AsMemory(), token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is WebSocketException or OperationCanceledException)
                {
                    return;
                }

                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                if (message.WrittenCount + received.Count > options.MaxMessageBytes)
                {
                    Close(CloseCodes.MessageTooBig, $"Message too big: at most {options.MaxMessageBytes} bytes");
                    return;
                }

                message.Write(buffer.AsSpan(0, received.Count));
                if (!received.EndOfMessage)
                {
                    continue;
                }

                if (received.MessageType != WebSocketMessageType.Text)
                {
                    Close(CloseCodes.BadMessage, "Invalid message received: binary messages are not part of the protocol");
                    return;
                }

                bool keepReading;
                try
                {
                    keepReading = await HandleAsync(message.WrittenMemory).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogMessageFailed(logger, e);
                    Close(CloseCodes.BadMessage, "The message could not be handled");
                    return;
                }

                message.Clear();
                if (!keepReading)
                {
                    return;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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
                _writer.Send(ServerMessage.Pong());
                return true;
            case MessageTypes.Pong:
                return true;
            case MessageTypes.Subscribe:
                return Subscribe(message);
            case MessageTypes.Complete when message.Id is not null:
                await EndAsync(message.Id).ConfigureAwait(false);
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
            LogAuthenticationFailed(logger, e);
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
        _writer.Send(ServerMessage.Ack());
        if (authentication.ExpiresAt is { } expiresAt)
        {
            _ = CloseAtExpiryAsync(expiresAt, _lifetime.Token);
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
            request = _serializer.Deserialize<GraphQLRequest>(payload.GetRawText());
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

        var operation = new Operation(id, CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token));
        if (!_operations.TryAdd(id, operation))
        {
            operation.Cancellation.Dispose();
            Close(CloseCodes.DuplicateOperation, $"Subscriber for {id} already exists");
            return false;
        }

        _ = ExecuteAsync(operation, request);
        return true;
    }

    private async Task ExecuteAsync(Operation operation, GraphQLRequest request)
    {
        try
        {
            operation.Scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var execution = new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = operation.Scope.Value.ServiceProvider,
                User = _user!,
                CancellationToken = operation.Cancellation.Token,
                ValidationRules = DocumentValidator.CoreRules,
                UnhandledExceptionDelegate = LogUnhandledAsync,
            };
            if (httpOptions.ConfigureExecution is { } configure)
            {
                await configure(http, execution).ConfigureAwait(false);
            }

            var result = await executer.ExecuteAsync(execution).ConfigureAwait(false);
            if (operation.Cancellation.IsCancellationRequested)
            {
                return;
            }

            if (result.Streams is { Count: > 0 } streams)
            {
                operation.Attach(streams.Values.First().Subscribe(new StreamObserver(this, operation.Id)));
                return;
            }

            var isSubscription = result.Operation?.Operation == GraphQLParser.AST.OperationType.Subscription;
            if (!result.Executed || (isSubscription && result.Errors is { Count: > 0 }))
            {
                _writer.Send(ServerMessage.Error(operation.Id, _serializer, result));
            }
            else
            {
                _writer.Send(ServerMessage.Next(operation.Id, _serializer, result));
                _writer.Send(ServerMessage.Complete(operation.Id));
            }

            await EndAsync(operation.Id).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (operation.Cancellation.IsCancellationRequested)
        {
            await EndAsync(operation.Id).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // One failed operation must not take the socket, or its other operations, down.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogOperationFailed(logger, exception, operation.Id);
            _writer.Send(ServerMessage.Error(operation.Id, _serializer, new ExecutionResult(new ExecutionError("The operation failed."))));
            await EndAsync(operation.Id).ConfigureAwait(false);
        }
    }

    /// <summary>Ends an operation: its stream unsubscribed, its scope disposed. Idempotent.</summary>
    private async Task EndAsync(string id)
    {
        if (!_operations.TryRemove(id, out var operation))
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

    private async Task CloseUnlessInitialisedAsync(CancellationToken token)
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initialised) == 0)
        {
            Close(CloseCodes.InitTimeout, "Connection initialisation timeout");
        }
    }

    private async Task CloseAtExpiryAsync(DateTimeOffset expiresAt, CancellationToken token)
    {
        var wait = expiresAt - DateTimeOffset.UtcNow;
        try
        {
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        Close(CloseCodes.Forbidden, "Forbidden: the token has expired");
    }

    private async Task KeepAliveAsync(CancellationToken token)
    {
        using var timer = new PeriodicTimer(options.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(token).ConfigureAwait(false))
            {
                _writer.Send(ServerMessage.Ping());
            }
        }
        catch (OperationCanceledException)
        {
            // The socket is gone.
        }
    }

    private Task LogUnhandledAsync(UnhandledExceptionContext context)
    {
        LogOperationFailed(logger, context.OriginalException, context.FieldContext?.FieldDefinition.Name ?? "(document)");
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL WebSocket could not be authenticated: the authenticator failed; the socket was closed with 1011")]
    private static partial void LogAuthenticationFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL WebSocket message could not be handled; the socket was closed")]
    private static partial void LogMessageFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL WebSocket operation {Operation} failed; the client was sent a generic error")]
    private static partial void LogOperationFailed(ILogger logger, Exception exception, string operation);

    /// <summary>Forwards a subscription's results: each as <c>next</c>; a failure as <c>error</c>; the end as <c>complete</c>.</summary>
    private sealed class StreamObserver(GraphQLWebSocketConnection connection, string id) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => connection._writer.Send(ServerMessage.Next(id, connection._serializer, value));

        public void OnError(Exception error)
        {
            var failure = error as ExecutionError ?? new ExecutionError("The event stream failed.");
            connection._writer.Send(ServerMessage.Error(id, connection._serializer, new ExecutionResult(failure)));
            _ = connection.EndAsync(id);
        }

        public void OnCompleted()
        {
            connection._writer.Send(ServerMessage.Complete(id));
            _ = connection.EndAsync(id);
        }
    }

    private sealed class Operation(string id, CancellationTokenSource cancellation)
    {
        public string Id => id;

        public CancellationTokenSource Cancellation => cancellation;

        private IDisposable? _subscription;
        private int _ended;

        public AsyncServiceScope? Scope { get; set; }

        /// <summary>
        /// Keeps the stream's subscription; if the operation ended while it was being set up (the
        /// socket closed, say), it is disposed at once instead of running on with nobody to end it.
        /// </summary>
        public void Attach(IDisposable subscription)
        {
            Interlocked.Exchange(ref _subscription, subscription);
            if (Volatile.Read(ref _ended) == 1)
            {
                Interlocked.Exchange(ref _subscription, null)?.Dispose();
            }
        }

        /// <summary>Disposes the stream's subscription, now or as soon as it is attached; once.</summary>
        public void End()
        {
            Interlocked.Exchange(ref _ended, 1);
            Interlocked.Exchange(ref _subscription, null)?.Dispose();
        }
    }
}
