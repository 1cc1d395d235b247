using Hub.Access;

namespace Hub.Audit;

/// <summary>
/// Collects, during one request, every read of a pupil's personal data: the category and the
/// basis it was read on. At the end of the request it becomes one log row per pupil.
/// </summary>
public sealed class AccessRecorder
{
    private readonly Dictionary<int, PupilReads> _reads = [];

    public bool IsEmpty => _reads.Count == 0;

    public void Read(int pupilId, DataCategory category, string basis, bool emergency, bool protectedIdentity)
    {
        if (!_reads.TryGetValue(pupilId, out var reads))
        {
            _reads[pupilId] = reads = new PupilReads();
        }

        reads.Bases[category] = basis;
        reads.Emergency |= emergency;
        reads.ProtectedIdentity |= protectedIdentity;
    }

    /// <summary>The rows for what was read, without ids or hashes (the writer chains them).</summary>
    public List<AccessLogEntry> ToEntries(Caller caller, string operation, DateTime at) =>
        _reads.OrderBy(r => r.Key).Select(r => new AccessLogEntry
        {
            At = at,
            PersonId = caller.PersonId,
            Agency = caller.Agency.ToString(),
            UnitCode = caller.UnitCode,
            Role = caller.Role.ToString(),
            Operation = operation,
            PupilId = r.Key,
            Categories = string.Join(',', r.Value.Bases.Keys.Order()),
            Basis = string.Join("; ", r.Value.Bases.OrderBy(b => b.Key).Select(b => $"{b.Key}: {b.Value}")),
            Emergency = r.Value.Emergency,
            ProtectedIdentity = r.Value.ProtectedIdentity,
            PreviousHash = string.Empty,
            Hash = string.Empty,
        }).ToList();

    private sealed class PupilReads
    {
        public Dictionary<DataCategory, string> Bases { get; } = [];
        public bool Emergency { get; set; }
        public bool ProtectedIdentity { get; set; }
    }
}
