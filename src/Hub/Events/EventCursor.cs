using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Hub.Events;

/// <summary>
/// The cursor a subscriber resumes from: the outbox sequence, encrypted. Subscribers see only the
/// events they may see; plain sequence numbers would show them the gaps where the others were.
/// </summary>
public sealed class EventCursor(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Hub.Events.Cursor.v1");

    public string Protect(long sequence) => _protector.Protect(sequence.ToString(CultureInfo.InvariantCulture));

    public bool TryUnprotect(string? cursor, out long sequence)
    {
        sequence = 0;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 500)
        {
            return false;
        }

        try
        {
            return long.TryParse(_protector.Unprotect(cursor), NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }
}
