using Hub.Tests.Support;

namespace Hub.Tests.Pupils;

/// <summary>
/// registerGuardian with the number of a guardian the principal does not see (here: of a protected
/// pupil at another school) reads nothing about that person back and confirms nothing: the answer
/// equals the answer for a number the hub does not know. A guardian the principal already sees is
/// linked, and a wrong name for that guardian is refused.
/// </summary>
public sealed class GuardianOfAnotherFamilyTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Selection = "pupil { guardians { givenName familyName phone custodySince } }";
    private const string OwnSchool = "school:klubbacksskolan";

    private Task<Envelope> RegisterAsync(Stranger pupil, string number, string given, string family, string? phone) =>
        hub.ClientFor("school-principal").MutateAsync("registerGuardian", "RegisterGuardianInput", new
        {
            pupilId = Hub.Api.GlobalId.Encode("Pupil", pupil.Id),
            personalIdentityNumber = number,
            givenName = given,
            familyName = family,
            phone,
            custodyStartsOn = "2026-11-01",
        }, Selection);

    /// <summary>Registers in two worlds, the hidden guardian's number and a number not in the hub, and requires the same answer and log rows.</summary>
    private async Task<Envelope> SameAsUnknownNumberAsync(string given, string family, string? phone)
    {
        var hidden = Strangers.PupilAt(hub, "school:skarholmens-skola", protectedIdentity: true);
        var (unknown, unknownRows) = await LoggedRows.OfAsync(hub, () =>
            RegisterAsync(Strangers.PupilAt(hub, OwnSchool), Strangers.NumberNotInTheHub(hub, age: 47), given, family, phone));
        var (known, knownRows) = await LoggedRows.OfAsync(hub, () => RegisterAsync(Strangers.PupilAt(hub, OwnSchool), hidden.GuardianNumber, given, family, phone));
        Assert.Equal(unknown.Text, known.Text);
        Assert.Equal(unknownRows.Length, knownRows.Length);
        return known;
    }

    [Fact]
    public async Task RegisterGuardian_NumberOfAHiddenPupilsGuardian_ThatGuardiansPhoneNeverComesBack()
    {
        // arrange, act
        var registered = await SameAsUnknownNumberAsync("Dold", "Främling", phone: null);

        // assert
        Assert.Empty(registered.UserErrors("registerGuardian"));
        var guardians = registered.Payload("registerGuardian")["pupil"]!["guardians"]!;
        Assert.Contains(guardians, g => (string?)g["custodySince"] == "2026-11-01" && g["phone"]!.Type == Newtonsoft.Json.Linq.JTokenType.Null);
    }

    [Fact]
    public async Task RegisterGuardian_HiddenGuardiansNumberUnderAnotherName_NotConfirmedAndRecordedAsEntered()
    {
        // arrange, act
        var registered = await SameAsUnknownNumberAsync("Sofia", "Wikström", "070-174 06 99");

        // assert
        Assert.Empty(registered.UserErrors("registerGuardian"));
        Assert.DoesNotContain("another name", registered.Text, StringComparison.Ordinal);
        var guardians = registered.Payload("registerGuardian")["pupil"]!["guardians"]!;
        Assert.Contains(guardians, g => (string?)g["givenName"] == "Sofia" && (string?)g["phone"] == "070-174 06 99");
    }

    [Fact]
    public async Task RegisterGuardian_GuardianThePrincipalAlreadySeesUnderAnotherName_Refused()
    {
        // arrange
        var sibling = Strangers.PupilAt(hub, OwnSchool);
        var pupil = Strangers.PupilAt(hub, OwnSchool);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => RegisterAsync(pupil, sibling.GuardianNumber, "Sofia", "Wikström", null));

        // assert
        Assert.Equal(["INVALID input.personalIdentityNumber"], refused.UserErrors("registerGuardian"));
    }

    [Fact]
    public async Task RegisterGuardian_GuardianThePrincipalAlreadySees_LinkedWithWhatThePrincipalReads()
    {
        // arrange
        var sibling = Strangers.PupilAt(hub, OwnSchool);
        var pupil = Strangers.PupilAt(hub, OwnSchool);

        // act
        var registered = await RegisterAsync(pupil, sibling.GuardianNumber, "Dold", "Främling", phone: null);

        // assert
        Assert.Empty(registered.UserErrors("registerGuardian"));
        var guardians = registered.Payload("registerGuardian")["pupil"]!["guardians"]!;
        Assert.Contains(guardians, g => (string?)g["custodySince"] == "2026-11-01" && (string?)g["phone"] == "08-555 010 99");
    }
}
