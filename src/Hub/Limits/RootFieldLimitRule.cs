using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Hub.Limits;

/// <summary>
/// At most <see cref="LimitsOptions.MaxRootFields"/> root fields per document, aliases and
/// fragments included: one document may not fan out into hundreds of root searches (400 aliased
/// <c>pupils</c> counts, say). Introspection is not counted, so an IDE still reads the schema.
/// </summary>
internal sealed class RootFieldLimitRule(IOptions<LimitsOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var max = options.Value.MaxRootFields;
        var count = Count(context.Operation.SelectionSet, context.Document, []);
        if (count > max)
        {
            context.ReportError(new TooManyRootFieldsError(context.Document, context.Operation, count, max));
        }

        return default;
    }

    private static int Count(GraphQLSelectionSet selections, GraphQLDocument document, HashSet<string> spread)
    {
        var count = 0;
        foreach (var selection in selections.Selections)
        {
            count += selection switch
            {
                GraphQLField field => field.Name.Value.Span.StartsWith("__") ? 0 : 1,
                GraphQLInlineFragment inline => Count(inline.SelectionSet, document, spread),
                // A fragment spread twice merges into one set of fields, so it counts once.
                GraphQLFragmentSpread fragment when spread.Add(fragment.FragmentName.Name.StringValue)
                    && document.FindFragmentDefinition(fragment.FragmentName.Name.Value) is { } definition
                    => Count(definition.SelectionSet, document, spread),
                _ => 0,
            };
        }

        return count;
    }
}

/// <summary>A document with more root fields than a caller may ask at once.</summary>
public sealed class TooManyRootFieldsError : ValidationError
{
    public const string ErrorCode = "TOO_MANY_ROOT_FIELDS";

    public TooManyRootFieldsError(GraphQLDocument document, GraphQLOperationDefinition operation, int count, int max)
        : base(document.Source, null, $"The operation selects {count} root fields (aliases included); at most {max} are allowed per document. Split it, or page with `first` and `after`.", operation)
    {
        Code = ErrorCode;
        Data["maxRootFields"] = max;
    }
}
