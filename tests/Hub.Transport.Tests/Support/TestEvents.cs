namespace Hub.Transport.Tests.Support;

/// <summary>
/// The event stream behind the test schema's <c>events(topic)</c> subscription: a test publishes,
/// completes or fails a topic, and counts who listens to it. Topics keep tests apart.
/// </summary>
internal sealed class TestEvents
{
    private readonly Lock _lock = new();
    private readonly List<(string Topic, IObserver<object?> Observer)> _observers = [];

    public IObservable<object?> Topic(string topic) => new Stream(this, topic);

    public int Subscribers(string topic)
    {
        lock (_lock)
        {
            return _observers.Count(o => o.Topic == topic);
        }
    }

    public void Publish(string topic, string value)
    {
        foreach (var observer in Of(topic))
        {
            observer.OnNext(value);
        }
    }

    public void Complete(string topic)
    {
        foreach (var observer in Of(topic))
        {
            observer.OnCompleted();
        }
    }

    public void Fail(string topic, Exception error)
    {
        foreach (var observer in Of(topic))
        {
            observer.OnError(error);
        }
    }

    private IObserver<object?>[] Of(string topic)
    {
        lock (_lock)
        {
            return [.. _observers.Where(o => o.Topic == topic).Select(o => o.Observer)];
        }
    }

    private sealed class Stream(TestEvents events, string topic) : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer)
        {
            var entry = (topic, observer);
            lock (events._lock)
            {
                events._observers.Add(entry);
            }

            return new Unsubscriber(events, entry);
        }
    }

    private sealed class Unsubscriber(TestEvents events, (string Topic, IObserver<object?> Observer) entry) : IDisposable
    {
        public void Dispose()
        {
            lock (events._lock)
            {
                events._observers.Remove(entry);
            }
        }
    }
}
