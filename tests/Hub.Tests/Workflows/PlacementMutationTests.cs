using Hub.Api;
using Hub.Tests.Support;

namespace Hub.Tests.Workflows;

/// <summary>Placements through HTTP: who decides each level, what moves with it, and the termly review.</summary>
public sealed class PlacementMutationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Selection = "placement { id version level nextReviewOn endsOn enrolledAt { code } }";

    private (string PupilId, string Rsu) PrincipalsPupil()
    {
        var runner = new ScenarioRunner(hub);
        return runner.Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            return (GlobalId.Encode("Pupil", pupil.Id), GlobalId.Encode("Unit", s.Unit("group:tellusborgsskolan-rsu").Id));
        });
    }

    [Fact]
    public async Task PlaceInRsu_HomePrincipal_PupilStaysEnrolledAtHomeAndTheGroupSeesThePlacement()
    {
        // arrange
        var (pupilId, rsu) = PrincipalsPupil();

        // act
        var placed = await hub.ClientFor("school-principal").MutateAsync("placeInRsu", "PlaceInRsuInput",
            new { pupilId, groupId = rsu, startsOn = "2026-11-30", decidedOn = "2026-11-20" }, Selection);

        // assert
        var placement = placed.Payload("placeInRsu")["placement"]!;
        Assert.Empty(placed.UserErrors("placeInRsu"));
        Assert.Equal("school:klubbacksskolan", (string?)placement["enrolledAt"]!["code"]);
        Assert.Equal("2027-06-01", (string?)placement["nextReviewOn"]);
        var seenByGroup = await hub.ClientFor("rsu-teacher").PostAsync("query($id: ID!) { pupil(id: $id) { placements { level } } }", new { id = pupilId });
        Assert.Equal("RSU", (string?)seenByGroup.Data["pupil"]!["placements"]![0]!["level"]);
        var seenByPolice = await hub.ClientFor("police-sspf").PostAsync("query($id: ID!) { pupil(id: $id) { id } }", new { id = pupilId });
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, seenByPolice.Data["pupil"]!.Type);
    }

    [Theory]
    [InlineData("school-teacher")]
    [InlineData("rsu-teacher")]
    [InlineData("elevhalsa-officer")]
    [InlineData("social-investigator")]
    [InlineData("bup-clinician")]
    [InlineData("police-sspf")]
    [InlineData("dpo")]
    public async Task PlaceInRsu_AnyoneButAPrincipal_RefusedAndNothingChanges(string persona)
    {
        // arrange
        var (pupilId, rsu) = PrincipalsPupil();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor(persona).MutateAsync("placeInRsu", "PlaceInRsuInput",
            new { pupilId, groupId = rsu, startsOn = "2026-11-30" }, Selection));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }
}
