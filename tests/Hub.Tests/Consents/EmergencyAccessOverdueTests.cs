using Hub.Tests.Support;

namespace Hub.Tests.Consents;

/// <summary>
/// An emergency access is overdue once its review day has passed without a review. The business
/// date is pinned: the hub opens it on the 23rd (due on 7 December), and the same store is then
/// asked as of later days. Its own hub, so that the list holds this opening only.
/// </summary>
public sealed class EmergencyAccessOverdueTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task EmergencyAccesses_Overdue_ListsAnOpeningOnlyAfterItsDayAndUntilItIsReviewed()
    {
        // arrange
        var id = await EmergencyOpenings.OpenAsync(hub);
        using var onTheDay = hub.WithWebHostBuilder(b => b.UseSetting("Hub:Today", "2026-12-07"));
        using var dayAfter = hub.WithWebHostBuilder(b => b.UseSetting("Hub:Today", "2026-12-08"));
        var dpo = new HubClient(dayAfter.CreateClient(), hub.TokenFor("dpo"));

        // act
        var whenOpened = await hub.ClientFor("dpo").PostAsync(EmergencyOpenings.Overdue);
        var dueToday = await new HubClient(onTheDay.CreateClient(), hub.TokenFor("dpo")).PostAsync(EmergencyOpenings.Overdue);
        var overdue = await dpo.PostAsync(EmergencyOpenings.Overdue);
        var reviewed = await dpo.ReviewAsync(id, "JUSTIFIED", "Late, but justified: the child was in acute danger.");
        var afterReview = await dpo.PostAsync(EmergencyOpenings.Overdue);

        // assert
        Assert.Equal("{\"data\":{\"emergencyAccesses\":[]}}", whenOpened.Text);
        Assert.Equal("{\"data\":{\"emergencyAccesses\":[]}}", dueToday.Text);
        Assert.Equal($"{{\"data\":{{\"emergencyAccesses\":[{{\"id\":\"{id}\"}}]}}}}", overdue.Text);
        Assert.Empty(reviewed.UserErrors("reviewEmergencyAccess"));
        Assert.Equal("{\"data\":{\"emergencyAccesses\":[]}}", afterReview.Text);
    }

    [Fact]
    public async Task EmergencyAccesses_OverdueAskedByAnotherRole_IsDenied()
    {
        // arrange
        var client = hub.ClientFor("bup-clinician");

        // act
        var response = await client.PostAsync(EmergencyOpenings.Overdue);

        // assert
        Assert.Equal("ACCESS_DENIED", response.ErrorCode());
    }
}
