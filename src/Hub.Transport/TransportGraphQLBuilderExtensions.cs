using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace Hub.Transport;

/// <summary>Registrations inside <c>services.AddGraphQL(builder => ...)</c> that the HTTP transport relies on.</summary>
public static class TransportGraphQLBuilderExtensions
{
    /// <summary>
    /// The System.Text.Json serializer (no naming policy: it would re-case aliases) and an error
    /// policy that never shows exception details to clients. Required by <c>MapGraphQLHttp</c>.
    /// </summary>
    public static IGraphQLBuilder AddGraphQLHttp(this IGraphQLBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddSystemTextJson()
            .AddErrorInfoProvider(new HiddenExceptionErrorInfoProvider());
    }

    /// <summary>
    /// Caches up to <paramref name="maxEntries"/> parsed and validated documents by query text.
    /// Variable- or user-dependent validation rules must be added with
    /// <c>AddValidationRule&lt;T&gt;(useForCachedDocuments: true)</c> (as <see cref="UseRequestLimits"/> does), or a hit skips them.
    /// </summary>
    public static IGraphQLBuilder UseDocumentCache(this IGraphQLBuilder builder, int maxEntries = 1000)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigureExecution(new DocumentCache(maxEntries));
    }

    /// <summary>
    /// Refuses queries nested deeper than <paramref name="maxDepth"/> fields or costlier than
    /// <paramref name="maxComplexity"/> (GraphQL.NET's complexity analyzer, also run on cached
    /// documents since list sizes can come from variables), and stops the parser at
    /// <paramref name="maxParserDepth"/> syntax levels before it builds a huge tree.
    /// Use it instead of <c>AddComplexityAnalyzer</c>, not as well.
    /// </summary>
    public static IGraphQLBuilder UseRequestLimits(this IGraphQLBuilder builder, int maxDepth, int maxComplexity, int maxParserDepth = 64)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxComplexity, 1);

        builder.AddValidationRule<ComplexityValidationRule>(useForCachedDocuments: true);
        builder.Services.Configure<ComplexityOptions>(options =>
        {
            options.MaxDepth = maxDepth;
            options.MaxComplexity = maxComplexity;
            options.ValidateComplexityDelegate = ChargeBudgetAsync;
        });
        builder.Services.Register<IDocumentBuilder>(new DepthLimitedDocumentBuilder(maxParserDepth), replace: true);
        return builder;
    }

    /// <summary>
    /// Charges a document that passed the limits to the caller's <see cref="IRequestBudget"/>, if the
    /// host registered one; the complexity is what it costs.
    /// </summary>
    private static async Task ChargeBudgetAsync(ComplexityValidationContext context)
    {
        var validation = context.ValidationContext;
        if (context.Error is not null || validation.RequestServices?.GetService(typeof(IRequestBudget)) is not IRequestBudget budget)
        {
            return;
        }

        if (await budget.ChargeAsync(validation, context.TotalImpact).ConfigureAwait(false) is { } retryAfter)
        {
            context.Error = new BudgetExceededError(validation.Document, validation.Operation, retryAfter);
        }
    }

    /// <summary>
    /// Runs query fields one at a time, as mutations already are. GraphQL.NET runs query fields
    /// in parallel by default, which a scoped, non-thread-safe EF Core DbContext cannot survive.
    /// </summary>
    public static IGraphQLBuilder UseSerialQueries(this IGraphQLBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddExecutionStrategy(SerialExecutionStrategy.Instance, OperationType.Query);
    }
}
