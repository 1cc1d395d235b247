using System.Net.Http.Headers;
using System.Net.Http.Json;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Support;

/// <summary>Posts GraphQL to the hub as one persona and hands back the whole envelope.</summary>
public sealed class HubClient(HttpClient http, string? token, string? purpose = null)
{
    public HttpClient Http => http;

    public async Task<Envelope> PostAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (purpose is not null)
        {
            request.Headers.Add("Hub-Purpose", purpose);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Envelope((int)response.StatusCode, text);
    }
}

/// <summary>A response as the client saw it: status and body, the body parsed for snapshots.</summary>
public sealed record Envelope(int Status, string Text)
{
    public JToken Body => Text.Length == 0 ? JValue.CreateNull() : JToken.Parse(Text);

    public JToken Data => Body["data"] ?? throw new InvalidOperationException("No data in: " + Text);

    public JArray? Errors => Body["errors"] as JArray;

    /// <summary>The whole envelope as one token, for <c>MatchSnapshot</c>.</summary>
    public JToken Snapshot => new JObject { ["status"] = Status, ["body"] = Body };
}
