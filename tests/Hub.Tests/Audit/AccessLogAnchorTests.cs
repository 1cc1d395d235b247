using Hub.Tests.Support;

namespace Hub.Tests.Audit;

/// <summary>
/// A hub that starts on a log that does not match its anchored head raises an alarm, keeps serving
/// and logging, and never re-creates or overwrites the head: the evidence stays for `audit verify`.
/// </summary>
public sealed class AccessLogAnchorTests
{
    private const string Read = "{ pupils(first: 1) { nodes { givenName } } }";

    [Fact]
    public async Task HubStart_IntactLog_RaisesNoAlarmAndKeepsTheHeadCurrent()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 2);
        var log = new CapturedLog();

        // act
        using var restarted = LogTampering.Restart(hub, log);
        var response = await new HubClient(restarted.CreateClient(), hub.TokenFor("school-teacher")).PostAsync(Read);

        // assert
        Assert.Null(response.Errors);
        Assert.Empty(log.Critical);
        Assert.Equal("access log intact: 3 rows", LogRows.Verify(hub).Message);
    }

    [Fact]
    public async Task HubStart_HeadDeleted_RaisesAnAlarmAndNeverRecreatesTheHead()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 2);
        LogTampering.DeleteHead(hub);
        var log = new CapturedLog();

        // act
        using var restarted = LogTampering.Restart(hub, log);
        var response = await new HubClient(restarted.CreateClient(), hub.TokenFor("school-teacher")).PostAsync(Read);

        // assert
        Assert.Null(response.Errors);
        Assert.Contains(log.Critical, m => m.StartsWith("The access log does not match its anchor: no chain head is recorded", StringComparison.Ordinal));
        Assert.False(File.Exists(LogTampering.HeadPath(hub)));
        Assert.Equal(3, LogRows.All(hub).Count);
    }

    [Fact]
    public async Task HubStart_TailCut_RaisesAnAlarmAndKeepsTheHeadAsEvidence()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 4);
        LogRows.Sql(hub, "DELETE FROM AccessLog WHERE Id > 2");
        var head = await File.ReadAllTextAsync(LogTampering.HeadPath(hub));
        var log = new CapturedLog();

        // act
        using var restarted = LogTampering.Restart(hub, log);
        await new HubClient(restarted.CreateClient(), hub.TokenFor("school-teacher")).PostAsync(Read);

        // assert
        Assert.Contains(log.Critical, m => m.Contains("the log ends at row 2 but row 4 was committed", StringComparison.Ordinal));
        Assert.Equal(head, await File.ReadAllTextAsync(LogTampering.HeadPath(hub)));
        Assert.False(LogRows.Verify(hub).Intact);
    }

    [Fact]
    public void HubStart_ProductionWithoutAChainKey_RefusesToStart()
    {
        // arrange
        using var production = new ProductionHubFactory();
        using var hub = production.WithWebHostBuilder(b => b.UseSetting("Hub:AccessLog:ChainKey", string.Empty));

        // act
        var exception = Record.Exception(() => hub.CreateClient());

        // assert
        Assert.Contains("Hub:AccessLog:ChainKey", exception?.Message, StringComparison.Ordinal);
    }
}
