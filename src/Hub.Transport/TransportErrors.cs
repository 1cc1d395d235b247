using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Hub.Transport;

/// <summary>
/// A request the transport refuses before GraphQL sees it (bad JSON, wrong parameter types,
/// size limits): always a 4xx, whatever media type the client asked for.
/// </summary>
public sealed class TransportError : RequestError
{
    public TransportError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}

/// <summary>The query nests deeper than the parser allows; raised instead of the parser's own exception, which would read as a server fault.</summary>
public sealed class QueryTooDeepError : RequestError
{
    public QueryTooDeepError(int maxDepth)
        : base($"The query is nested too deeply to parse; at most {maxDepth} levels are allowed.")
    {
    }
}

/// <summary>A mutation sent with GET; the endpoint answers 405 so that no link or prefetch can change state.</summary>
public sealed class MutationOverGetError : ValidationError
{
    public MutationOverGetError(GraphQLDocument document, GraphQLOperationDefinition operation)
        : base(document.Source, null, "Mutations must be sent with POST.", operation)
    {
    }
}

/// <summary>A subscription sent over HTTP, which cannot stream its events.</summary>
public sealed class SubscriptionOverHttpError : ValidationError
{
    public SubscriptionOverHttpError(GraphQLDocument document, GraphQLOperationDefinition operation)
        : base(document.Source, null, "Subscriptions are not served over HTTP; use the WebSocket endpoint.", operation)
    {
    }
}
