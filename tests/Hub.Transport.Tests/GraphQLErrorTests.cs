using Hub.Transport.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Snapshooter.Xunit;

namespace Hub.Transport.Tests;

public sealed class GraphQLErrorTests
{
    [Fact]
    public async Task GraphQLPost_ResolverThrows_ReturnsGenericErrorOnly()
    {
        // arrange
        await using var app = await TestApp.StartAsync();
        using var request = Http.Post("""{"query":"{ hello boom }"}""", Http.GraphQLResponse);

        // act
        using var response = await app.Client.SendAsync(request);

        // assert
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", text, StringComparison.OrdinalIgnoreCase);
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Fact]
    public async Task GraphQLPost_ResolverThrows_LogsTheException()
    {
        // arrange
        await using var app = await TestApp.StartAsync();
        using var request = Http.Post("""{"query":"{ boom }"}""");

        // act
        using var response = await app.Client.SendAsync(request);

        // assert
        var logged = Assert.Single(app.Logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Equal(TestQuery.SecretDetail, logged.Exception?.Message);
    }

    [Fact]
    public async Task GraphQLPost_ResolverThrowsExecutionError_KeepsMessageAndCode()
    {
        // arrange
        await using var app = await TestApp.StartAsync();
        using var request = Http.Post("""{"query":"{ denied }"}""");

        // act
        using var response = await app.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Fact]
    public async Task GraphQLPost_ExecutionErrorWithData_ShowsTheDataAsExtensions()
    {
        // arrange
        await using var app = await TestApp.StartAsync();
        using var request = Http.Post("""{"query":"{ deniedWithData }"}""");

        // act
        using var response = await app.Client.SendAsync(request);

        // assert
        (await response.EnvelopeAsync()).MatchSnapshot();
    }

    [Fact]
    public async Task GraphQLPost_ClientDisconnects_IsNeitherAnsweredNorLoggedAsError()
    {
        // arrange
        var outcome = new TaskCompletionSource<(bool ResponseStarted, Exception? Escaped)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await TestApp.StartAsync(options => options.Pipeline = pipeline => pipeline.Use(
            async (HttpContext context, RequestDelegate next) =>
            {
                try
                {
                    await next(context);
                    outcome.TrySetResult((context.Response.HasStarted, null));
                }
                catch (Exception exception)
                {
                    outcome.TrySetResult((context.Response.HasStarted, exception));
                    throw;
                }
            }));
        using var hangUp = new CancellationTokenSource();
        using var request = Http.Post("""{"query":"{ slow }"}""");
        var sending = app.Client.SendAsync(request, hangUp.Token);
        await app.Services.GetRequiredService<SlowFieldProbe>().Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // act
        await hangUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        var (responseStarted, escaped) = await outcome.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // assert
        Assert.Null(escaped);
        Assert.False(responseStarted);
        Assert.DoesNotContain(app.Logs.Entries, entry => entry.Level >= LogLevel.Warning);
    }
}
