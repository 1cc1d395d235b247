using Hub.Audit;
using Hub.Tests.Support;

namespace Hub.Tests.Audit;

/// <summary>
/// `audit verify` finds an altered or removed row, and where. Each test tampers with its own hub,
/// since a broken log stays broken.
/// </summary>
public sealed class AuditVerifyTests
{
    [Fact]
    public async Task Verify_UntouchedLog_IsIntactWithItsRowCount()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 4);

        // act
        var check = LogRows.Verify(hub);

        // assert
        Assert.Equal((true, 4L, "access log intact: 4 rows"), (check.Intact, check.Rows, check.Message));
    }

    [Fact]
    public async Task Verify_ColumnUpdatedBySql_NamesTheAlteredRow()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 4);
        LogRows.Sql(hub, "UPDATE AccessLog SET UnitCode = 'school:elsewhere' WHERE Id = 2");

        // act
        var check = LogRows.Verify(hub);

        // assert
        Assert.Equal((false, "row 2 was altered: its content does not match its hash under the chain key"), (check.Intact, check.Message));
    }

    [Fact]
    public async Task Verify_MiddleRowDeleted_NamesTheMissingRow()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 4);
        LogRows.Sql(hub, "DELETE FROM AccessLog WHERE Id = 3");

        // act
        var check = LogRows.Verify(hub);

        // assert
        Assert.Equal((false, "row 3 is missing (the next row is 4)"), (check.Intact, check.Message));
    }

    [Fact]
    public async Task Verify_LastRowDeleted_FindsRowsRemovedFromTheEnd()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 4);
        LogRows.Sql(hub, "DELETE FROM AccessLog WHERE Id = 4");

        // act
        var check = LogRows.Verify(hub);

        // assert
        Assert.False(check.Intact);
        Assert.StartsWith("the log ends at row 3 but row 4 was committed", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_NewDatabase_IsIntactWithNoRows()
    {
        // arrange
        using var hub = new HubFactory();
        _ = hub.Services;

        // act
        var check = LogRows.Verify(hub);

        // assert
        Assert.Equal((true, 0L, "access log intact: 0 rows"), (check.Intact, check.Rows, check.Message));
    }

    [Fact]
    public async Task Verify_LastRowRewrittenWithAFreshHashUnderAnotherKey_NamesTheRow()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 4);
        var last = LogRows.All(hub)[^1];
        last.PersonId = "p-someone-else";
        LogRows.Sql(hub, $"UPDATE AccessLog SET PersonId = '{last.PersonId}', Hash = '{AuditChain.HashOf(last, LogTampering.GuessedKey(hub))}' WHERE Id = 4");

        // act
        var check = LogRows.Verify(hub);

        // assert
        Assert.Equal((false, "row 4 was altered: its content does not match its hash under the chain key"), (check.Intact, check.Message));
    }

    [Fact]
    public async Task Verify_ChainAndHeadRewrittenWithoutTheKey_NamesTheFirstRow()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 4);
        LogTampering.RewriteChainAndHead(hub, rowId: 2, person: "p-someone-else");

        // act
        var check = LogRows.Verify(hub);

        // assert
        Assert.Equal((false, "row 1 was altered: its content does not match its hash under the chain key"), (check.Intact, check.Message));
    }

    [Fact]
    public async Task Verify_HeadForgedWithoutTheKeyOverACutTail_FindsTheForgery()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 4);
        var second = LogRows.All(hub)[1];
        LogRows.Sql(hub, "DELETE FROM AccessLog WHERE Id > 2");
        LogTampering.ForgeHead(hub, new ChainHead(2, 2, second.Hash));

        // act
        var check = LogRows.Verify(hub);

        // assert
        Assert.Equal((false, $"the chain head in {LogTampering.HeadPath(hub)} is not one the hub recorded with the chain key: it was forged or damaged"), (check.Intact, check.Message));
    }

    [Fact]
    public async Task Verify_LogWipedWithItsHead_FindsTheHeadMissing()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 4);
        LogRows.Sql(hub, "DELETE FROM AccessLog");
        LogTampering.DeleteHead(hub);

        // act
        var check = LogRows.Verify(hub);

        // assert
        Assert.False(check.Intact);
        Assert.StartsWith($"no chain head is recorded in {LogTampering.HeadPath(hub)}, though the hub records one when it creates its database", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_LogWipedHeadKept_FindsRowsRemovedFromTheEnd()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 4);
        LogRows.Sql(hub, "DELETE FROM AccessLog");

        // act
        var check = LogRows.Verify(hub);

        // assert
        Assert.False(check.Intact);
        Assert.StartsWith("the log ends at row 0 but row 4 was committed", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TailCutAndHeadDeletedThenTheHubRestartsAndReads_FindsTheHeadMissing()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 4);
        LogRows.Sql(hub, "DELETE FROM AccessLog WHERE Id > 2");
        LogTampering.DeleteHead(hub);
        using var restarted = LogTampering.Restart(hub, new CapturedLog());
        var client = new HubClient(restarted.CreateClient(), hub.TokenFor("school-teacher"));
        Assert.Null((await client.PostAsync("{ pupils(first: 1) { nodes { givenName } } }")).Errors);

        // act
        var check = LogRows.Verify(hub);

        // assert
        Assert.Equal((false, 3L), (check.Intact, check.Rows));
        Assert.StartsWith("no chain head is recorded in", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_OlderHeadPutBack_FindsTheLogPastItsHead()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 2);
        var older = await File.ReadAllTextAsync(LogTampering.HeadPath(hub));
        await LogRows.ReadPupilsAsync(hub, requests: 2);
        await File.WriteAllTextAsync(LogTampering.HeadPath(hub), older);

        // act
        var check = LogRows.Verify(hub);

        // assert
        Assert.False(check.Intact);
        Assert.StartsWith("the log goes on to row 4 past its recorded chain head at row 2", check.Message, StringComparison.Ordinal);
    }
}
