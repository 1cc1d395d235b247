using System.Text.RegularExpressions;
using Hub.Cli;
using Hub.Identity;
using Hub.Tests.Support;

namespace Hub.Tests.Identity;

/// <summary>
/// What each persona may see is written once, on the persona: the persona page, the
/// <c>personas</c> command and the README's persona table must all say it the same way.
/// </summary>
[Collection(ReadOnlyHubDefinition.Name)]
public sealed partial class PersonaNoteTests(HubFactory hub)
{
    [Fact]
    public void ReadmePersonaTable_EveryPersona_SaysWhatThePersonaNoteSays()
    {
        // arrange
        var readme = File.ReadAllText(Repository.PathOf("README.md")).ReplaceLineEndings("\n");

        // act
        var rows = Row().Matches(readme).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["sees"].Value);

        // assert
        Assert.Equal(Personas.All.Select(p => p.Name).Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        Assert.All(Personas.All, p => Assert.Equal(p.Sees, rows[p.Name]));
    }

    [Fact]
    public void PersonasCommand_EveryPersona_PrintsItsNote()
    {
        // arrange
        using var output = new StringWriter();
        using var error = new StringWriter();

        // act
        var exit = HubCommands.Run(["personas"], hub.Services, output, error);

        // assert
        Assert.Equal(0, exit);
        Assert.All(Personas.All, p => Assert.Contains($"{p.Name} ", output.ToString(), StringComparison.Ordinal));
        Assert.All(Personas.All, p => Assert.Contains(p.Sees, output.ToString(), StringComparison.Ordinal));
    }

    // A row of the README's persona table: | `name` | agency | role | unit | sees |
    [GeneratedRegex(@"^\| `(?<name>[a-z-]+)` \| [^|\n]+ \| [^|\n]+ \| [^|\n]+ \| (?<sees>[^|\n]+) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
