using GraphQL;
using GraphQL.Execution;

namespace Hub.Transport;

/// <summary>
/// Keeps what a client may see of an error to what was meant for it. An unhandled exception
/// shows only GraphQL.NET's generic message ("Error trying to resolve field 'x'.") and a fixed
/// code, never the exception's message, stack or type name (which the default codes reveal);
/// an <see cref="ExecutionError"/> thrown on purpose keeps its message, its code and its data,
/// the data as further extensions.
/// </summary>
internal sealed class HiddenExceptionErrorInfoProvider : ErrorInfoProvider
{
    public const string InternalErrorCode = "INTERNAL_SERVER_ERROR";

    public HiddenExceptionErrorInfoProvider()
        : base(new ErrorInfoProviderOptions { ExposeExceptionDetails = false, ExposeData = false })
    {
    }

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        if (executionError is UnhandledError)
        {
            return new ErrorInfo
            {
                Message = executionError.Message,
                Extensions = new Dictionary<string, object?> { ["code"] = InternalErrorCode },
            };
        }

        // Data on an error thrown on purpose is meant for the client: it travels as extensions
        // beside the code (e.g. which argument was wrong), not nested under a "data" key.
        var info = base.GetInfo(executionError);
        if (executionError.Data.Count == 0)
        {
            return info;
        }

        var extensions = info.Extensions is null ? [] : new Dictionary<string, object?>(info.Extensions);
        foreach (System.Collections.DictionaryEntry entry in executionError.Data)
        {
            if (entry.Key is string key && !extensions.ContainsKey(key))
            {
                extensions[key] = entry.Value;
            }
        }

        return info with { Extensions = extensions };
    }
}
