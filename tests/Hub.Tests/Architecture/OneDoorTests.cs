using Mono.Cecil;
using Xunit.Abstractions;

namespace Hub.Tests.Architecture;

/// <summary>
/// The access layer is the only way in to personal data. Read from the compiled code: every use
/// of a table of the store (a <c>HubDbContext</c> set), of the generic ways past the sets
/// (<c>Set&lt;T&gt;</c>, <c>Entry</c>, <c>Find</c>), and of raw SQL, and the folder it sits in. A
/// table not named below is personal data, so a new table is closed until someone opens it here.
/// </summary>
public sealed class OneDoorTests(ITestOutputHelper output)
{
    /// <summary>The store itself, its migrations and the demo seeder may touch every table.</summary>
    private static readonly string[] Everywhere = ["Data", "Seeding"];

    /// <summary>Tables that are not pupil data, and the folders that keep them; every other table is the access layer's alone.</summary>
    private static readonly Dictionary<string, string[]> Tables = new()
    {
        ["Districts"] = ["Access", "Identity"],
        ["Units"] = ["Access", "Identity"],
        ["ContactPersons"] = ["Access", "Organisation"],
        ["SchoolSocialTeamSchools"] = ["Access", "Organisation"],
        ["AccessLog"] = ["Access", "Audit"],
        ["Changes"] = ["Changes", "Events"],
        ["IdempotencyKeys"] = ["Changes"],
        ["SchoolYearRollovers"] = ["SchoolYears"],
    };

    /// <summary>Ways past the sets. Changes reads a saved record's id and type (never its data) to record the change.</summary>
    private static readonly Dictionary<string, string[]> Hatches = new()
    {
        ["Set"] = ["Access"],
        ["Entry"] = ["Access", "Changes"],
        ["Find"] = ["Access"],
        ["FindAsync"] = ["Access"],
        ["FromSql"] = ["Access"],
        ["FromSqlRaw"] = ["Access"],
        ["FromSqlInterpolated"] = ["Access"],
        ["SqlQuery"] = ["Access"],
        ["SqlQueryRaw"] = ["Access"],
        ["ExecuteSql"] = ["Access"],
        ["ExecuteSqlRaw"] = ["Access"],
        ["ExecuteSqlRawAsync"] = ["Access"],
        ["ExecuteSqlInterpolated"] = ["Access"],
        ["ExecuteSqlInterpolatedAsync"] = ["Access"],
        ["ExecuteSqlAsync"] = ["Access"],
    };

    [Fact]
    public void PersonalData_IsReadOnlyThroughTheAccessLayer()
    {
        var uses = Uses().ToList();
        foreach (var group in uses.GroupBy(u => u.What).OrderBy(g => g.Key))
        {
            output.WriteLine($"{group.Key}: {string.Join(", ", group.Select(u => u.Folder).Distinct().Order())}");
        }

        var doors = uses.Where(u => !Allowed(u.What, u.Folder)).Select(u => $"{u.Where} uses {u.What}").Distinct().Order().ToList();
        Assert.True(doors.Count == 0, "Back doors to the store, outside the access layer:\n  " + string.Join("\n  ", doors));
    }

    [Fact]
    public void TheCheck_SeesEveryTableOfTheStore()
    {
        // A positive control: the scan must find the sets the access layer itself uses, or it proves nothing.
        var seen = Uses().Where(u => u.Folder == "Access").Select(u => u.What).ToHashSet();
        Assert.Contains("Pupils", seen);
        Assert.Contains("Interventions", seen);
        Assert.Contains("Set", seen);
        Assert.All(Tables.Keys, table => Assert.Contains(table, HubAssembly.StoreTables));
    }

    private static bool Allowed(string what, string folder) =>
        Everywhere.Contains(folder)
        || (Tables.TryGetValue(what, out var keepers) ? keepers.Contains(folder)
            : Hatches.TryGetValue(what, out var hatch) ? hatch.Contains(folder)
            : folder == "Access");

    /// <summary>Every use of a table, a hatch or raw SQL, with the folder of the type that makes it.</summary>
    private static IEnumerable<(string What, string Folder, string Where)> Uses()
    {
        foreach (var type in HubAssembly.Types)
        {
            var folder = HubAssembly.FolderOf(type) ?? "(root)";
            foreach (var (method, instruction) in HubAssembly.ReferencesIn(type))
            {
                if (instruction.Operand is MethodReference called && What(called) is { } what)
                {
                    yield return (what, folder, $"{type.FullName}.{method.Name}");
                }
            }
        }
    }

    private static string? What(MethodReference called)
    {
        var declaring = called.DeclaringType.FullName;
        if (declaring == "Hub.Data.HubDbContext" && called.Name.StartsWith("get_", StringComparison.Ordinal)
            && HubAssembly.StoreTables.Contains(called.Name[4..]))
        {
            return called.Name[4..];
        }

        var storeOrEf = declaring is "Hub.Data.HubDbContext" or "Microsoft.EntityFrameworkCore.DbContext"
            || declaring.StartsWith("Microsoft.EntityFrameworkCore.Relational", StringComparison.Ordinal);
        return storeOrEf && Hatches.ContainsKey(called.Name) ? called.Name : null;
    }
}
