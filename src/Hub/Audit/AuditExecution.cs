using GraphQL;
using GraphQL.DI;
using Hub.Access;
using Hub.Data;

namespace Hub.Audit;

/// <summary>
/// Wraps every GraphQL execution: what it read is committed to the access log before the result
/// leaves the hub. If the log cannot be written, the caller gets an error and no data.
/// </summary>
internal sealed class AuditExecution(AccessLogWriter writer, HubClock clock) : IConfigureExecution
{
    public const string UnavailableCode = "ACCESS_LOG_UNAVAILABLE";

    /// <summary>Outermost, so that nothing after it can add data the log did not see.</summary>
    public float SortOrder => 10;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var result = await next(options);
        var services = options.RequestServices;
        var recorder = services?.GetService<AccessRecorder>();
        if (recorder is null || recorder.IsEmpty)
        {
            return result;
        }

        var caller = services!.GetRequiredService<CallerContext>().Current;
        var operation = options.OperationName ?? result.Operation?.Name?.StringValue ?? result.Operation?.Operation.ToString().ToLowerInvariant() ?? "query";
        try
        {
            await writer.AppendAsync(recorder.ToEntries(caller, operation, clock.UtcNow));
            return result;
        }
#pragma warning disable CA1031 // Whatever failed, the answer is the same: no personal data without a log row.
        catch (Exception)
#pragma warning restore CA1031
        {
            return new ExecutionResult(new ExecutionError("The access log could not be written, so no personal data is returned. Try again later.")
            {
                Code = UnavailableCode,
            })
            {
                Executed = true,
            };
        }
    }
}
