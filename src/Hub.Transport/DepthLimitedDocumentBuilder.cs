using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Hub.Transport;

/// <summary>
/// The standard document builder with the parser's nesting limit set. The parser reports a
/// breach with an exception that the executer would treat as a server fault (500);
/// this turns it into a request error (400).
/// </summary>
internal sealed class DepthLimitedDocumentBuilder : IDocumentBuilder
{
    private readonly GraphQLDocumentBuilder _inner;
    private readonly int _maxDepth;

    public DepthLimitedDocumentBuilder(int maxDepth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        _maxDepth = maxDepth;
        _inner = new GraphQLDocumentBuilder { MaxDepth = maxDepth };
    }

    public GraphQLDocument Build(string body)
    {
        try
        {
            return _inner.Build(body);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            // The inner exception is dropped on purpose: its type would show up among the error codes.
            throw new QueryTooDeepError(_maxDepth);
        }
    }
}
