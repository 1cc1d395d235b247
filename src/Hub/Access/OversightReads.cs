using Hub.Identity;
using Hub.Records;

namespace Hub.Access;

/// <summary>
/// The data-protection officer's reads of the access log during one request. Reading the log is
/// itself reading personal data (of the pupils and of the staff in it), so each read becomes a
/// row of its own: category AccessLog, the pupil it was narrowed to (if any). The other filters
/// (person, unit, period) are left out on purpose: the row may reach a guardian's report. A unit's
/// manager reads only the follow-up of its own unit's emergency accesses: its rows say so
/// (category EmergencyFollowUp, its own basis).
/// </summary>
public sealed class OversightReads
{
    public const string Basis = "data-protection oversight";
    public const string ManagerBasis = "the unit manager's follow-up of its unit's emergency access";

    private readonly List<int?> _pupils = [];

    public bool IsEmpty => _pupils.Count == 0;

    public void Read(int? pupilId) => _pupils.Add(pupilId);

    public IEnumerable<AccessLogEntry> ToEntries(Caller caller, string operation, DateTime at)
    {
        var (category, basis) = caller.Role == Role.UnitManager ? (DataCategory.EmergencyFollowUp, ManagerBasis) : (DataCategory.AccessLog, Basis);
        return _pupils.Select(pupilId => LogRow.Unchained(caller, operation, at, pupilId, category.ToString(), $"{category}: {basis}"));
    }
}
