using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Transport.WebSockets;

/// <summary>
/// One operation of a socket, from <c>subscribe</c> to its end, in its own service scope: a query or
/// mutation is answered with <c>next</c> and <c>complete</c> (or <c>error</c>); a subscription's
/// stream is forwarded until it completes, fails or the operation is ended.
/// </summary>
internal sealed class Operation(OperationSet set, string id, ClaimsPrincipal user, CancellationTokenSource cancellation)
{
    private IDisposable? _subscription;
    private int _ended;

    public string Id => id;

    public CancellationTokenSource Cancellation => cancellation;

    public AsyncServiceScope? Scope { get; private set; }

    public async Task RunAsync(GraphQLRequest request)
    {
        try
        {
            Scope = set.Http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var execution = new ExecutionOptions
            {
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = Scope.Value.ServiceProvider,
                User = user,
                CancellationToken = cancellation.Token,
                ValidationRules = DocumentValidator.CoreRules,
                UnhandledExceptionDelegate = LogUnhandledAsync,
            };
            if (set.HttpOptions.ConfigureExecution is { } configure)
            {
                await configure(set.Http, execution).ConfigureAwait(false);
            }

            var result = await set.Executer.ExecuteAsync(execution).ConfigureAwait(false);
            if (cancellation.IsCancellationRequested)
            {
                return;
            }

            if (result.Streams is { Count: > 0 } streams)
            {
                Attach(streams.Values.First().Subscribe(new StreamObserver(set, id)));
                return;
            }

            var isSubscription = result.Operation?.Operation == GraphQLParser.AST.OperationType.Subscription;
            if (!result.Executed || (isSubscription && result.Errors is { Count: > 0 }))
            {
                set.Writer.Send(ServerMessage.Error(id, set.Serializer, result));
            }
            else
            {
                set.Writer.Send(ServerMessage.Next(id, set.Serializer, result));
                set.Writer.Send(ServerMessage.Complete(id));
            }

            await set.EndAsync(id).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await set.EndAsync(id).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // One failed operation must not take the socket, or its other operations, down.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            WebSocketLog.LogOperationFailed(set.Logger, exception, id);
            set.Writer.Send(ServerMessage.Error(id, set.Serializer, new ExecutionResult(new ExecutionError("The operation failed."))));
            await set.EndAsync(id).ConfigureAwait(false);
        }
    }

    /// <summary>Disposes the stream's subscription, now or as soon as it is attached; once.</summary>
    public void End()
    {
        Interlocked.Exchange(ref _ended, 1);
        Interlocked.Exchange(ref _subscription, null)?.Dispose();
    }

    /// <summary>
    /// Keeps the stream's subscription; if the operation ended while it was being set up (the
    /// socket closed, say), it is disposed at once instead of running on with nobody to end it.
    /// </summary>
    private void Attach(IDisposable subscription)
    {
        Interlocked.Exchange(ref _subscription, subscription);
        if (Volatile.Read(ref _ended) == 1)
        {
            Interlocked.Exchange(ref _subscription, null)?.Dispose();
        }
    }

    private Task LogUnhandledAsync(UnhandledExceptionContext context)
    {
        WebSocketLog.LogOperationFailed(set.Logger, context.OriginalException, context.FieldContext?.FieldDefinition.Name ?? "(document)");
        return Task.CompletedTask;
    }

    /// <summary>Forwards a subscription's results: each as <c>next</c>; a failure as <c>error</c>; the end as <c>complete</c>.</summary>
    private sealed class StreamObserver(OperationSet set, string id) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => set.Writer.Send(ServerMessage.Next(id, set.Serializer, value));

        public void OnError(Exception error)
        {
            var failure = error as ExecutionError ?? new ExecutionError("The event stream failed.");
            set.Writer.Send(ServerMessage.Error(id, set.Serializer, new ExecutionResult(failure)));
            _ = set.EndAsync(id);
        }

        public void OnCompleted()
        {
            set.Writer.Send(ServerMessage.Complete(id));
            _ = set.EndAsync(id);
        }
    }
}
