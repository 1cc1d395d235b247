using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Hub.Api;

/// <summary>
/// Opaque, globally unique ids: the type name and the key, base64url-encoded ("Pupil:42"). Clients
/// must not parse them; the hub checks the type when it reads one back, and takes only the one
/// spelling it writes: a padded, zero-led or otherwise re-spelt id would be a second name for the
/// same record, usable to tell records apart outside the id the hub handed out.
/// </summary>
public static class GlobalId
{
    public static string Encode(string type, long key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{type}:{key}")));

    /// <summary>The key of an id a client passed as an argument, or <see cref="InvalidInputError"/> naming the argument.</summary>
    public static int DecodeArgument(string id, string expectedType, string argument) =>
        TryDecode(id, expectedType, out int key) ? key : throw new InvalidInputError(argument, $"is not a {expectedType} id");

    public static bool TryDecode(string? id, string expectedType, out int key)
    {
        var ok = TryDecodeLong(id, expectedType, out var wide) && wide <= int.MaxValue;
        key = ok ? (int)wide : 0;
        return ok;
    }

    /// <summary>For 64-bit keys, such as the access log's, which outgrows an int long before anything else.</summary>
    public static bool TryDecodeLong(string? id, string expectedType, out long key)
    {
        key = 0;
        if (string.IsNullOrEmpty(id) || id.Length > 64 || !Base64Url.IsValid(id))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
        var separator = text.IndexOf(':', StringComparison.Ordinal);
        var ok = separator > 0
            && text.AsSpan(0, separator).SequenceEqual(expectedType)
            && long.TryParse(text.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out key)
            && key > 0
            && string.Equals(Encode(expectedType, key), id, StringComparison.Ordinal);
        key = ok ? key : 0;
        return ok;
    }
}
