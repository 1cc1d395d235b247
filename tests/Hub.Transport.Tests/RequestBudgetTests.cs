using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Validation;
using Hub.Transport.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Transport.Tests;

/// <summary>
/// A host's <see cref="IRequestBudget"/> is charged with each document's complexity before it runs;
/// a refusal is 429 with Retry-After and a GraphQL error, whatever media type was asked for.
/// </summary>
public sealed class RequestBudgetTests
{
    [Theory]
    [InlineData(Http.GraphQLResponse)]
    [InlineData(Http.Json)]
    public async Task GraphQLPost_BudgetSpent_Returns429WithRetryAfterAndNoData(string accept)
    {
        // arrange
        var budget = new TestBudget(allowed: 0, retryAfter: TimeSpan.FromSeconds(2.5));
        await using var app = await StartAsync(budget);
        using var request = Http.Post("""{"query":"mutation { increment }"}""", accept);

        // act
        using var response = await app.Client.SendAsync(request);
        var body = await response.BodyAsync();

        // assert
        Assert.Equal(429, (int)response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
        Assert.False(body.ContainsKey("data"));
        Assert.Equal(BudgetExceededError.ErrorCode, (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal(0, app.Services.GetRequiredService<Counter>().Value);
    }

    [Fact]
    public async Task GraphQLPost_WithinBudget_ChargedWithTheDocumentsComplexityAndRuns()
    {
        // arrange
        var budget = new TestBudget(allowed: 1, retryAfter: TimeSpan.FromSeconds(1));
        await using var app = await StartAsync(budget);
        using var request = Http.Post("""{"query":"{ items(first: 3) { depth } }"}""", Http.GraphQLResponse);

        // act
        using var response = await app.Client.SendAsync(request);

        // assert
        Assert.Equal(200, (int)response.StatusCode);
        Assert.True(Assert.Single(budget.Charged) > 1);
    }

    [Fact]
    public async Task GraphQLPost_DocumentOverTheComplexityLimit_RefusedBeforeTheBudgetIsCharged()
    {
        // arrange
        var budget = new TestBudget(allowed: 10, retryAfter: TimeSpan.FromSeconds(1));
        await using var app = await StartAsync(budget);
        using var request = Http.Post("""{"query":"{ items(first: 100) { depth } }"}""", Http.GraphQLResponse);

        // act
        using var response = await app.Client.SendAsync(request);

        // assert
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Empty(budget.Charged);
    }

    private static Task<TestApp> StartAsync(TestBudget budget) =>
        TestApp.StartAsync(options => options.GraphQL = graphQL => graphQL.Services.Register<IRequestBudget>(budget));

    /// <summary>Lets <c>allowed</c> documents through, then refuses; remembers what each was charged.</summary>
    private sealed class TestBudget(int allowed, TimeSpan retryAfter) : IRequestBudget
    {
        private int _left = allowed;

        public ConcurrentQueue<double> Charged { get; } = new();

        public ValueTask<TimeSpan?> ChargeAsync(ValidationContext context, double cost)
        {
            Charged.Enqueue(cost);
            return ValueTask.FromResult(Interlocked.Decrement(ref _left) >= 0 ? null : (TimeSpan?)retryAfter);
        }
    }
}
