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
}
