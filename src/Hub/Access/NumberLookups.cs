using Hub.Identity;
using Hub.Records;

namespace Hub.Access;

/// <summary>
/// The look-ups of a pupil by personal identity number during one request. Each becomes a row of
/// its own, written whether the number was found, found outside the caller's jurisdiction or not
/// found at all, and written the same in each case: no pupil, category Identity. A row that named
/// the pupil found would tell the log's readers (a guardian's report among them) more than the
/// caller was told, and would differ between a number out of reach and one not in the hub. The
/// pupil shows in the log once anything about the pupil is read, which only a caller within reach can.
/// </summary>
public sealed class NumberLookups
{
    public const string Basis = "look-up by personal identity number";
    public const string EmergencyBasis = "look-up by personal identity number for emergency access";

    private readonly List<bool> _lookups = [];

    public bool IsEmpty => _lookups.Count == 0;

    /// <summary>Records one look-up; <paramref name="emergency"/> for break-glass, which reaches the whole city.</summary>
    public void LookedUp(bool emergency) => _lookups.Add(emergency);

    public IEnumerable<AccessLogEntry> ToEntries(Caller caller, string operation, DateTime at) =>
        _lookups.Select(emergency => LogRow.Unchained(
            caller, operation, at, pupilId: null, nameof(DataCategory.Identity),
            $"{nameof(DataCategory.Identity)}: {(emergency ? EmergencyBasis : Basis)}", emergency));
}
