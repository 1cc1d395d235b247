using Hub.Api;

namespace Hub.Audit;

/// <summary>Opaque ids and cursors for access-log rows: <see cref="GlobalId"/>s over the log's 64-bit keys.</summary>
public static class LogIds
{
    public const string Entry = "AccessLogEntry";
    public const string Cursor = "AccessLogCursor";

    public static string Encode(string type, long key) => GlobalId.Encode(type, key);

    public static bool TryDecode(string? id, string expectedType, out long key) => GlobalId.TryDecodeLong(id, expectedType, out key);
}
