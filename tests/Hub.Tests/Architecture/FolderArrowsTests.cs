using Xunit.Abstractions;

namespace Hub.Tests.Architecture;

/// <summary>
/// The folders under <c>src/Hub</c> import in one direction. The table below is the layering the
/// README describes: each folder lists the folders it may use, and a folder may only use folders
/// listed before it. A new arrow (or a new folder) is a reviewed change to this table.
/// </summary>
public sealed class FolderArrowsTests(ITestOutputHelper output)
{
    private static readonly string[] Below = ["Records", "Api"];
    private static readonly string[] Foundation = [.. Below, "Data", "Identity"];
    private static readonly string[] Door = [.. Foundation, "Access", "Organisation", "Audit", "Changes"];

    /// <summary>Folder → the folders it may import, lowest first.</summary>
    private static readonly (string Folder, string[] MayUse)[] Layers =
    [
        ("Records", []),
        ("Api", []),
        ("Data", ["Records"]),
        ("Identity", ["Records", "Data"]),
        ("Limits", [.. Foundation]),
        ("Access", [.. Foundation]),
        ("Organisation", [.. Foundation, "Access"]),
        ("Audit", [.. Foundation, "Access", "Organisation"]),
        ("Changes", [.. Foundation, "Access", "Organisation", "Audit"]),
        ("Consents", Door),
        ("ContactPersons", Door),
        ("Cooperation", Door),
        ("InformationRequests", Door),
        ("Interventions", [.. Door, "Consents"]),
        ("Placements", Door),
        ("Attendance", Door),
        ("Sips", Door),

        // The hub's own yearly change: its door (Access.SchoolYearData) and the record of changes.
        ("SchoolYears", Door),

        // The family's own view: its door (Access.FamilyData), the guardians' access report (Audit), consents' withdrawal (Consents).
        ("Families", [.. Door, "Consents"]),
        ("Pupils", [.. Door, "Consents", "Interventions", "Placements", "Attendance", "Sips"]),

        // The population register's feed: its notices through the store (Access.ChangeStore), custody's and names' rules (Pupils).
        ("PopulationRegister", [.. Door, "Pupils"]),
        ("Events", [.. Door, "Limits", "Consents", "Interventions", "Placements", "Attendance", "Sips", "Pupils"]),
        ("Seeding", [.. Foundation, "Consents", "Sips"]),
        ("Schema", [.. Door, "Limits", "Consents", "ContactPersons", "Cooperation", "InformationRequests", "Interventions", "Placements", "Attendance", "Sips", "Families", "Pupils",
            "PopulationRegister", "Events"]),
        ("Ide", [.. Foundation, "Schema"]),
        ("Cli", [.. Door, "Schema", "Seeding"]),
    ];

    [Fact]
    public void EveryArrowBetweenFolders_IsInTheTable()
    {
        var graph = FolderGraph.OfHub();
        var allowed = Layers.ToDictionary(l => l.Folder, l => l.MayUse.ToHashSet());
        foreach (var ((from, to), _) in graph.Edges.OrderBy(e => e.Key.From).ThenBy(e => e.Key.To))
        {
            output.WriteLine($"{from} -> {to}");
        }

        var unlisted = graph.Edges.Where(e => !allowed.TryGetValue(e.Key.From, out var may) || !may.Contains(e.Key.To))
            .Select(e => $"{e.Key.From} -> {e.Key.To}, from:\n      {string.Join("\n      ", e.Value.Take(5))}")
            .ToList();
        Assert.True(unlisted.Count == 0, "Arrows the layering does not allow:\n  " + string.Join("\n  ", unlisted));
    }

    [Fact]
    public void Folders_FormNoCycle()
    {
        var cycles = FolderGraph.OfHub().Cycles();
        Assert.True(cycles.Count == 0, "Folders that reach each other: " + string.Join("; ", cycles.Select(c => string.Join(", ", c))));
    }

    [Fact]
    public void TheTable_IsLayered()
    {
        // A folder may only use folders placed before it, so the table itself can hold no cycle.
        for (var i = 0; i < Layers.Length; i++)
        {
            var earlier = Layers.Take(i).Select(l => l.Folder).ToHashSet();
            Assert.All(Layers[i].MayUse, used => Assert.Contains(used, earlier));
        }
    }

    [Fact]
    public void EveryFolder_HasItsPlaceInTheTable()
    {
        var folders = HubAssembly.Types.Select(t => HubAssembly.FolderOf(t)).OfType<string>().Distinct().Order().ToList();
        Assert.Equal(folders, Layers.Select(l => l.Folder).Order().ToList());
    }

    [Fact]
    public void OnlyTheEntryPoint_LivesAtTheRoot()
    {
        // Program composes every concern; anything else at the root would be a folder nobody placed.
        var atRoot = HubAssembly.AllTypes.Where(t => t.Namespace is "" or "Hub" && !t.Name.StartsWith('<'))
            .Select(t => t.FullName).Order().ToList();
        Assert.Equal(["Program"], atRoot);
    }
}
