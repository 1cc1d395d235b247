using Hub.Data;

namespace Hub.Seeding;

/// <summary>
/// Adds rows and saves them in batches, clearing the change tracker after each save so that a
/// city-sized seed keeps memory and save time flat. A graph added between two checkpoints is
/// always saved whole, so navigations may join rows of one graph and ids join rows across graphs.
/// </summary>
internal sealed class BatchWriter(HubDbContext db, int batchSize)
{
    private readonly List<Action> _afterSave = [];
    private int _pending;

    public void Add(object entity, int rows = 1)
    {
        db.Add(entity);
        _pending += rows;
    }

    /// <summary>Runs once the rows added so far are saved and have their ids.</summary>
    public void AfterSave(Action action) => _afterSave.Add(action);

    /// <summary>Saves when a batch is full; call it only between graphs.</summary>
    public Task CheckpointAsync(CancellationToken cancellationToken) =>
        _pending >= batchSize ? FlushAsync(cancellationToken) : Task.CompletedTask;

    /// <summary>Saves everything added, including rows that after-save actions add in turn.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        while (_pending > 0 || _afterSave.Count > 0)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        _pending = 0;

        // Actions may add rows that depend on the ids just saved; those wait for the next batch.
        var actions = _afterSave.ToArray();
        _afterSave.Clear();
        foreach (var action in actions)
        {
            action();
        }
    }
}
