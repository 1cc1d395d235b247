using Hub.Identity;
using Hub.Records;

namespace Hub.Access;

/// <summary>
/// The data-protection officer's reads of the access log during one request. Reading the log is
/// itself reading personal data (of the pupils and of the staff in it), so each read becomes a
/// row of its own: category AccessLog, the pupil it was narrowed to (if any). The other filters
/// (person, unit, period) are left out on purpose: the row may reach a guardian's report.
/// </summary>
public sealed class OversightReads
{
    public const string Basis = "data-protection oversight";

    private readonly List<int?> _pupils = [];

    public bool IsEmpty => _pupils.Count == 0;

    public void Read(int? pupilId) => _pupils.Add(pupilId);

    public IEnumerable<AccessLogEntry> ToEntries(Caller caller, string operation, DateTime at) =>
        _pupils.Select(pupilId => LogRow.Unchained(
            caller, operation, at, pupilId, nameof(DataCategory.AccessLog), $"{nameof(DataCategory.AccessLog)}: {Basis}"));
}
