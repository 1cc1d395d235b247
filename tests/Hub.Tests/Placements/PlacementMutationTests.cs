using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Placements;

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
            return (GlobalId.Encode("Pupil", pupil.Id), GlobalId.Encode("Unit", s.RoomIn("group:tellusborgsskolan-rsu").Id));
        });
    }

    [Fact]
    public async Task PlaceInRsu_HomePrincipal_PupilStaysEnrolledAtHomeAndTheGroupSeesThePlacement()
    {
        // arrange
        var (pupilId, rsu) = PrincipalsPupil();

        // act
        var placed = await hub.ClientFor("school-principal").MutateAsync("placeInRsu", "PlaceInRsuInput",
            new { pupilId, groupId = rsu, startsOn = HubFactory.Today, decidedOn = "2026-11-20" }, Selection);

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
    [InlineData("forsta-linjen-clinician")]
    [InlineData("habilitation-clinician")]
    [InlineData("fritid-leader")]
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

    [Fact]
    public async Task PlaceInSchoolGroup_OwnSchoolsGroup_PlacedAndNoReviewDate()
    {
        // arrange
        var (pupilId, _) = PrincipalsPupil();
        var group = hub.WithDb(db => GlobalId.Encode("Unit", db.Units.Single(u => u.Code == "group:klubbacksskolan-small").Id));

        // act
        var placed = await hub.ClientFor("school-principal").MutateAsync("placeInSchoolGroup", "PlaceInSchoolGroupInput",
            new { pupilId, groupId = group, startsOn = HubFactory.Today }, Selection);

        // assert
        Assert.Empty(placed.UserErrors("placeInSchoolGroup"));
        Assert.Equal("SCHOOL_LEVEL", (string?)placed.Payload("placeInSchoolGroup")["placement"]!["level"]);
        Assert.Equal(JTokenType.Null, placed.Payload("placeInSchoolGroup")["placement"]!["nextReviewOn"]!.Type);
    }

    [Fact]
    public async Task PlaceInSchoolGroup_AnotherSchoolsGroup_NotPermitted()
    {
        // arrange
        var (pupilId, _) = PrincipalsPupil();
        var group = hub.WithDb(db => GlobalId.Encode("Unit", db.Units.Single(u => u.Code == "group:rinkebyskolan-small").Id));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("school-principal").MutateAsync("placeInSchoolGroup",
            "PlaceInSchoolGroupInput", new { pupilId, groupId = group, startsOn = HubFactory.Today }, Selection));

        // assert
        Assert.Equal(["NOT_PERMITTED input.groupId"], refused.UserErrors("placeInSchoolGroup"));
        Assert.Equal(JTokenType.Null, refused.Payload("placeInSchoolGroup")["placement"]!.Type);
    }

    [Fact]
    public async Task PlaceInRsu_AnotherDistrictsRsu_NotPermitted()
    {
        // arrange
        var (pupilId, _) = PrincipalsPupil();
        var other = hub.WithDb(db => GlobalId.Encode("Unit", db.Units.First(u => u.GroupLevel == PlacementLevel.Rsu && u.Code != "group:tellusborgsskolan-rsu").Id));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("school-principal").MutateAsync("placeInRsu", "PlaceInRsuInput",
            new { pupilId, groupId = other, startsOn = HubFactory.Today }, Selection));

        // assert
        Assert.Equal(["NOT_PERMITTED input.groupId"], refused.UserErrors("placeInRsu"));
    }

    [Fact]
    public async Task PlaceInRsu_PupilRegisteredInAnotherDistrict_TheRsuOfThatDistrictNotTheHomeSchools()
    {
        // arrange: a Klubbacksskolan pupil registered (folkbokförd) in another district, which has an RSU of its own.
        var (pupilId, homeDistrictsRsu, registeredDistrictsRsu) = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            var rsu = s.FirstUnit(u => u.GroupLevel == PlacementLevel.Rsu && u.DistrictId != pupil.RegisteredDistrictId);
            s.RegisterIn(pupil, rsu.DistrictId!.Value);
            return (GlobalId.Encode("Pupil", pupil.Id), GlobalId.Encode("Unit", s.Unit("group:tellusborgsskolan-rsu").Id), GlobalId.Encode("Unit", rsu.Id));
        });
        var principal = hub.ClientFor("school-principal");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => principal.MutateAsync("placeInRsu", "PlaceInRsuInput",
            new { pupilId, groupId = homeDistrictsRsu, startsOn = HubFactory.Today }, Selection));
        var placed = await principal.MutateAsync("placeInRsu", "PlaceInRsuInput", new { pupilId, groupId = registeredDistrictsRsu, startsOn = HubFactory.Today }, Selection);

        // assert
        Assert.Equal(["NOT_PERMITTED input.groupId"], refused.UserErrors("placeInRsu"));
        Assert.Empty(placed.UserErrors("placeInRsu"));
        Assert.Equal("school:klubbacksskolan", (string?)placed.Payload("placeInRsu")["placement"]!["enrolledAt"]!["code"]);
    }

    [Fact]
    public async Task PlaceInRsu_PupilAlreadyPlaced_WrongStateUntilTheFirstEnds()
    {
        // arrange
        var (pupilId, rsu) = PrincipalsPupil();
        var principal = hub.ClientFor("school-principal");
        await principal.MutateAsync("placeInRsu", "PlaceInRsuInput", new { pupilId, groupId = rsu, startsOn = HubFactory.Today }, Selection);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => principal.MutateAsync("placeInRsu", "PlaceInRsuInput",
            new { pupilId, groupId = rsu, startsOn = "2026-12-01" }, Selection));

        // assert
        Assert.Equal(["WRONG_STATE input.pupilId"], refused.UserErrors("placeInRsu"));
    }

    [Fact]
    public async Task ReviewPlacement_Continue_SetsTheNextTermsReviewAndClearsTheOverdueList()
    {
        // arrange
        var (placementId, version, pupilId) = OverdueRsuPlacement();
        var principal = hub.ClientFor("school-principal");
        var overdueBefore = await OverduePupils(principal);

        // act
        var reviewed = await principal.MutateAsync("reviewPlacement", "ReviewPlacementInput",
            new { placementId, version, reviewedOn = HubFactory.Today, outcome = "CONTINUE", notes = "Attends every day; continues." }, Selection);
        var overdueAfter = await OverduePupils(principal);

        // assert
        Assert.True(reviewed.UserErrors("reviewPlacement").Length == 0, reviewed.Text);
        Assert.Equal("2027-06-01", (string?)reviewed.Payload("reviewPlacement")["placement"]!["nextReviewOn"]);
        Assert.Equal(version + 1, (int)reviewed.Payload("reviewPlacement")["placement"]!["version"]!);
        Assert.Contains(pupilId, overdueBefore);
        Assert.DoesNotContain(pupilId, overdueAfter);
        Assert.Equal(1, hub.WithDb(db => db.PlacementReviews.Count(r => r.PlacementId == GlobalIdKey(placementId))));
    }

    [Fact]
    public async Task ReviewPlacement_End_EndsThePlacementWithTheReviewAsReason()
    {
        // arrange
        var (placementId, version, _) = OverdueRsuPlacement();

        // act
        var reviewed = await hub.ClientFor("school-principal").MutateAsync("reviewPlacement", "ReviewPlacementInput",
            new { placementId, version, reviewedOn = HubFactory.Today, outcome = "END", notes = "Back in the home class." }, Selection);

        // assert
        Assert.Empty(reviewed.UserErrors("reviewPlacement"));
        Assert.Equal(HubFactory.Today, (string?)reviewed.Payload("reviewPlacement")["placement"]!["endsOn"]);
    }

    [Fact]
    public async Task ReviewPlacement_NextReviewBeyondATerm_RefusedBecauseRsuIsReviewedEveryTerm()
    {
        // arrange
        var (placementId, version, _) = OverdueRsuPlacement();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("school-principal").MutateAsync("reviewPlacement", "ReviewPlacementInput",
            new { placementId, version, reviewedOn = HubFactory.Today, outcome = "CONTINUE", nextReviewOn = "2027-08-01" }, Selection));

        // assert
        Assert.Equal(["INVALID input.nextReviewOn"], refused.UserErrors("reviewPlacement"));
    }

    [Fact]
    public async Task ReviewPlacement_SchoolLevelPlacement_WrongStateBecauseOnlyRsuIsReviewedTermly()
    {
        // arrange
        var (pupilId, _) = PrincipalsPupil();
        var group = hub.WithDb(db => GlobalId.Encode("Unit", db.Units.Single(u => u.Code == "group:klubbacksskolan-small").Id));
        var principal = hub.ClientFor("school-principal");
        var placed = await principal.MutateAsync("placeInSchoolGroup", "PlaceInSchoolGroupInput", new { pupilId, groupId = group, startsOn = HubFactory.Today }, Selection);
        var placement = placed.Payload("placeInSchoolGroup")["placement"]!;

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => principal.MutateAsync("reviewPlacement", "ReviewPlacementInput",
            new { placementId = (string?)placement["id"], version = (int)placement["version"]!, reviewedOn = HubFactory.Today, outcome = "CONTINUE" }, Selection));

        // assert
        Assert.Equal(["WRONG_STATE input.placementId"], refused.UserErrors("reviewPlacement"));
    }

    [Fact]
    public async Task ReviewPlacement_StaleVersion_RefusedAndNothingOverwritten()
    {
        // arrange
        var (placementId, version, _) = OverdueRsuPlacement();
        var principal = hub.ClientFor("school-principal");
        await principal.MutateAsync("reviewPlacement", "ReviewPlacementInput",
            new { placementId, version, reviewedOn = HubFactory.Today, outcome = "CONTINUE" }, Selection);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => principal.MutateAsync("reviewPlacement", "ReviewPlacementInput",
            new { placementId, version, reviewedOn = HubFactory.Today, outcome = "END" }, Selection));

        // assert
        Assert.Equal(["STALE_VERSION input.version"], refused.UserErrors("reviewPlacement"));
    }

    [Fact]
    public async Task EndPlacement_RsuEndedByThePupilHealthUnit_AccessDenied()
    {
        // arrange
        var (placementId, version, _) = OverdueRsuPlacement();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("elevhalsa-officer").MutateAsync("endPlacement", "EndPlacementInput",
            new { placementId, version, endsOn = HubFactory.Today, reason = "Not theirs to end." }, Selection));

        // assert: only principals end placements; the pupil-health unit assesses, it decides none.
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Fact]
    public async Task EndPlacement_EndBeforeStart_Invalid()
    {
        // arrange
        var (placementId, version, _) = OverdueRsuPlacement();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("school-principal").MutateAsync("endPlacement", "EndPlacementInput",
            new { placementId, version, endsOn = "2020-01-01", reason = "Typo in the date." }, Selection));

        // assert
        Assert.Equal(["INVALID input.endsOn"], refused.UserErrors("endPlacement"));
    }

    [Fact]
    public async Task Reviews_AfterATermlyReview_TheHomeSchoolAndTheGroupReadWhenWhatAndWhoWhileOthersReadNoPupil()
    {
        // arrange
        var (placementId, version, pupilId) = OverdueRsuPlacement();
        var principal = hub.ClientFor("school-principal");
        const string Reviews = "query($id: ID!) { pupil(id: $id) { placements { reviews { reviewedOn outcome reviewedBy notes } } } }";
        var before = await principal.PostAsync(Reviews, new { id = pupilId });

        // act
        await principal.MutateAsync("reviewPlacement", "ReviewPlacementInput",
            new { placementId, version, reviewedOn = HubFactory.Today, outcome = "CONTINUE", notes = "Attends every day; continues." }, Selection);
        var home = await principal.PostAsync(Reviews, new { id = pupilId });
        var group = await hub.ClientFor("rsu-teacher").PostAsync(Reviews, new { id = pupilId });
        var police = await hub.ClientFor("police-sspf").PostAsync(Reviews, new { id = pupilId });

        // assert
        Assert.Empty(before.Data["pupil"]!["placements"]![0]!["reviews"]!);
        foreach (var answer in new[] { home, group })
        {
            var review = answer.Data["pupil"]!["placements"]![0]!["reviews"]!.Single();
            Assert.Equal((HubFactory.Today, "CONTINUE", "Johan Ek", "Attends every day; continues."),
                ((string)review["reviewedOn"]!, (string)review["outcome"]!, (string)review["reviewedBy"]!, (string)review["notes"]!));
        }

        Assert.Equal(JTokenType.Null, police.Data["pupil"]!.Type);
    }

    private static int GlobalIdKey(string id) => GlobalId.TryDecode(id, "Placement", out var key) ? key : 0;

    /// <summary>A principal's pupil in the district RSU since the summer, its review date passed a week ago.</summary>
    private (string PlacementId, int Version, string PupilId) OverdueRsuPlacement() => new ScenarioRunner(hub).Run(s =>
    {
        var placement = s.RsuPlacement(monthsAgo: 4, nextReviewOn: Scenario.Today.AddDays(-7));
        return (GlobalId.Encode("Placement", placement.Id), placement.Version, GlobalId.Encode("Pupil", placement.PupilId));
    });

    private async Task<bool> PupilSeenBy(string persona, int pupilId)
    {
        var seen = await hub.ClientFor(persona).PostAsync("query($id: ID!) { pupil(id: $id) { id } }", new { id = GlobalId.Encode("Pupil", pupilId) });
        return seen.Data["pupil"]!.Type != JTokenType.Null;
    }

    private static async Task<List<string>> OverduePupils(HubClient client)
    {
        var page = await client.PostAsync("{ pupils(first: 100, overdue: PLACEMENT_REVIEW) { edges { node { id } } } }");
        return page.Data["pupils"]!["edges"]!.Select(e => (string)e["node"]!["id"]!).ToList();
    }
}
