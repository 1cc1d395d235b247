using Hub.Cli;
using Hub.Tests.Support;

namespace Hub.Tests.Audit;

/// <summary>The command line entry `audit verify`, with its output and exit code as a shell sees them.</summary>
public sealed class AuditCommandTests
{
    [Fact]
    public async Task AuditVerify_IntactLog_PrintsRowCountAndExitsZero()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 2);
        using var output = new StringWriter();
        using var error = new StringWriter();

        // act
        var exit = HubCommands.Run(["audit", "verify"], hub.Services, output, error);

        // assert
        Assert.Equal((0, "access log intact: 2 rows\n", string.Empty), (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString()));
    }

    [Fact]
    public async Task AuditVerify_TamperedRow_PrintsWhereAndExitsOne()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 3);
        LogRows.Sql(hub, "UPDATE AccessLog SET Categories = 'Identity,Absence' WHERE Id = 1");
        using var output = new StringWriter();
        using var error = new StringWriter();

        // act
        var exit = HubCommands.Run(["audit", "verify"], hub.Services, output, error);

        // assert
        Assert.Equal(1, exit);
        Assert.Equal("access log NOT intact: row 1 was altered: its content does not match its hash\n", error.ToString().ReplaceLineEndings("\n"));
    }
}
