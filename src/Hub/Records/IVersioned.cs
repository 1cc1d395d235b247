namespace Hub.Records;

/// <summary>
/// A record changed under optimistic concurrency: its version goes up by one with every saved
/// change, and a change that names an older version is refused instead of overwriting.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
