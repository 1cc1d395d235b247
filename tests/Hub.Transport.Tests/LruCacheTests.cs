namespace Hub.Transport.Tests;

public sealed class LruCacheTests
{
    [Fact]
    public void LruCache_OverCapacity_EvictsLeastRecentlyUsed()
    {
        // arrange
        var cache = new LruCache<string, int>(capacity: 2);
        cache.Set("a", 1);
        cache.Set("b", 2);

        // act
        cache.Set("c", 3);

        // assert
        Assert.False(cache.TryGet("a", out _));
        Assert.True(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
    }

    [Fact]
    public void LruCache_ReadEntry_OutlivesUnreadOne()
    {
        // arrange
        var cache = new LruCache<string, int>(capacity: 2);
        cache.Set("a", 1);
        cache.Set("b", 2);
        cache.TryGet("a", out _);

        // act
        cache.Set("c", 3);

        // assert
        Assert.True(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("b", out _));
    }

    [Fact]
    public void LruCache_SetExistingKey_ReplacesWithoutGrowing()
    {
        // arrange
        var cache = new LruCache<string, int>(capacity: 2);
        cache.Set("a", 1);

        // act
        cache.Set("a", 2);

        // assert
        Assert.True(cache.TryGet("a", out var value));
        Assert.Equal(2, value);
        Assert.Equal(1, cache.Count);
    }
}
