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
        Assert.Equal("access log NOT intact: row 1 was altered: its content does not match its hash under the chain key\n", error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task AuditVerify_LogWipedWithItsHead_SaysTheHeadIsMissingAndExitsOne()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 2);
        LogRows.Sql(hub, "DELETE FROM AccessLog");
        LogTampering.DeleteHead(hub);
        using var output = new StringWriter();
        using var error = new StringWriter();

        // act
        var exit = HubCommands.Run(["audit", "verify"], hub.Services, output, error);

        // assert
        Assert.Equal((1, string.Empty), (exit, output.ToString()));
        Assert.StartsWith($"access log NOT intact: no chain head is recorded in {LogTampering.HeadPath(hub)}", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditReanchor_AfterTheIncidentWasDealtWith_VerifyPassesAgain()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 3);
        LogRows.Sql(hub, "DELETE FROM AccessLog WHERE Id = 3");
        using var output = new StringWriter();
        using var error = new StringWriter();

        // act
        var exit = HubCommands.Run(["audit", "reanchor"], hub.Services, output, error);

        // assert
        Assert.Equal((0, string.Empty), (exit, error.ToString()));
        Assert.StartsWith("chain head recorded at row 2 (2 rows)", output.ToString(), StringComparison.Ordinal);
        Assert.Equal((true, "access log intact: 2 rows"), (LogRows.Verify(hub).Intact, LogRows.Verify(hub).Message));
    }

    [Fact]
    public async Task AuditReanchor_RowRewrittenWithoutTheKey_RefusesAndExitsOne()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 3);
        LogTampering.RewriteChainAndHead(hub, rowId: 3, person: "p-someone-else");
        var forged = await File.ReadAllTextAsync(LogTampering.HeadPath(hub));
        using var output = new StringWriter();
        using var error = new StringWriter();

        // act
        var exit = HubCommands.Run(["audit", "reanchor"], hub.Services, output, error);

        // assert
        Assert.Equal(1, exit);
        Assert.StartsWith("not reanchored: row 1 was altered", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(forged, await File.ReadAllTextAsync(LogTampering.HeadPath(hub)));
    }
}
