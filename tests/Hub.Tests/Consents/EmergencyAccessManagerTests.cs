using Hub.Api;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Consents;

/// <summary>
/// A unit's manager (social-manager, of Hägersten-Älvsjö's investigation unit, social-investigator's)
/// follows up the emergency accesses its own unit's staff opened: lists and reviews them, never
/// another unit's (answered exactly as a missing one), never one of her own; and reads no pupil's data.
/// </summary>
public sealed partial class EmergencyAccessManagerTests(HubFactory hub) : IClassFixture<HubFactory>
{
    internal const string ManagersUnit = "social:hagersten-alvsjo:investigation";

    [Fact]
    public async Task ReviewEmergencyAccess_ManagerOfTheOpeningUnit_RecordsTheReviewAsTheManagersAndTheOfficerSeesIt()
    {
        // arrange
        var id = await EmergencyOpenings.OpenAsync(hub, hub.ClientFor("social-investigator"));

        // act
        var reviewed = await hub.ClientFor("social-manager").ReviewAsync(id, "JUSTIFIED", "The investigator had a report of violence that night.");
        var officers = await hub.ClientFor("dpo").PostAsync("{ emergencyAccesses { id review { outcome reviewedBy reviewerRole } } }");

        // assert
        Assert.True(reviewed.Errors is null, reviewed.Text);
        Assert.Empty(reviewed.UserErrors("reviewEmergencyAccess"));
        var review = reviewed.Payload("reviewEmergencyAccess")["emergencyAccess"]!["review"]!;
        Assert.Equal("The investigator had a report of violence that night.", (string?)review["comment"]);
        var expected = JToken.FromObject(new { outcome = "JUSTIFIED", reviewedBy = "Helena Strömberg", reviewerRole = "UNIT_MANAGER" });
        Assert.True(JToken.DeepEquals(expected, officers.Data["emergencyAccesses"]!.Single(e => (string?)e["id"] == id)["review"]), officers.Text);
        Assert.Equal("UNIT_MANAGER", (string?)review["reviewerRole"]);
        Assert.Equal(1, hub.WithDb(db => db.Changes.Count(c => c.Operation == "reviewEmergencyAccess" && c.ActorRole == "UnitManager" && c.EntityId == Key(id))));
    }

    [Theory]
    [InlineData("bup-clinician")]
    [InlineData("sst-social-worker")]
    public async Task ReviewEmergencyAccess_ManagerAndAnotherUnitsOpening_AnswersExactlyAsAMissingOne(string opener)
    {
        // arrange
        var others = await EmergencyOpenings.OpenAsync(hub, hub.ClientFor(opener));
        var own = await EmergencyOpenings.OpenAsync(hub, hub.ClientFor("social-investigator"));
        var manager = hub.ClientFor("social-manager");

        // act
        var real = await StoreContents.UnchangedAsync(hub, () => manager.ReviewAsync(others));
        var missing = await StoreContents.UnchangedAsync(hub, () => manager.ReviewAsync(GlobalId.Encode("EmergencyAccess", 9_999_999)));
        var control = await manager.ReviewAsync(own);

        // assert
        Assert.Equal(["NOT_FOUND input.emergencyAccessId"], real.UserErrors("reviewEmergencyAccess"));
        Assert.Equal(missing.Text, real.Text);
        Assert.DoesNotContain(EmergencyOpenings.Reason, real.Text, StringComparison.Ordinal);
        Assert.Empty(control.UserErrors("reviewEmergencyAccess"));
    }

    [Fact]
    public async Task ReviewEmergencyAccess_ManagersOwnOpening_IsNotPermittedAndTheOfficerReviewsIt()
    {
        // arrange: the manager, signed in as an investigator of her unit (one person, two roles), opened it herself
        var asInvestigator = new HubClient(hub.CreateClient(), new TokenForge(hub).Create(
            unit: ManagersUnit, agency: "SocialServices", role: "Investigator", subject: "p-2004", name: "Helena Strömberg"));
        var id = await EmergencyOpenings.OpenAsync(hub, asInvestigator);

        // act
        var own = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("social-manager").ReviewAsync(id));
        var officer = await hub.ClientFor("dpo").ReviewAsync(id);

        // assert
        Assert.Equal(["NOT_PERMITTED input.emergencyAccessId"], own.UserErrors("reviewEmergencyAccess"));
        Assert.Empty(officer.UserErrors("reviewEmergencyAccess"));
        Assert.Equal("DATA_PROTECTION_OFFICER", (string?)officer.Payload("reviewEmergencyAccess")["emergencyAccess"]!["review"]!["reviewerRole"]);
    }

    [Fact]
    public async Task ReviewEmergencyAccess_SecondReviewAfterTheManagers_IsRefusedForManagerAndOfficerAndTheFirstStands()
    {
        // arrange
        var id = await EmergencyOpenings.OpenAsync(hub, hub.ClientFor("social-investigator"));
        var manager = hub.ClientFor("social-manager");
        await manager.ReviewAsync(id, "JUSTIFIED", "Acute danger confirmed by the police.");

        // act
        var again = await StoreContents.UnchangedAsync(hub, () => manager.ReviewAsync(id, "NOT_JUSTIFIED", "On second thoughts."));
        var officer = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("dpo").ReviewAsync(id, "NOT_JUSTIFIED", "I see it otherwise."));

        // assert
        Assert.Equal(["DUPLICATE input.emergencyAccessId"], again.UserErrors("reviewEmergencyAccess"));
        Assert.Equal(["DUPLICATE input.emergencyAccessId"], officer.UserErrors("reviewEmergencyAccess"));
        Assert.Equal("Acute danger confirmed by the police.", hub.WithDb(db => db.EmergencyAccessReviews.Single(r => r.EmergencyAccessId == Key(id)).Comment));
    }

    [Fact]
    public async Task EmergencyAccesses_Manager_ListsOnlyItsOwnUnitsOpenings()
    {
        // arrange
        var own = await EmergencyOpenings.OpenAsync(hub, hub.ClientFor("social-investigator"));
        var bup = await EmergencyOpenings.OpenAsync(hub, hub.ClientFor("bup-clinician"));
        var preventive = await EmergencyOpenings.OpenAsync(hub, hub.ClientFor("sst-social-worker"));

        // act
        var managers = await hub.ClientFor("social-manager").PostAsync("{ emergencyAccesses { id } }");
        var officers = await hub.ClientFor("dpo").PostAsync("{ emergencyAccesses { id } }");

        // assert
        var listed = Ids(managers);
        Assert.Contains(own, listed);
        Assert.DoesNotContain(bup, listed);
        Assert.DoesNotContain(preventive, listed);
        Assert.All(listed, id => Assert.Equal(ManagersUnit, hub.WithDb(db => db.EmergencyAccesses.Where(e => e.Id == Key(id)).Select(e => e.Unit.Code).Single())));
        Assert.Superset(new HashSet<string> { own, bup, preventive }, Ids(officers).ToHashSet());
    }

    [Fact]
    public async Task EmergencyAccesses_ManagersRead_IsLoggedAsTheFollowUpOfItsUnitsEmergencyAccess()
    {
        // arrange
        var id = await EmergencyOpenings.OpenAsync(hub, hub.ClientFor("social-investigator"));
        var pupilId = hub.WithDb(db => db.EmergencyAccesses.Single(e => e.Id == Key(id)).PupilId);

        // act
        var listed = await hub.ClientFor("social-manager").PostAsync("{ emergencyAccesses { id reason } }");

        // assert
        Assert.Contains(id, Ids(listed));
        var rows = hub.WithDb(db => db.AccessLog.Where(r => r.PersonId == "p-2004" && r.PupilId == pupilId).Select(r => r.Categories + " | " + r.Basis).ToList());
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("EmergencyFollowUp | EmergencyFollowUp: the unit manager's follow-up of its unit's emergency access", r));
    }

    [Fact]
    public async Task Pupils_Manager_SeesNoPupilAndNoneOfTheOfficersOversight()
    {
        // arrange
        var investigators = await hub.ClientFor("social-investigator").PostAsync("{ pupils(first: 1) { nodes { id } } }");
        var pupil = (string?)investigators.Data["pupils"]!["nodes"]![0]!["id"];
        var manager = hub.ClientFor("social-manager");

        // act
        var pupils = await manager.PostAsync("{ pupils(first: 50) { totalCount nodes { id } } }");
        var one = await manager.PostAsync("query($id: ID!) { pupil(id: $id) { id givenName } }", new { id = pupil });
        var notices = await manager.PostAsync("{ emergencyAccessNotices { openedAt } }");
        var log = await manager.PostAsync("{ accessLog(first: 1) { totalCount } }");
        var changes = await manager.PostAsync("{ changes(last: 1) { sequence } }");

        // assert
        Assert.Equal("{\"data\":{\"pupils\":{\"totalCount\":0,\"nodes\":[]}}}", pupils.Text);
        Assert.Equal("{\"data\":{\"pupil\":null}}", one.Text);
        Assert.Equal("ACCESS_DENIED", notices.ErrorCode());
        Assert.Equal("ACCESS_DENIED", log.ErrorCode());
        Assert.Equal("ACCESS_DENIED", changes.ErrorCode());
    }

    [Fact]
    public async Task OpenEmergencyAccess_Manager_IsDeniedAndNothingChanges()
    {
        // arrange
        var number = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-principal").PersonalIdentityNumber);

        // act
        var response = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("social-manager").OpenAsync(number));

        // assert
        Assert.Equal("ACCESS_DENIED", response.ErrorCode());
    }

    internal static List<string> Ids(Envelope listed) =>
        listed.Data["emergencyAccesses"]?.Select(e => (string)e["id"]!).ToList() ?? throw new InvalidOperationException(listed.Text);

    internal static int Key(string id) => GlobalId.TryDecode(id, "EmergencyAccess", out var key) ? key : throw new ArgumentException(id);
}
