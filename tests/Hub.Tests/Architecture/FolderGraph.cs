using Mono.Cecil;

namespace Hub.Tests.Architecture;

/// <summary>Which folder of <c>src/Hub</c> refers to which, and through which types.</summary>
internal sealed class FolderGraph
{
    private FolderGraph(IReadOnlyDictionary<(string From, string To), IReadOnlyList<string>> edges) => Edges = edges;

    /// <summary>Each arrow with a few of the references behind it, for a message that says where to look.</summary>
    public IReadOnlyDictionary<(string From, string To), IReadOnlyList<string>> Edges { get; }

    public static FolderGraph OfHub()
    {
        var edges = new Dictionary<(string, string), List<string>>();
        foreach (var type in HubAssembly.Types)
        {
            if (HubAssembly.FolderOf(type) is not { } from)
            {
                continue;
            }

            foreach (var (dependency, where) in HubAssembly.DependenciesOf(type))
            {
                if (dependency.Scope is ModuleDefinition && HubAssembly.FolderOf(dependency) is { } target && target != from)
                {
                    if (!edges.TryGetValue((from, target), out var reasons))
                    {
                        edges[(from, target)] = reasons = [];
                    }

                    var reason = $"{type.Name} ({where}) → {dependency.Name}";
                    if (reasons.Count < 50 && !reasons.Contains(reason))
                    {
                        reasons.Add(reason);
                    }
                }
            }
        }

        return new FolderGraph(edges.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value));
    }

    /// <summary>Groups of folders that reach each other (strongly connected components of more than one folder).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var nodes = Edges.Keys.SelectMany(e => new[] { e.From, e.To }).Distinct().Order().ToList();
        var reach = nodes.ToDictionary(n => n, n => Reachable(n));
        return nodes.Select(n => (IReadOnlyList<string>)nodes.Where(m => m == n || reach[n].Contains(m) && reach[m].Contains(n)).ToList())
            .Where(c => c.Count > 1).DistinctBy(c => string.Join(",", c)).ToList();
    }

    private HashSet<string> Reachable(string from)
    {
        var seen = new HashSet<string>();
        var next = new Stack<string>([from]);
        while (next.TryPop(out var node))
        {
            foreach (var (_, to) in Edges.Keys.Where(e => e.From == node))
            {
                if (seen.Add(to))
                {
                    next.Push(to);
                }
            }
        }

        return seen;
    }
}
