using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Transport.Tests.Support;

/// <summary>
/// A test app on a real socket whose limits and timers are small enough to reach in a test: a
/// connection_init timeout of three seconds, a ping every second, small messages, few operations.
/// </summary>
public sealed class SocketAppFixture : IAsyncLifetime
{
    public const int MaxMessageBytes = 4096;
    public const int MaxOperationsPerSocket = 3;
    public static readonly TimeSpan ConnectionInitTimeout = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(1);

    private TestApp? _app;

    internal TestApp App => _app ?? throw new InvalidOperationException("The fixture has not started.");

    public Uri SocketUri => App.SocketUri!;

    internal TestEvents Events => App.Services.GetRequiredService<TestEvents>();

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(options =>
    {
        options.RealSocket = true;
        options.Settings["GraphQLWebSockets:ConnectionInitTimeout"] = ConnectionInitTimeout.ToString("c", CultureInfo.InvariantCulture);
        options.Settings["GraphQLWebSockets:KeepAliveInterval"] = KeepAliveInterval.ToString("c", CultureInfo.InvariantCulture);
        options.Settings["GraphQLWebSockets:MaxMessageBytes"] = MaxMessageBytes.ToString(CultureInfo.InvariantCulture);
        options.Settings["GraphQLWebSockets:MaxOperationsPerSocket"] = MaxOperationsPerSocket.ToString(CultureInfo.InvariantCulture);
    });

    /// <summary>Subscribes to a topic of the test events and waits until the stream has its subscriber.</summary>
    internal async Task SubscribeLiveAsync(SocketClient socket, string id, string topic)
    {
        var before = Events.Subscribers(topic);
        await socket.SubscribeAsync(id, "subscription($topic: String!) { events(topic: $topic) }", new { topic });
        for (var i = 0; i < 200 && Events.Subscribers(topic) <= before; i++)
        {
            await Task.Delay(25);
        }

        Assert.True(Events.Subscribers(topic) > before, $"the subscription to {topic} did not start");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
