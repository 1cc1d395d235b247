using Hub.Api;

namespace Hub.Pupils;

/// <summary>Keyset cursors over pupils in id order: stable under inserts, and opaque to clients.</summary>
public static class PupilCursor
{
    private const string Type = "PupilCursor";

    public static string Encode(int id) => GlobalId.Encode(Type, id);

    public static bool TryDecode(string cursor, out int id) => GlobalId.TryDecode(cursor, Type, out id);
}
