using Hub.Api;

namespace Hub.Tests.Api;

public sealed class GlobalIdTests
{
    [Fact]
    public void Decode_EncodedId_ReturnsTheKey()
    {
        // arrange
        var id = GlobalId.Encode("Pupil", 42);

        // act
        var ok = GlobalId.TryDecode(id, "Pupil", out var key);

        // assert
        Assert.True(ok);
        Assert.Equal(42, key);
    }

    [Theory]
    [InlineData("Unit")]
    [InlineData("Pupi")]
    [InlineData("PupilX")]
    public void Decode_IdOfAnotherType_Fails(string type)
    {
        // arrange
        var id = GlobalId.Encode(type, 42);

        // act
        var ok = GlobalId.TryDecode(id, "Pupil", out _);

        // assert
        Assert.False(ok);
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!!")]
    [InlineData("UHVwaWw6")]
    [InlineData("UHVwaWw6LTE")]
    [InlineData("UHVwaWw6MCAx")]
    public void Decode_Malformed_Fails(string id)
    {
        // act
        var ok = GlobalId.TryDecode(id, "Pupil", out _);

        // assert
        Assert.False(ok);
    }

    [Theory]
    [InlineData("UHVwaWw6MDQy")] // "Pupil:042": a leading zero
    [InlineData("UHVwaWw6NDI=")] // padded
    [InlineData("UHVwaWw6NDJ")] // the last character's unused bits set
    [InlineData(" UHVwaWw6NDI")] // whitespace
    [InlineData("UHVwaWw6NDI ")]
    [InlineData("UHVw aWw6NDI")]
    public void Decode_NonCanonicalSpellingOfAValidId_Fails(string id)
    {
        // arrange
        Assert.Equal("UHVwaWw6NDI", GlobalId.Encode("Pupil", 42));

        // act
        var ok = GlobalId.TryDecode(id, "Pupil", out var key);

        // assert
        Assert.False(ok);
        Assert.Equal(0, key);
    }

    [Fact]
    public void DecodeLong_NonCanonicalSpelling_Fails()
    {
        // arrange
        var id = GlobalId.Encode("AccessLogEntry", 7) + "=";

        // act
        var ok = GlobalId.TryDecodeLong(id, "AccessLogEntry", out _);

        // assert
        Assert.False(ok);
    }
}
