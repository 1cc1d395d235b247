using GraphQL;

namespace Hub.Api;

/// <summary>A client error in an argument: says which argument and why, and touches no data.</summary>
public sealed class InvalidInputError : ExecutionError
{
    public const string ErrorCode = "INVALID_INPUT";

    public InvalidInputError(string argument, string problem)
        : base($"Argument '{argument}' {problem}.")
    {
        Code = ErrorCode;
        Data["argument"] = argument;
    }
}
