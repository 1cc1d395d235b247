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
        Assert.Equal((false, "row 2 was altered: its content does not match its hash"), (check.Intact, check.Message));
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
    public async Task Verify_LastRowRewrittenWithAFreshHash_FindsTheRewrite()
    {
        // arrange
        using var hub = new HubFactory();
        await LogRows.ReadPupilsAsync(hub, requests: 4);
        var last = LogRows.All(hub)[^1];
        last.PersonId = "p-someone-else";
        LogRows.Sql(hub, $"UPDATE AccessLog SET PersonId = '{last.PersonId}', Hash = '{AuditChain.HashOf(last)}' WHERE Id = 4");

        // act
        var check = LogRows.Verify(hub);

        // assert
        Assert.Null(AuditChain.Verify(LogRows.All(hub)));
        Assert.False(check.Intact);
        Assert.StartsWith("row 4 is not the row that was committed", check.Message, StringComparison.Ordinal);
    }
}
