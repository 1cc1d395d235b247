using GraphQL.Validation;
using GraphQLParser.AST;

namespace Hub.Transport;

/// <summary>
/// Refuses operation types that the HTTP method cannot carry. It is a validation rule, not a
/// check in the handler, so that the transport need not parse the document itself, and it is
/// also listed for cached documents so that a cache hit cannot slip a mutation through GET.
/// </summary>
internal sealed class HttpOperationRule : ValidationRuleBase
{
    public static readonly HttpOperationRule Get = new(allowMutations: false);
    public static readonly HttpOperationRule Post = new(allowMutations: true);

    private readonly bool _allowMutations;

    private HttpOperationRule(bool allowMutations)
    {
        _allowMutations = allowMutations;
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new SubscriptionOverHttpError(context.Document, operation));
        }
        else if (operation.Operation == OperationType.Mutation && !_allowMutations)
        {
            context.ReportError(new MutationOverGetError(context.Document, operation));
        }

        return default;
    }
}
