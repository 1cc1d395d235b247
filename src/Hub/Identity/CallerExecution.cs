using GraphQL;
using GraphQL.DI;

namespace Hub.Identity;

/// <summary>
/// Makes sure every execution has its caller: an HTTP request's was resolved by the authorization
/// policy; a WebSocket operation's is resolved here, from the user its <c>connection_init</c> proved.
/// </summary>
internal sealed class CallerExecution : IConfigureExecution
{
    public const string ForbiddenCode = "FORBIDDEN";

    /// <summary>Before the access log's hook, which needs the caller.</summary>
    public float SortOrder => 5;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var callers = options.RequestServices?.GetService<CallerContext>();
        if (callers is not null && !await callers.ResolveAnyAsync(options.User ?? new System.Security.Claims.ClaimsPrincipal(), options.CancellationToken))
        {
            return new ExecutionResult(callers.PurposeRefusal is { } purpose
                ? new ExecutionError(purpose) { Code = AuthFailureResponses.PurposeNotPermitted }
                : new ExecutionError("The token does not describe a caller the hub knows.") { Code = ForbiddenCode });
        }

        return await next(options);
    }
}
