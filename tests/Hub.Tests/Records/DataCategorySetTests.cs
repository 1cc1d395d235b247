using Hub.Records;

namespace Hub.Tests.Records;

/// <summary>One stored form for a set of categories, and the older form emergency accesses were written in still reads.</summary>
public sealed class DataCategorySetTests
{
    [Fact]
    public void ToString_TwoCategories_NamesWithCommasBetween()
    {
        // arrange
        var set = new DataCategorySet([DataCategory.Placement, DataCategory.Absence]);

        // act
        var stored = set.ToString();

        // assert
        Assert.Equal("Placement,Absence", stored);
    }

    [Theory]
    [InlineData("Placement,Absence")]
    [InlineData(",Placement,Absence,")]
    public void Parse_EitherStoredForm_TheSameCategories(string stored)
    {
        // act
        var set = DataCategorySet.Parse(stored);

        // assert
        Assert.Equal([DataCategory.Placement, DataCategory.Absence], set);
        Assert.True(set.Contains(DataCategory.Absence));
        Assert.False(set.Contains(DataCategory.Sip));
        Assert.Equal("Placement,Absence", set.ToString());
    }

    [Theory]
    [InlineData("Placement,Absence")]
    [InlineData(",Placement,Absence,")]
    public void Marker_EitherStoredFormWrappedInCommas_Found(string stored)
    {
        // act
        var wrapped = "," + stored + ",";

        // assert
        Assert.Contains(DataCategorySet.Marker(DataCategory.Absence), wrapped, StringComparison.Ordinal);
        Assert.DoesNotContain(DataCategorySet.Marker(DataCategory.Sip), wrapped, StringComparison.Ordinal);
    }
}
