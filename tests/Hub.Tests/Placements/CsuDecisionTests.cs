using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Placements;

/// <summary>
/// A CSU place through HTTP: the pupil-health unit assesses, the principal of the school the group
/// belongs to decides on its recommendation, and each step is read by those it concerns only.
/// </summary>
public sealed class CsuDecisionTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Home = "school:klubbacksskolan";
    private const string Selection = "placement { id version level decidedBy decidedByUnit { code } appealableUntil enrolledAt { code } csuAssessment { id status } }";

    private string Group(string code) => GlobalId.Encode("Unit", hub.WithDb(db => db.Units.Single(u => u.Code == code).Id));

    private Task<Envelope> AssessAsync(string number, string recommendation = "RECOMMENDED", string? group = "group:csu-bromma", string persona = "elevhalsa-officer") =>
        hub.ClientFor(persona).MutateAsync("assessCsuPlace", "AssessCsuPlaceInput",
            new { personalIdentityNumber = number, recommendation, groupId = group is null ? null : Group(group), reasons = "Needs a highly specialised group." },
            "assessment { id version status recommendation group { code } }");

    /// <summary>A pupil of Klubbacksskolan the unit recommends for CSU Bromma: the pupil's id and the open assessment's id and version.</summary>
    private async Task<(string PupilId, string AssessmentId, int Version)> RecommendedAsync(string group = "group:csu-bromma")
    {
        var pupil = Strangers.PupilAt(hub, Home);
        var assessed = await AssessAsync(pupil.Number, group: group);
        var assessment = assessed.Payload("assessCsuPlace")["assessment"]!;
        return (GlobalId.Encode("Pupil", pupil.Id), (string)assessment["id"]!, (int)assessment["version"]!);
    }

    private Task<Envelope> DecideAsync(string persona, string pupilId, string assessmentId, int version, string group = "group:csu-bromma") =>
        hub.ClientFor(persona).MutateAsync("placeInCsu", "PlaceInCsuInput",
            new { pupilId, assessmentId, assessmentVersion = version, groupId = Group(group), startsOn = HubFactory.Today }, Selection);

    private async Task<JToken> PupilAsync(string persona, string pupilId) =>
        (await hub.ClientFor(persona).PostAsync("query($id: ID!) { pupil(id: $id) { id csuAssessments { status } } }", new { id = pupilId })).Data["pupil"]!;

    private async Task<List<string>> ToDecideAsync(string persona) =>
        (await hub.ClientFor(persona).PostAsync("{ csuRecommendationsToDecide { assessment { id } pupil { id } } }")).Data["csuRecommendationsToDecide"]!
            .Select(r => (string)r["assessment"]!["id"]!).ToList();

    [Fact]
    public async Task AssessCsuPlace_Recommended_WaitsForTheHostPrincipalAndTheHomeSchoolReadsIt()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, Home);

        // act
        var assessed = await AssessAsync(pupil.Number);

        // assert
        var assessment = assessed.Payload("assessCsuPlace")["assessment"]!;
        Assert.Empty(assessed.UserErrors("assessCsuPlace"));
        Assert.Equal("OPEN", (string?)assessment["status"]);
        Assert.Contains((string)assessment["id"]!, await ToDecideAsync("csu-host-principal"));
        var pupilId = GlobalId.Encode("Pupil", pupil.Id);
        Assert.Equal("OPEN", (string?)(await PupilAsync("school-principal", pupilId))["csuAssessments"]![0]!["status"]);
        Assert.Equal(JTokenType.Null, (await PupilAsync("csu-teacher", pupilId)).Type);
    }

    [Fact]
    public async Task PlaceInCsu_HostPrincipalOnTheRecommendation_DecidedByThePrincipalAndTheEnrolmentMovesAndBack()
    {
        // arrange
        var (pupilId, assessmentId, version) = await RecommendedAsync();

        // act
        var placed = await DecideAsync("csu-host-principal", pupilId, assessmentId, version);
        var placement = placed.Payload("placeInCsu")["placement"]!;
        var officerDuring = await PupilAsync("elevhalsa-officer", pupilId);
        var ended = await hub.ClientFor("csu-host-principal").MutateAsync("endPlacement", "EndPlacementInput",
            new { placementId = (string?)placement["id"], version = (int)placement["version"]!, endsOn = HubFactory.Today, reason = "Ready to return." }, Selection);

        // assert
        Assert.Empty(placed.UserErrors("placeInCsu"));
        Assert.Equal("Maja Viklund", (string?)placement["decidedBy"]);
        Assert.Equal("school:nockebyhovsskolan", (string?)placement["decidedByUnit"]!["code"]);
        Assert.Equal("school:nockebyhovsskolan", (string?)placement["enrolledAt"]!["code"]);
        Assert.Equal("2026-12-14", (string?)placement["appealableUntil"]);
        Assert.Equal(assessmentId, (string?)placement["csuAssessment"]!["id"]);
        Assert.Equal("DECIDED", (string?)placement["csuAssessment"]!["status"]);
        Assert.Equal("DECIDED", (string?)officerDuring["csuAssessments"]![0]!["status"]);
        Assert.Empty(ended.UserErrors("endPlacement"));
        Assert.NotEqual(JTokenType.Null, (await PupilAsync("school-principal", pupilId)).Type);
    }

    [Theory]
    [InlineData("elevhalsa-officer")]
    [InlineData("school-teacher")]
    [InlineData("csu-teacher")]
    [InlineData("social-investigator")]
    [InlineData("bup-clinician")]
    [InlineData("police-sspf")]
    public async Task PlaceInCsu_AnyoneButAPrincipal_AccessDeniedAndNothingChanges(string persona)
    {
        // arrange
        var (pupilId, assessmentId, version) = await RecommendedAsync();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => DecideAsync(persona, pupilId, assessmentId, version));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Fact]
    public async Task PlaceInCsu_AnotherSchoolsPrincipal_NotPermitted()
    {
        // arrange: Klubbacksskolan's principal reads the assessment (the pupil's home school), but the group is not hers.
        var (pupilId, assessmentId, version) = await RecommendedAsync();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => DecideAsync("school-principal", pupilId, assessmentId, version));

        // assert
        Assert.Equal(["NOT_PERMITTED input.groupId"], refused.UserErrors("placeInCsu"));
    }

    [Fact]
    public async Task PlaceInCsu_AssessmentOfAnotherPupil_Invalid()
    {
        // arrange
        var (pupilId, _, _) = await RecommendedAsync();
        var (_, otherAssessment, version) = await RecommendedAsync();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => DecideAsync("csu-host-principal", pupilId, otherAssessment, version));

        // assert
        Assert.Equal(["INVALID input.assessmentId"], refused.UserErrors("placeInCsu"));
    }

    [Fact]
    public async Task PlaceInCsu_AssessmentForAnotherSchoolsGroup_AnsweredAsAnAssessmentThatDoesNotExist()
    {
        // arrange: the principal sees the pupil (a recommendation of its own), not the other one for Södermalm.
        var (pupilId, _, _) = await RecommendedAsync();
        var (_, elsewhere, version) = await RecommendedAsync("group:csu-sodermalm");
        var missing = GlobalId.Encode("CsuAssessment", 999_999);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => DecideAsync("csu-host-principal", pupilId, elsewhere, version));
        var absent = await StoreContents.UnchangedAsync(hub, () => DecideAsync("csu-host-principal", pupilId, missing, version));

        // assert
        Assert.Equal(["NOT_FOUND input.assessmentId"], refused.UserErrors("placeInCsu"));
        Assert.Equal(absent.Text, refused.Text);
    }

    [Fact]
    public async Task PlaceInCsu_NotRecommendingAssessment_ThePupilIsNotTheHostPrincipalsToDecide()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, Home);
        var assessed = await AssessAsync(pupil.Number, "NOT_RECOMMENDED", group: null);
        var pupilId = GlobalId.Encode("Pupil", pupil.Id);
        var assessmentId = hub.WithDb(db => GlobalId.Encode("CsuAssessment", db.CsuAssessments.Single(a => a.PupilId == pupil.Id).Id));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => DecideAsync("csu-host-principal", pupilId, assessmentId, 0));
        var unknown = await StoreContents.UnchangedAsync(hub, () => DecideAsync("csu-host-principal", GlobalId.Encode("Pupil", 999_999), assessmentId, 0));

        // assert: nothing to decide, and the host principal learns nothing of the pupil.
        Assert.Empty(assessed.UserErrors("assessCsuPlace"));
        Assert.Equal(["NOT_FOUND input.pupilId"], refused.UserErrors("placeInCsu"));
        Assert.Equal(unknown.Text, refused.Text);
        Assert.Equal(CsuRecommendation.NotRecommended, hub.WithDb(db => db.CsuAssessments.Single(a => a.PupilId == pupil.Id).Recommendation));
    }

    [Fact]
    public async Task PlaceInCsu_AssessmentAlreadyDecided_WrongState()
    {
        // arrange
        var (pupilId, assessmentId, version) = await RecommendedAsync();
        await DecideAsync("csu-host-principal", pupilId, assessmentId, version);
        var current = hub.WithDb(db => db.CsuAssessments.Single(a => a.Id == GlobalIdKey(assessmentId)).Version);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => DecideAsync("csu-host-principal", pupilId, assessmentId, current));

        // assert
        Assert.Equal(["WRONG_STATE input.assessmentId"], refused.UserErrors("placeInCsu"));
    }

    [Theory]
    [InlineData("school-principal")]
    [InlineData("csu-host-principal")]
    [InlineData("school-teacher")]
    [InlineData("social-investigator")]
    [InlineData("bup-clinician")]
    [InlineData("police-sspf")]
    public async Task AssessCsuPlace_AnyoneButThePupilHealthUnit_AccessDeniedAndNothingChanges(string persona)
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, Home);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AssessAsync(pupil.Number, persona: persona));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Fact]
    public async Task AssessCsuPlace_RecommendationWithoutAGroup_Invalid()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, Home);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AssessAsync(pupil.Number, group: null));

        // assert
        Assert.Equal(["INVALID input.groupId"], refused.UserErrors("assessCsuPlace"));
    }

    [Theory]
    [InlineData("school-principal")]
    [InlineData("social-investigator")]
    [InlineData("bup-clinician")]
    [InlineData("police-sspf")]
    [InlineData("csu-teacher")]
    public async Task CsuAssessments_UnrelatedUnit_AnswersAsIfThereWereNone(string persona)
    {
        // arrange: a pupil of another school, recommended for CSU Bromma; the host principal is the positive control.
        const string Query = "{ csuRecommendationsToDecide { assessment { id } } pupils(first: 1) { totalCount } }";
        var before = await hub.ClientFor(persona).PostAsync(Query);
        var hostBefore = await ToDecideAsync("csu-host-principal");
        var pupil = Strangers.PupilAt(hub, "school:abrahamsbergsskolan");
        await AssessAsync(pupil.Number);

        // act
        var after = await hub.ClientFor(persona).PostAsync(Query);
        var seen = await PupilAsync(persona, GlobalId.Encode("Pupil", pupil.Id));

        // assert
        Assert.Equal(before.Text, after.Text);
        Assert.Equal(JTokenType.Null, seen.Type);
        Assert.Equal(hostBefore.Count + 1, (await ToDecideAsync("csu-host-principal")).Count);
    }

    [Fact]
    public async Task EndPlacement_CsuByThePupilHealthUnit_AccessDenied()
    {
        // arrange
        var (pupilId, assessmentId, version) = await RecommendedAsync();
        var placement = (await DecideAsync("csu-host-principal", pupilId, assessmentId, version)).Payload("placeInCsu")["placement"]!;

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("elevhalsa-officer").MutateAsync("endPlacement", "EndPlacementInput",
            new { placementId = (string?)placement["id"], version = (int)placement["version"]!, endsOn = HubFactory.Today, reason = "Not the unit's to end." }, Selection));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    private static int GlobalIdKey(string id) => GlobalId.TryDecode(id, "CsuAssessment", out var key) ? key : throw new ArgumentException(id);
}
