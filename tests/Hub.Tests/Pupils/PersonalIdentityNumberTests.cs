using Hub.Records;

namespace Hub.Tests.Pupils;

public sealed class PersonalIdentityNumberTests
{
    [Theory]
    [InlineData("19121212-1212", "191212121212")]
    [InlineData("191212121212", "191212121212")]
    [InlineData(" 20100101-0006 ", "201001010006")]
    [InlineData("19121272-1219", "191212721219")]
    public void TryNormalize_ValidNumber_ReturnsTwelveDigits(string input, string expected)
    {
        // act
        var ok = PersonalIdentityNumber.TryNormalize(input, out var normalized, out var problem);

        // assert
        Assert.True(ok, problem);
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("19121212-1213", "has a wrong check digit")]
    [InlineData("1912121212", "must be 12 digits: YYYYMMDD-NNNN")]
    [InlineData("19121312-1212", "does not start with a valid date of birth")]
    [InlineData("20100230-0000", "does not start with a valid date of birth")]
    [InlineData("abcdefgh-ijkl", "must be 12 digits: YYYYMMDD-NNNN")]
    [InlineData("", "must be 12 digits: YYYYMMDD-NNNN")]
    [InlineData(null, "must be 12 digits: YYYYMMDD-NNNN")]
    public void TryNormalize_InvalidNumber_SaysWhy(string? input, string expected)
    {
        // act
        var ok = PersonalIdentityNumber.TryNormalize(input, out _, out var problem);

        // assert
        Assert.False(ok);
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void Mask_KeepsTheDateOfBirthOnly()
    {
        // act
        var masked = PersonalIdentityNumber.Mask("191212121212");

        // assert
        Assert.Equal("19121212-XXXX", masked);
    }
}
