namespace Hub.Tests.Schema;

/// <summary>The schema contract's failure message: a changed line shows as - committed and + running, among its neighbours.</summary>
public sealed class LineDiffTests
{
    private static readonly string Committed = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"line {i}")) + "\n";

    [Fact]
    public void Between_OneLineChanged_ShowsItRemovedAndAddedWithThreeLinesAround()
    {
        // arrange
        var running = Committed.Replace("line 10\n", "line ten\n", StringComparison.Ordinal);

        // act
        var diff = LineDiff.Between(Committed, running);

        // assert
        Assert.Equal("@@ -7 +7 @@\n  line 7\n  line 8\n  line 9\n- line 10\n+ line ten\n  line 11\n  line 12\n  line 13\n", diff);
    }

    [Fact]
    public void Between_EqualTexts_IsEmpty()
    {
        // act
        var diff = LineDiff.Between(Committed, Committed);

        // assert
        Assert.Empty(diff);
    }
}
