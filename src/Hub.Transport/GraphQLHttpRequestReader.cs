using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Http;

namespace Hub.Transport;

/// <summary>
/// Turns a POST body or a GET query string into a <see cref="GraphQLHttpRequest"/>. The JSON is
/// read as a document first so that every wrong parameter type is a clear 400, rather than
/// whatever exception a converter would throw half-way through.
/// </summary>
internal sealed class GraphQLHttpRequestReader(IGraphQLSerializer serializer, GraphQLHttpOptions options)
{
    public async Task<RequestReadResult> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!RequestBody.IsJson(request.ContentType))
        {
            return RequestReadResult.UnsupportedMediaType();
        }

        byte[]? body;
        try
        {
            body = await RequestBody.ReadAsync(request, options.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception)
        {
            // The server refused the body itself (its own size cap, a truncated upload).
            return new RequestReadResult(null, exception.StatusCode, new TransportError("INVALID_BODY", "The request body could not be read."));
        }

        if (body is null)
        {
            return RequestReadResult.TooLarge(options.MaxRequestBodyBytes);
        }

        if (!TryParse(body, out var document))
        {
            return RequestReadResult.BadRequest("INVALID_JSON", "The request body is not valid JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                return RequestReadResult.BadRequest("BATCH_NOT_SUPPORTED", "Batched requests are not supported; send one request object.");
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                return RequestReadResult.BadRequest("INVALID_REQUEST", "The request body must be a JSON object.");
            }

            JsonElement? Property(string name) => root.TryGetProperty(name, out var value) ? value : null;
            return Build(Property("query"), Property("operationName"), Property("variables"), Property("extensions"));
        }
    }

    public RequestReadResult ReadGet(HttpRequest request)
    {
        var values = new Dictionary<string, JsonElement?>(StringComparer.Ordinal);
        foreach (var name in (string[])["query", "operationName", "variables", "extensions"])
        {
            var raw = request.Query[name];
            if (raw.Count > 1)
            {
                return RequestReadResult.BadRequest("INVALID_REQUEST", $"The '{name}' parameter is given more than once.");
            }

            if (raw.Count == 0)
            {
                values[name] = null;
            }
            else if (name is "variables" or "extensions")
            {
                // These two arrive as URL-encoded JSON objects.
                if (!TryParse(Encoding.UTF8.GetBytes(raw.ToString()), out var parsed))
                {
                    return RequestReadResult.BadRequest("INVALID_JSON", $"The '{name}' parameter is not valid JSON.");
                }

                using (parsed)
                {
                    values[name] = parsed.RootElement.Clone();
                }
            }
            else
            {
                values[name] = JsonSerializer.SerializeToElement(raw.ToString());
            }
        }

        return Build(values["query"], values["operationName"], values["variables"], values["extensions"]);
    }

    private RequestReadResult Build(JsonElement? query, JsonElement? operationName, JsonElement? variables, JsonElement? extensions)
    {
        if (query is null or { ValueKind: JsonValueKind.Null })
        {
            return RequestReadResult.BadRequest("QUERY_MISSING", "The 'query' parameter is missing.");
        }

        if (query.Value.ValueKind != JsonValueKind.String || query.Value.GetString() is not { Length: > 0 } text)
        {
            return RequestReadResult.BadRequest("INVALID_REQUEST", "The 'query' parameter must be a non-empty string.");
        }

        if (text.Length > options.MaxQueryLength)
        {
            return RequestReadResult.BadRequest("QUERY_TOO_LONG", $"The query is longer than the {options.MaxQueryLength} characters allowed.");
        }

        if (operationName is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) })
        {
            return RequestReadResult.BadRequest("INVALID_REQUEST", "The 'operationName' parameter must be a string.");
        }

        if (!IsMapOrNull(variables) || !IsMapOrNull(extensions))
        {
            var name = IsMapOrNull(variables) ? "extensions" : "variables";
            return RequestReadResult.BadRequest("INVALID_REQUEST", $"The '{name}' parameter must be a JSON object.");
        }

        var operation = operationName?.ValueKind == JsonValueKind.String ? operationName.Value.GetString() : null;
        return RequestReadResult.Ok(new GraphQLHttpRequest(text, operation, ToInputs(variables), ToInputs(extensions)));
    }

    private static bool IsMapOrNull(JsonElement? element) =>
        element is null or { ValueKind: JsonValueKind.Object or JsonValueKind.Null };

    private Inputs? ToInputs(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } map ? serializer.ReadNode<Inputs>(map) : null;

    private static bool TryParse(byte[] json, [NotNullWhen(true)] out JsonDocument? document)
    {
        try
        {
            document = JsonDocument.Parse(json);
            return true;
        }
        catch (JsonException)
        {
            document = null;
            return false;
        }
    }
}
