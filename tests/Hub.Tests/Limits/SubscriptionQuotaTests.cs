using Hub.Events;
using Hub.Limits;
using Hub.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Limits;

/// <summary>
/// One identity holds at most its quota of subscriptions over all its sockets; one more is that
/// operation's error, and nothing of a subscription stays in the hub after its socket closes.
/// </summary>
public sealed class SubscriptionQuotaTests(SubscriptionQuotaTests.QuotaHub hub) : IClassFixture<SubscriptionQuotaTests.QuotaHub>
{
    private const string UnitEvents = "subscription { unitEvents { kind } }";

    [Fact]
    public async Task UnitEvents_OneMoreThanTheQuotaOverTwoSockets_ThatOperationGetsAnError()
    {
        // arrange
        await using var first = await SocketClient.ConnectAsAsync(hub, "rsu-teacher");
        await using var second = await SocketClient.ConnectAsAsync(hub, "rsu-teacher");
        await hub.SubscribeLiveAsync(first, "a", UnitEvents);
        await hub.SubscribeLiveAsync(second, "b", UnitEvents);

        // act
        await second.SubscribeAsync("c", UnitEvents);
        var refused = await second.ReceiveAsync();

        // assert
        Assert.Equal(("error", "c"), ((string?)refused!["type"], (string?)refused["id"]));
        Assert.Equal(SubscriptionSlot.ErrorCode, (string?)refused["payload"]![0]!["extensions"]!["code"]);
        Assert.True(await first.QuietForAsync(TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public async Task UnitEvents_AfterCompletingOneAtTheQuota_AnotherIsAccepted()
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsAsync(hub, "csu-teacher");
        await hub.SubscribeLiveAsync(socket, "a", UnitEvents);
        await hub.SubscribeLiveAsync(socket, "b", UnitEvents);
        await socket.SendAsync(new { id = "a", type = "complete" });
        await WaitUntilAsync(() => Quota.Subscriptions == 1);

        // act
        await hub.SubscribeLiveAsync(socket, "c", UnitEvents);

        // assert
        Assert.True(await socket.QuietForAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Equal(2, Quota.Subscriptions);
    }

    [Fact]
    public async Task UnitEvents_SocketsClosed_NoSubscriptionOrCountLeftInTheHub()
    {
        // arrange
        var bus = hub.Services.GetRequiredService<EventBus>();
        await WaitUntilAsync(() => bus.Subscribers == 0 && Quota.Identities == 0);
        var first = await SocketClient.ConnectAsAsync(hub, "school-teacher");
        var second = await SocketClient.ConnectAsAsync(hub, "school-principal");
        await hub.SubscribeLiveAsync(first, "a", UnitEvents);
        await hub.SubscribeLiveAsync(first, "b", UnitEvents);
        await hub.SubscribeLiveAsync(second, "a", UnitEvents);
        var open = (bus.Subscribers, Quota.Subscriptions, Quota.Identities);

        // act
        await first.DisposeAsync();
        await second.DisposeAsync();
        await WaitUntilAsync(() => bus.Subscribers == 0 && Quota.Identities == 0);

        // assert
        Assert.Equal((3, 3, 2), open);
        Assert.Equal((0, 0, 0), (bus.Subscribers, Quota.Subscriptions, Quota.Identities));
    }

    private SubscriptionQuota Quota => hub.Services.GetRequiredService<SubscriptionQuota>();

    /// <summary>Waits, at most the socket's patience, for the hub to finish what a close or complete started; the assertions count, not time.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++)
        {
            await Task.Delay(25);
        }
    }

    public sealed class QuotaHub : LiveHub
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hub:Limits:MaxSubscriptionsPerIdentity", "2");
        }
    }
}
