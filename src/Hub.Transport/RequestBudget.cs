using GraphQL.Validation;
using GraphQLParser.AST;

namespace Hub.Transport;

/// <summary>
/// A host's budget per caller: charged with the complexity of every document that passed the
/// complexity limit, before it executes. Register one in the services to turn it on; the host
/// decides who the caller is and how much it may spend.
/// </summary>
public interface IRequestBudget
{
    /// <summary>Charges <paramref name="cost"/>; null when the document may run, else how long until the caller may try again.</summary>
    ValueTask<TimeSpan?> ChargeAsync(ValidationContext context, double cost);
}

/// <summary>
/// The caller has spent its budget for now. Over HTTP it is a 429 with <c>Retry-After</c> (whatever
/// media type was asked for: no part of the document ran); over a WebSocket it is the operation's
/// <c>error</c> message.
/// </summary>
public sealed class BudgetExceededError : ValidationError
{
    public const string ErrorCode = "BUDGET_EXCEEDED";

    public BudgetExceededError(GraphQLDocument document, GraphQLOperationDefinition operation, TimeSpan retryAfter)
        : base(document.Source, null, $"Request budget spent: too much was asked in too short a time. Try again in {RetrySeconds(retryAfter)} s.", operation)
    {
        Code = ErrorCode;
        RetryAfter = retryAfter;
        Data["retryAfterSeconds"] = RetrySeconds(retryAfter);
    }

    public TimeSpan RetryAfter { get; }

    /// <summary>Whole seconds, rounded up, never 0: what <c>Retry-After</c> carries.</summary>
    public static int RetrySeconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
}
