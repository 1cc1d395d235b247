using Hub.Tests.Support;

namespace Hub.Tests.Consents;

/// <summary>A BUP clinic's manager, like social services': reviews the clinic's openings, and sees none of its pupils.</summary>
public sealed partial class EmergencyAccessManagerTests
{
    [Fact]
    public async Task ReviewEmergencyAccess_BupClinicsManager_ReviewsTheClinicsOpening()
    {
        // arrange
        var id = await EmergencyOpenings.OpenAsync(hub, hub.ClientFor("bup-clinician"));

        // act
        var reviewed = await BupManager().ReviewAsync(id, "JUSTIFIED", "The clinician met the child in acute danger.");

        // assert
        Assert.Empty(reviewed.UserErrors("reviewEmergencyAccess"));
        Assert.Equal("UNIT_MANAGER", (string?)reviewed.Payload("reviewEmergencyAccess")["emergencyAccess"]!["review"]!["reviewerRole"]);
    }

    [Fact]
    public async Task Pupils_BupClinicsManager_SeesNoneOfTheClinicsPupils()
    {
        // arrange
        var clinicians = await hub.ClientFor("bup-clinician").PostAsync("{ pupils(first: 1) { totalCount } }");

        // act
        var managers = await BupManager().PostAsync("{ pupils(first: 50) { totalCount nodes { id } } }");

        // assert
        Assert.True(clinicians.Errors is null, clinicians.Text);
        Assert.True((int)clinicians.Data["pupils"]!["totalCount"]! > 0, clinicians.Text);
        Assert.Equal("{\"data\":{\"pupils\":{\"totalCount\":0,\"nodes\":[]}}}", managers.Text);
    }

    /// <summary>The manager of BUP Liljeholmen, bup-clinician's clinic: no persona, a token of its own.</summary>
    private HubClient BupManager() => new(hub.CreateClient(), new TokenForge(hub).Create(
        unit: "bup:liljeholmen", agency: "Bup", role: "UnitManager", subject: "p-3002", name: "Test Manager"));
}
