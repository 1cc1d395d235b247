using Hub.Tests.Support;

namespace Hub.Tests.Consents;

/// <summary>
/// A unit's manager's overdue list holds its own unit's openings only. Its own hub, as in
/// <see cref="EmergencyAccessOverdueTests"/>: the store is asked as of a later day by a second app.
/// </summary>
public sealed class EmergencyAccessManagerOverdueTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task EmergencyAccesses_ManagerOverdue_ListsOnlyItsOwnUnitsOpeningsAfterTheirDay()
    {
        // arrange
        var own = await EmergencyOpenings.OpenAsync(hub, hub.ClientFor("social-investigator"));
        var bup = await EmergencyOpenings.OpenAsync(hub, hub.ClientFor("bup-clinician"));
        var preventive = await EmergencyOpenings.OpenAsync(hub, hub.ClientFor("sst-social-worker"));
        using var dayAfter = hub.WithWebHostBuilder(b => b.UseSetting("Hub:Today", "2026-12-08"));

        // act
        var whenOpened = await hub.ClientFor("social-manager").PostAsync(EmergencyOpenings.Overdue);
        var managers = await new HubClient(dayAfter.CreateClient(), hub.TokenFor("social-manager")).PostAsync(EmergencyOpenings.Overdue);
        var officers = await new HubClient(dayAfter.CreateClient(), hub.TokenFor("dpo")).PostAsync(EmergencyOpenings.Overdue);

        // assert
        Assert.Equal("{\"data\":{\"emergencyAccesses\":[]}}", whenOpened.Text);
        Assert.Equal($"{{\"data\":{{\"emergencyAccesses\":[{{\"id\":\"{own}\"}}]}}}}", managers.Text);
        Assert.Equal([preventive, bup, own], EmergencyAccessManagerTests.Ids(officers));
    }
}
