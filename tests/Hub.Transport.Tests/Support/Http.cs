using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Hub.Transport.Tests.Support;

/// <summary>Builds GraphQL HTTP requests and reads responses into a snapshot-friendly envelope.</summary>
internal static class Http
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public static HttpRequestMessage Post(string body, string? accept = null, string? contentType = Json, string path = "/graphql")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static HttpRequestMessage Get(string queryString, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static HttpRequestMessage WithBearer(this HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>
    /// Status, content type and body of a response; the body parsed as JSON (a JToken, which
    /// Snapshooter prints) when it is JSON, kept as text when it is not.
    /// </summary>
    public static async Task<JObject> EnvelopeAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        JToken? body = text.Length == 0 ? null : text.TrimStart().StartsWith('{') ? JToken.Parse(text) : new JValue(text);
        return new JObject
        {
            ["status"] = (int)response.StatusCode,
            ["contentType"] = response.Content.Headers.ContentType?.ToString(),
            ["body"] = body,
        };
    }

    /// <summary>The parsed body alone, for asserting on one field of it.</summary>
    public static async Task<JObject> BodyAsync(this HttpResponseMessage response) =>
        JObject.Parse(await response.Content.ReadAsStringAsync());
}
