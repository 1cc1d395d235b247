using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Hub.Transport;

/// <summary>The two response media types of the GraphQL-over-HTTP spec, picked from the Accept header.</summary>
internal static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer with, or null when the client accepts neither (406).
    /// A missing Accept, <c>*/*</c> and <c>application/*</c> get <c>application/json</c>:
    /// the spec asks that of servers while legacy clients are about, and the audit checks it.
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (StringValues.IsNullOrEmpty(accept))
        {
            return Json;
        }

        // An Accept header we cannot read is treated as absent rather than refused.
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return Json;
        }

        var preferred = ranges
            .Select((range, index) => (Range: range, Index: index))
            .Where(item => (item.Range.Quality ?? 1) > 0)
            .OrderByDescending(item => item.Range.Quality ?? 1)
            .ThenBy(item => item.Range.MatchesAllTypes || item.Range.MatchesAllSubTypes ? 1 : 0)
            .ThenBy(item => item.Index);

        foreach (var (range, _) in preferred)
        {
            var mediaType = range.MediaType;
            if (mediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }

            if (mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
                || range.MatchesAllTypes
                || (range.MatchesAllSubTypes && range.Type.Equals("application", StringComparison.OrdinalIgnoreCase)))
            {
                return Json;
            }
        }

        return null;
    }

    /// <summary>The Content-Type header value for a negotiated media type.</summary>
    public static string ContentTypeFor(string mediaType) => mediaType + "; charset=utf-8";
}
