using Hub.Identity;
using Hub.Records;

namespace Hub.Access;

/// <summary>
/// Collects, during one request, every read of a pupil's personal data: the category and the
/// basis it was read on. At the end of the request it becomes one log row per pupil, and one row
/// per search (see <see cref="Search"/>).
/// </summary>
public sealed class AccessRecorder
{
    private readonly Dictionary<int, PupilReads> _reads = [];
    private readonly List<SearchRead> _searches = [];

    public bool IsEmpty => _reads.Count == 0 && _searches.Count == 0;

    /// <summary>
    /// Being found is a read of who the pupil is, whatever fields follow (an id, a cursor, only
    /// <c>__typename</c>): each pupil found gets an Identity read.
    /// </summary>
    public void Found(AccessDecisions decisions, IEnumerable<int> pupilIds)
    {
        foreach (var pupilId in pupilIds)
        {
            var access = decisions.For(pupilId);
            var identity = access[DataCategory.Identity];
            if (identity.Permitted)
            {
                Read(pupilId, DataCategory.Identity, identity.DescribeBases(), identity.ByEmergency, access.ProtectedIdentity);
            }
        }
    }

    /// <summary>
    /// A search over the pupils the caller may see: what it learns (a count, that a filter matches)
    /// is a read of who the pupils are even when no pupil is returned. Its row names the pupil
    /// when none, and the kinds of criteria, never their values (a searched number would put a
    /// personal identity number into the log). Add to the returned list what else it learned.
    /// </summary>
    public ISet<string> Search(string field)
    {
        var search = new SearchRead(field);
        _searches.Add(search);
        return search.Kinds;
    }

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
    public List<AccessLogEntry> ToEntries(Caller caller, string operation, DateTime at)
    {
        var rows = PupilEntries(caller, operation, at);
        rows.AddRange(_searches.Where(s => s.Kinds.Count > 0).Select(s => LogRow.Unchained(
            caller, operation, at, pupilId: null, new DataCategorySet([DataCategory.Identity]).ToString(),
            $"{nameof(DataCategory.Identity)}: search among related pupils, {s.Field}({string.Join(", ", s.Kinds.Order(StringComparer.Ordinal))})")));
        return rows;
    }

    private List<AccessLogEntry> PupilEntries(Caller caller, string operation, DateTime at) =>
        _reads.OrderBy(r => r.Key).Select(r => LogRow.Unchained(
            caller, operation, at, r.Key,
            new DataCategorySet(r.Value.Bases.Keys.Order()).ToString(),
            string.Join("; ", r.Value.Bases.OrderBy(b => b.Key).Select(b => $"{b.Key}: {b.Value}")),
            r.Value.Emergency, r.Value.ProtectedIdentity)).ToList();

    private sealed record SearchRead(string Field)
    {
        public SortedSet<string> Kinds { get; } = new(StringComparer.Ordinal);
    }

    private sealed class PupilReads
    {
        public Dictionary<DataCategory, string> Bases { get; } = [];
        public bool Emergency { get; set; }
        public bool ProtectedIdentity { get; set; }
    }
}
