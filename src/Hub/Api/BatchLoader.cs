using GraphQL.DataLoader;

namespace Hub.Api;

/// <summary>
/// Collects the keys a level of the query asks for and fetches them in one call when the first
/// result is awaited: GraphQL.NET resolves pending <see cref="IDataLoaderResult"/>s level by level,
/// so a page of N parents costs one fetch, not N.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue[]> _loaded = [];

    public IDataLoaderResult<IReadOnlyList<TValue>> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }

        return new Result(this, key);
    }

    private async Task<IReadOnlyList<TValue>> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (!_loaded.ContainsKey(key) && _pending.Count > 0)
        {
            var keys = _pending.ToArray();
            _pending.Clear();
            var lookup = await fetch(keys, cancellationToken);
            foreach (var k in keys)
            {
                _loaded[k] = lookup[k].ToArray();
            }
        }

        return _loaded.TryGetValue(key, out var values) ? values : [];
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<IReadOnlyList<TValue>>
    {
        public Task<IReadOnlyList<TValue>> GetResultAsync(CancellationToken cancellationToken = default) =>
            loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
