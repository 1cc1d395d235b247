using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Support;

/// <summary>
/// A test hub on a real Kestrel socket (a free port on the loopback): WebSocket tests need real
/// sockets, which the in-memory test server does not fully give.
/// </summary>
public class LiveHub : HubFactory
{
    public LiveHub()
    {
        UseKestrel(0);
        StartServer();
    }

    /// <summary>
    /// A cursor for the outbox's last change now, for a subscription's <c>after</c>: a test that
    /// subscribes from here gets every later event, however long the subscription takes to set up.
    /// </summary>
    public string Cursor() =>
        Services.GetRequiredService<Hub.Events.EventCursor>().Protect(WithDb(db => db.Changes.Max(c => (long?)c.Sequence) ?? 0));

    /// <summary>Subscribes and waits until the hub has accepted the subscription and opened its feed.</summary>
    public async Task SubscribeLiveAsync(SocketClient socket, string id, string query, object? variables = null, string? operationName = null)
    {
        var bus = Services.GetRequiredService<Hub.Events.EventBus>();
        var before = bus.Subscribers;
        await socket.SubscribeAsync(id, query, variables, operationName);
        for (var i = 0; i < 200 && bus.Subscribers <= before; i++)
        {
            await Task.Delay(25);
        }
    }

    /// <summary>ws://127.0.0.1:PORT/graphql</summary>
    public Uri SocketUri
    {
        get
        {
            var http = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(http.Replace("http://", "ws://", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/graphql");
        }
    }
}
