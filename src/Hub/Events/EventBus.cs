using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Hub.Events;

/// <summary>
/// The in-process bus: every published event is offered to every open feed, each of which keeps
/// its own queue, so a slow subscriber delays nobody else.
/// </summary>
public sealed class EventBus
{
    private readonly ConcurrentDictionary<long, ChannelWriter<HubEvent>> _feeds = new();
    private long _next;

    public int Subscribers => _feeds.Count;

    /// <summary>Opens a queue of every event published from now on; dispose to close it.</summary>
    public (ChannelReader<HubEvent> Events, IDisposable Registration) Open()
    {
        var channel = Channel.CreateUnbounded<HubEvent>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var key = Interlocked.Increment(ref _next);
        _feeds[key] = channel.Writer;
        return (channel.Reader, new Registration(this, key));
    }

    public void Publish(HubEvent published)
    {
        foreach (var feed in _feeds.Values)
        {
            feed.TryWrite(published);
        }
    }

    private sealed class Registration(EventBus bus, long key) : IDisposable
    {
        public void Dispose()
        {
            if (bus._feeds.TryRemove(key, out var writer))
            {
                writer.TryComplete();
            }
        }
    }
}
