using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hub.Transport;

/// <summary>Answers one GraphQL-over-HTTP request: negotiate, read, execute, pick the status, write.</summary>
internal sealed partial class GraphQLHttpHandler(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLHttpOptions options,
    ILogger<GraphQLHttpHandler> logger)
{
    private readonly GraphQLHttpRequestReader _reader = new(serializer, options);

    public async Task HandleAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;
        GraphQLNoStoreApplicationBuilderExtensions.MarkNoStore(context.Response);
        try
        {
            await HandleCoreAsync(context, aborted).ConfigureAwait(false);
        }
        catch (Exception exception) when (aborted.IsCancellationRequested && exception is OperationCanceledException or IOException)
        {
            // The client went away: there is nobody to answer, and it is no fault of the server.
            LogClientDisconnected(logger);
        }
    }

    /// <summary>
    /// The status for a GraphQL result. Once execution started it is 200, partial data or not.
    /// Before that, <c>application/json</c> clients get 200 (they read errors from the body) and
    /// <c>application/graphql-response+json</c> clients get 400 for a bad request or 500 for a fault.
    /// </summary>
    internal static int StatusCodeFor(ExecutionResult result, string mediaType)
    {
        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        var errors = result.Errors ?? [];
        if (errors.Any(error => error is BudgetExceededError))
        {
            // Rate limiting is HTTP's business whatever the media type: nothing ran, retry later.
            return StatusCodes.Status429TooManyRequests;
        }

        if (errors.Any(error => error is MutationOverGetError))
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (mediaType == ResponseMediaType.Json)
        {
            return StatusCodes.Status200OK;
        }

        return errors.Any(error => error is UnhandledError or TimeoutError)
            ? StatusCodes.Status500InternalServerError
            : StatusCodes.Status400BadRequest;
    }

    private async Task HandleCoreAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && !options.AllowGet)
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            var error = new TransportError("METHOD_NOT_ALLOWED", "Send GraphQL requests with POST.");
            await WriteAsync(context, StatusCodes.Status405MethodNotAllowed, ResponseMediaType.Json, new ExecutionResult(error)).ConfigureAwait(false);
            return;
        }

        if (ResponseMediaType.Negotiate(request) is not { } mediaType)
        {
            var error = new TransportError("NOT_ACCEPTABLE", "This endpoint answers in JSON only; the Accept header rules out both GraphQL JSON media types.");
            await WriteAsync(context, StatusCodes.Status406NotAcceptable, ResponseMediaType.Json, new ExecutionResult(error)).ConfigureAwait(false);
            return;
        }

        var read = isGet ? _reader.ReadGet(request) : await _reader.ReadPostAsync(request, cancellationToken).ConfigureAwait(false);
        if (read.Request is not { } graphQLRequest)
        {
            await WriteAsync(context, read.StatusCode, mediaType, new ExecutionResult(read.Error!)).ConfigureAwait(false);
            return;
        }

        var result = await ExecuteAsync(context, graphQLRequest, isGet ? HttpOperationRule.Get : HttpOperationRule.Post).ConfigureAwait(false);
        var status = StatusCodeFor(result, mediaType);
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = HttpMethods.Post;
        }
        else if (status == StatusCodes.Status429TooManyRequests)
        {
            var retryAfter = result.Errors!.OfType<BudgetExceededError>().Max(e => e.RetryAfter);
            context.Response.Headers.RetryAfter = BudgetExceededError.RetrySeconds(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await WriteAsync(context, status, mediaType, result).ConfigureAwait(false);
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request, HttpOperationRule methodRule)
    {
        var executionOptions = new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
            ValidationRules = DocumentValidator.CoreRules.Append(methodRule),
            CachedDocumentValidationRules = [methodRule],
            UnhandledExceptionDelegate = LogUnhandledExceptionAsync,
        };

        if (options.ConfigureExecution is { } configure)
        {
            await configure(context, executionOptions).ConfigureAwait(false);
        }

        return await executer.ExecuteAsync(executionOptions).ConfigureAwait(false);
    }

    private Task LogUnhandledExceptionAsync(UnhandledExceptionContext context)
    {
        // The client sees a generic message only, so the log is the one place the cause is kept.
        LogUnhandledException(logger, context.FieldContext?.FieldDefinition.Name ?? "(document)", context.OriginalException);
        return Task.CompletedTask;
    }

    private Task WriteAsync(HttpContext context, int statusCode, string mediaType, ExecutionResult result)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = ResponseMediaType.ContentTypeFor(mediaType);
        return serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL field {Field} failed; the client was sent a generic error")]
    private static partial void LogUnhandledException(ILogger logger, string field, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "GraphQL request abandoned: the client disconnected")]
    private static partial void LogClientDisconnected(ILogger logger);
}
