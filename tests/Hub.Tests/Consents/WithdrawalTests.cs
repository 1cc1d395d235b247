using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;

namespace Hub.Tests.Consents;

/// <summary>Withdrawal is immediate: the very next request no longer reads on the consent.</summary>
public sealed class WithdrawalTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Query = "query($id: ID!) { pupil(id: $id) { interventions { kind } } }";

    [Fact]
    public async Task Interventions_ConsentWithdrawn_DeniedOnTheVeryNextRequest()
    {
        // arrange
        var runner = new ScenarioRunner(hub);
        var (id, consentId) = runner.Run(s =>
        {
            var pupil = s.PupilRelatedTo("rsu-teacher");
            s.OthersRecords(pupil);
            return (GlobalId.Encode("Pupil", pupil.Id), s.Consent(pupil, Agency.School, s.GuardiansOf(pupil)).Id);
        });
        var client = hub.ClientFor("rsu-teacher");
        var before = await client.PostAsync(Query, new { id });

        // act
        hub.WithDb(db =>
        {
            var consent = db.Consents.Single(c => c.Id == consentId);
            consent.WithdrawnAt = DateTime.UtcNow;
            consent.WithdrawnByPupil = true;
            return db.SaveChanges();
        });
        var after = await client.PostAsync(Query, new { id });

        // assert
        Assert.Null(before.Errors);
        Assert.NotEmpty(before.Data["pupil"]!["interventions"]!);
        Assert.Equal("ACCESS_DENIED", (string?)after.Errors![0]["extensions"]!["code"]);
    }
}
