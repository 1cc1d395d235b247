namespace Hub.Changes;

/// <summary>
/// Tells whoever waits that a change has been committed (the outbox publisher), so that events
/// go out at once instead of at the next poll. Losing a pulse loses nothing: the poll catches up.
/// </summary>
public sealed class ChangeSignal : IDisposable
{
    private readonly SemaphoreSlim _pulse = new(0, 1);

    public void Pulse()
    {
        if (_pulse.CurrentCount == 0)
        {
            try
            {
                _pulse.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another committer pulsed first: one wake-up is enough.
            }
        }
    }

    public void Dispose() => _pulse.Dispose();

    /// <summary>Waits for a pulse, or the timeout; true when pulsed.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _pulse.WaitAsync(timeout, cancellationToken);
}
