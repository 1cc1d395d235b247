using GraphQL;
using GraphQL.Execution;

namespace Hub.Transport;

/// <summary>
/// Keeps what a client may see of an error to what was meant for it. An unhandled exception
/// shows only GraphQL.NET's generic message ("Error trying to resolve field 'x'.") and a fixed
/// code, never the exception's message, stack or type name (which the default codes reveal);
/// an <see cref="ExecutionError"/> thrown on purpose keeps its message and code.
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

        return base.GetInfo(executionError);
    }
}
