using Xunit.Abstractions;

namespace Hub.Tests.Architecture;

public sealed class FolderArrowsTests(ITestOutputHelper output)
{
    [Fact]
    public void Folders_PrintGraph()
    {
        var graph = FolderGraph.OfHub();
        foreach (var ((from, to), reasons) in graph.Edges.OrderBy(e => e.Key.From).ThenBy(e => e.Key.To))
        {
            output.WriteLine($"{from} -> {to}");
            foreach (var r in reasons.Take(8)) output.WriteLine($"    {r}");
        }

        foreach (var c in graph.Cycles()) output.WriteLine("CYCLE: " + string.Join(", ", c));
    }
}
