using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Hub.Audit;

/// <summary>
/// Opaque ids and cursors for access-log rows, shaped like <see cref="Api.GlobalId"/>'s but over
/// 64-bit keys: the log outgrows an int long before anything else in the hub does.
/// </summary>
public static class LogIds
{
    public const string Entry = "AccessLogEntry";
    public const string Cursor = "AccessLogCursor";

    public static string Encode(string type, long key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{type}:{key}")));

    public static bool TryDecode(string? id, string expectedType, out long key)
    {
        key = 0;
        if (string.IsNullOrEmpty(id) || id.Length > 64 || !Base64Url.IsValid(id))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
        var separator = text.IndexOf(':', StringComparison.Ordinal);
        return separator > 0
            && text.AsSpan(0, separator).SequenceEqual(expectedType)
            && long.TryParse(text.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out key)
            && key > 0;
    }
}
