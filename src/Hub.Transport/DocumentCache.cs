using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace Hub.Transport;

/// <summary>
/// Keeps parsed documents that passed validation, keyed by query text, so a repeated query skips
/// the parser and the static validation rules. Rules that depend on the variables or the user
/// (complexity, authorization, the HTTP method) must be listed in
/// <see cref="ExecutionOptions.CachedDocumentValidationRules"/>: those are the only rules a hit runs.
/// </summary>
internal sealed class DocumentCache(int maxEntries) : IConfigureExecution
{
    private readonly LruCache<string, GraphQLDocument> _documents = new(maxEntries);

    /// <summary>
    /// After the option configurations (100), so that the cached-document rules they add are
    /// already in place when a hit swaps the rule list.
    /// </summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options).ConfigureAwait(false);
        }

        if (_documents.TryGet(query, out var cached))
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options).ConfigureAwait(false);
        }

        var result = await next(options).ConfigureAwait(false);

        // Executed means the whole document passed validation; anything else is not worth keeping.
        if (result.Executed && result.Document is { } document)
        {
            _documents.Set(query, document);
        }

        return result;
    }
}
