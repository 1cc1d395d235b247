using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Limits;

/// <summary>
/// Each identity spends the complexity of its documents from a budget per window; over it, the
/// hub answers 429 with Retry-After and a GraphQL error, runs nothing, and the next window allows again.
/// </summary>
public sealed class BudgetTests
{
    private const string Page = "{ pupils(first: 5) { nodes { givenName } } }";

    [Fact]
    public async Task Query_OverTheBudget_Refused429WithRetryAfterAndNoData()
    {
        // arrange
        using var hub = new BudgetHub();
        var token = hub.TokenFor("school-teacher");
        using var http = hub.CreateClient();

        // act
        var (status, retryAfter, body) = await SpendAsync(http, token);

        // assert
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.InRange(retryAfter!.Value.TotalSeconds, 1, 60);
        Assert.Null(body["data"]);
        Assert.Equal("BUDGET_EXCEEDED", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Query_NextWindowAfterTheBudgetIsSpent_AllowedAgain()
    {
        // arrange
        using var hub = new BudgetHub();
        var token = hub.TokenFor("school-teacher");
        using var http = hub.CreateClient();
        var (spent, _, _) = await SpendAsync(http, token);

        // act
        hub.Clock.Advance(TimeSpan.FromMinutes(1));
        using var next = await PostAsync(http, token, Page);

        // assert
        Assert.Equal(HttpStatusCode.TooManyRequests, spent);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task Query_AnotherIdentityWhileOneHasSpentItsBudget_Allowed()
    {
        // arrange
        using var hub = new BudgetHub();
        using var http = hub.CreateClient();
        var (spent, _, _) = await SpendAsync(http, hub.TokenFor("school-teacher"));

        // act
        using var other = await PostAsync(http, hub.TokenFor("school-principal"), Page);

        // assert
        Assert.Equal(HttpStatusCode.TooManyRequests, spent);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    /// <summary>Sends the page until refused (a bounded number of times); the last answer.</summary>
    private static async Task<(HttpStatusCode Status, TimeSpan? RetryAfter, JToken Body)> SpendAsync(HttpClient http, string token)
    {
        for (var i = 0; i < 10; i++)
        {
            using var response = await PostAsync(http, token, Page);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return (response.StatusCode, response.Headers.RetryAfter?.Delta, JToken.Parse(await response.Content.ReadAsStringAsync()));
            }
        }

        return (HttpStatusCode.OK, null, JValue.CreateNull());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string token, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }
}
