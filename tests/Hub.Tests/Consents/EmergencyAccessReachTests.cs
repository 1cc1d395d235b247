using Hub.Tests.Support;

namespace Hub.Tests.Consents;

/// <summary>
/// Emergency access is break-glass, not bound by jurisdiction: acute danger may concern a child of
/// any district. Its look-up by number is the access layer's one look-up, logged and flagged.
/// </summary>
public sealed class EmergencyAccessReachTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Open = "mutation($n: String!, $r: String!) { openEmergencyAccess(personalIdentityNumber: $n, reason: $r) { pupilId } }";
    private const string Reason = "The police report the pupil missing overnight after violence at home.";

    [Fact]
    public async Task OpenEmergencyAccess_PupilOfAnotherDistrict_OpenedAndTheLookupLoggedAsEmergency()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, "school:rinkebyskolan");

        // act
        var (opened, rows) = await LoggedRows.OfAsync(hub, () => hub.ClientFor("social-investigator").PostAsync(Open, new { n = pupil.Number, r = Reason }));

        // assert
        Assert.Null(opened.Errors);
        Assert.Equal(Hub.Api.GlobalId.Encode("Pupil", pupil.Id), (string?)opened.Data["openEmergencyAccess"]!["pupilId"]);
        Assert.Equal(["p-2001|SocialServices|social:hagersten-alvsjo:investigation|Investigator|mutation||Identity|Identity: look-up by personal identity number for emergency access|True|False"], rows);
    }

    [Fact]
    public async Task OpenEmergencyAccess_NumberNotInTheHub_NotFoundAndTheLookupLoggedTheSame()
    {
        // arrange
        var number = Strangers.NumberNotInTheHub(hub);

        // act
        var (refused, rows) = await LoggedRows.OfAsync(hub, () => hub.ClientFor("bup-clinician").PostAsync(Open, new { n = number, r = Reason }));

        // assert
        Assert.Equal("NOT_FOUND", refused.ErrorCode());
        Assert.Equal(["p-3001|Bup|bup:liljeholmen|Clinician|mutation||Identity|Identity: look-up by personal identity number for emergency access|True|False"], rows);
    }
}
