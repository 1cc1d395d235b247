using GraphQL;
using GraphQL.DI;
using Hub.Access;
using Hub.Data;
using Hub.Identity;
using Hub.Records;

namespace Hub.Audit;

/// <summary>
/// Wraps every GraphQL execution: what it read is committed to the access log before the result
/// leaves the hub. If the log cannot be written, the caller gets an error and no data.
/// </summary>
internal sealed partial class AuditExecution(AccessLogWriter writer, AccessLogSwitch logSwitch, HubClock clock, ILogger<AuditExecution> log) : IConfigureExecution
{
    public const string UnavailableCode = "ACCESS_LOG_UNAVAILABLE";

    /// <summary>Outermost, so that nothing after it can add data the log did not see.</summary>
    public float SortOrder => 10;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var result = await next(options);
        var operation = options.OperationName ?? result.Operation?.Name?.StringValue ?? result.Operation?.Operation.ToString().ToLowerInvariant() ?? "query";
        return options.RequestServices is { } services ? await CommitAsync(result, services, operation) : result;
    }

    /// <summary>
    /// Commits what the scope's execution read, then answers <paramref name="result"/>; or, if the
    /// log cannot be written, an error and no data. Also used for each event a subscription delivers.
    /// </summary>
    public async Task<ExecutionResult> CommitAsync(ExecutionResult result, IServiceProvider services, string operation)
    {
        if (!logSwitch.Enabled)
        {
            return result;
        }

        var family = services.GetService<FamilyData>();
        if (services.GetRequiredService<CallerContext>().Family is not null)
        {
            return family is null || family.IsEmpty ? result : await AppendAsync(result, family.ToEntries(operation, clock.UtcNow));
        }

        var recorder = services.GetService<AccessRecorder>();
        var oversight = services.GetService<OversightReads>();
        var lookups = services.GetService<NumberLookups>();
        if ((recorder is null || recorder.IsEmpty) && (oversight is null || oversight.IsEmpty) && (lookups is null || lookups.IsEmpty))
        {
            return result;
        }

        var caller = services.GetRequiredService<CallerContext>().Current;
        var at = clock.UtcNow;
        var rows = recorder?.ToEntries(caller, operation, at) ?? [];
        rows.AddRange(oversight?.ToEntries(caller, operation, at) ?? []);
        rows.AddRange(lookups?.ToEntries(caller, operation, at) ?? []);
        return await AppendAsync(result, rows);
    }

    private async Task<ExecutionResult> AppendAsync(ExecutionResult result, List<AccessLogEntry> rows)
    {
        try
        {
            await writer.AppendAsync(rows);
            return result;
        }
#pragma warning disable CA1031 // Whatever failed, the answer is the same: no personal data without a log row.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogUnavailable(log, exception, rows.Count);
            return new ExecutionResult(new ExecutionError("The access log could not be written, so no personal data is returned. Try again later.")
            {
                Code = UnavailableCode,
            })
            {
                Executed = true,
            };
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The access log could not be written ({Rows} rows): the request was answered with no data.")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, int rows);
}
