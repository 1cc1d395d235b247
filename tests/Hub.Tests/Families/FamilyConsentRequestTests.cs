using System.Globalization;
using Hub.Api;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Families;

/// <summary>
/// The family sees the requests for consent about its own children and answers them itself: a GIVE
/// makes the consent asked for, signed by the one who gave it, which grants once every guardian has
/// signed; a DECLINE says no. Another family's request is answered as an unknown id.
/// </summary>
public sealed class FamilyConsentRequestTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Selection = "request { id version status answeredOn answeredByGuardian { givenName } consentId } "
        + "consent { id provisions { category status } signatures { guardian { givenName } } }";

    private const string Requests = "{ family { children { id consentRequests { id version status askedByAgency how lastsMonths provisions { category fromAgency toAgency toUnit purpose } } } } }";

    private sealed record World(string PupilId, string MotherNumber, string FatherNumber, string RequestId, string OtherRequestId);

    /// <summary>
    /// A pupil of the investigator's and the principal's, with social services' intervention on
    /// record; the investigator asked the family to let the school know of it (narrowed to
    /// Klubbacksskolan). Another family's pupil was asked the same.
    /// </summary>
    private async Task<World> NewWorldAsync(bool protectedIdentity = false)
    {
        var (pupilId, mother, father, otherId) = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("social-investigator", protectedIdentity);
            s.AlsoRelatedTo(pupil, "school-principal");
            s.OthersRecords(pupil);
            var guardians = s.GuardiansOf(pupil);
            var other = s.PupilRelatedTo("social-investigator");
            return (GlobalId.Encode("Pupil", pupil.Id), guardians[0].PersonalIdentityNumber, guardians[1].PersonalIdentityNumber, GlobalId.Encode("Pupil", other.Id));
        });
        var school = hub.WithDb(db => GlobalId.Encode("Unit", db.Units.Single(u => u.Code == "school:klubbacksskolan").Id));
        async Task<string> AskAsync(string pupil)
        {
            var asked = await hub.ClientFor("social-investigator").MutateAsync("askForConsent", "AskForConsentInput", new
            {
                pupilId = pupil,
                askedOn = Scenario.Today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                how = "LETTER",
                lastsMonths = 6,
                provisions = new[] { new { category = "SOCIAL_SERVICES_INTERVENTION", fromAgency = "SOCIAL_SERVICES", toAgency = "SCHOOL", toUnitId = school, purpose = "SCHOOL_SUPPORT" } },
            }, "consentRequest { id }");
            Assert.Empty(asked.UserErrors("askForConsent"));
            return (string)asked.Payload("askForConsent")["consentRequest"]!["id"]!;
        }

        return new World(pupilId, mother, father, await AskAsync(pupilId), await AskAsync(otherId));
    }

    private Task<Envelope> AnswerAsync(string number, string requestId, int version, string answer) =>
        hub.FamilyClientFor(number).MutateAsync("answerFamilyConsentRequest", "FamilyAnswerConsentRequestInput", new { requestId, version, answer }, Selection);

    private async Task<string[]> PrincipalReadsAsync(World world)
    {
        var read = await hub.ClientFor("school-principal").PostAsync("query($id: ID!) { pupil(id: $id) { interventions { kind } } }", new { id = world.PupilId });
        return read.Data["pupil"]!["interventions"]!.Select(i => (string)i["kind"]!).ToArray();
    }

    [Fact]
    public async Task FamilyConsentRequests_TheGuardian_SeesTheOpenRequestAboutHerChildOnly()
    {
        // arrange
        var world = await NewWorldAsync();

        // act
        var read = await hub.FamilyClientFor(world.MotherNumber).PostAsync(Requests);

        // assert
        var child = read.Data["family"]!["children"]!.Single();
        Assert.Equal(world.PupilId, (string?)child["id"]);
        var request = child["consentRequests"]!.Single();
        Assert.Equal((world.RequestId, "OPEN", "SOCIAL_SERVICES", "LETTER", 6),
            ((string?)request["id"], (string?)request["status"], (string?)request["askedByAgency"], (string?)request["how"], (int)request["lastsMonths"]!));
        Assert.Equal("Klubbacksskolan", (string?)request["provisions"]![0]!["toUnit"]);
        Assert.DoesNotContain("Karin", read.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FamilyConsentRequests_AProtectedChild_NamesNoUnit()
    {
        // arrange
        var world = await NewWorldAsync(protectedIdentity: true);

        // act
        var read = await hub.FamilyClientFor(world.MotherNumber).PostAsync(Requests);

        // assert: the unprotected world names Klubbacksskolan (above); here the same request names none.
        var provision = read.Data["family"]!["children"]!.Single()["consentRequests"]!.Single()["provisions"]![0]!;
        Assert.Equal(JTokenType.Null, provision["toUnit"]!.Type);
        Assert.DoesNotContain("Klubbacksskolan", read.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerFamilyConsentRequest_GivenByBothGuardians_LetsExactlyWhatWasAskedCross()
    {
        // arrange
        var world = await NewWorldAsync();
        var before = await PrincipalReadsAsync(world);

        // act
        var given = await AnswerAsync(world.MotherNumber, world.RequestId, 0, "GIVE");
        var afterOne = await PrincipalReadsAsync(world);
        var consent = given.Payload("answerFamilyConsentRequest")["consent"]!;
        var signed = await hub.FamilyClientFor(world.FatherNumber).MutateAsync("signFamilyConsent", "FamilySignConsentInput",
            new { consentId = (string)consent["id"]!, version = 0 }, "consent { id }");
        var afterBoth = await PrincipalReadsAsync(world);

        // assert
        Assert.Empty(given.UserErrors("answerFamilyConsentRequest"));
        var request = given.Payload("answerFamilyConsentRequest")["request"]!;
        Assert.Equal(("GIVEN", "Mamma", (string?)consent["id"]),
            ((string?)request["status"], (string?)request["answeredByGuardian"]!["givenName"], (string?)request["consentId"]));
        // Social services asked to let its own records cross: in effect once given, granting once both guardians signed.
        Assert.Equal(("SOCIAL_SERVICES_INTERVENTION", "IN_EFFECT"), ((string?)consent["provisions"]![0]!["category"], (string?)consent["provisions"]![0]!["status"]));
        Assert.Equal(["Mamma"], consent["signatures"]!.Select(s => (string?)s["guardian"]!["givenName"]));
        Assert.Empty(signed.UserErrors("signFamilyConsent"));
        Assert.DoesNotContain("SOCIAL_SERVICES_INTERVENTION", before);
        Assert.DoesNotContain("SOCIAL_SERVICES_INTERVENTION", afterOne);
        Assert.Contains("SOCIAL_SERVICES_INTERVENTION", afterBoth);
        Assert.Equal(before.Append("SOCIAL_SERVICES_INTERVENTION").Order(), afterBoth.Order());
        var changes = hub.WithDb(db => db.Changes.AsNoTracking().Where(c => c.Operation == "answerFamilyConsentRequest" && c.PupilId == GlobalIdOf(world.PupilId))
            .Select(c => c.EntityType).ToList());
        Assert.Equal(["ConsentRequest", "ConsentRecord"], changes);
    }

    [Fact]
    public async Task AnswerFamilyConsentRequest_Declined_NothingCrossesAndASecondAnswerChangesNothing()
    {
        // arrange
        var world = await NewWorldAsync();

        // act
        var declined = await AnswerAsync(world.MotherNumber, world.RequestId, 0, "DECLINE");
        var again = await StoreContents.UnchangedAsync(hub, () => AnswerAsync(world.FatherNumber, world.RequestId, 1, "GIVE"));
        var staff = await hub.ClientFor("social-investigator").PostAsync("query($id: ID!) { pupil(id: $id) { consentRequests { status answeredByGuardian { givenName } answerRecordedBy } consents { id } } }",
            new { id = world.PupilId });

        // assert
        Assert.Empty(declined.UserErrors("answerFamilyConsentRequest"));
        Assert.Equal(JTokenType.Null, declined.Payload("answerFamilyConsentRequest")["consent"]!.Type);
        Assert.Equal(["WRONG_STATE input.requestId"], again.UserErrors("answerFamilyConsentRequest"));
        var request = staff.Data["pupil"]!["consentRequests"]!.Single();
        Assert.Equal(("DECLINED", "Mamma"), ((string?)request["status"], (string?)request["answeredByGuardian"]!["givenName"]));
        Assert.Equal(JTokenType.Null, request["answerRecordedBy"]!.Type);
        Assert.Empty(staff.Data["pupil"]!["consents"]!);
    }

    [Fact]
    public async Task AnswerFamilyConsentRequest_AnotherFamilysRequest_AnsweredAsAnUnknownIdAndNothingChanges()
    {
        // arrange
        var world = await NewWorldAsync();

        // act
        var other = await StoreContents.UnchangedAsync(hub, () => AnswerAsync(world.MotherNumber, world.OtherRequestId, 0, "GIVE"));
        var unknown = await StoreContents.UnchangedAsync(hub, () => AnswerAsync(world.MotherNumber, GlobalId.Encode("ConsentRequest", 999_999), 0, "GIVE"));

        // assert
        Assert.Equal(["NOT_FOUND input.requestId"], other.UserErrors("answerFamilyConsentRequest"));
        Assert.Equal(unknown.Body.ToString(), other.Body.ToString());
    }

    [Fact]
    public async Task AnswerFamilyConsentRequest_StaleVersion_RefusedAndNothingChanges()
    {
        // arrange
        var world = await NewWorldAsync();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AnswerAsync(world.MotherNumber, world.RequestId, 3, "GIVE"));

        // assert
        Assert.Equal(["STALE_VERSION input.version"], refused.UserErrors("answerFamilyConsentRequest"));
    }

    [Fact]
    public async Task AnswerFamilyConsentRequest_StaffToken_AccessDeniedAndNothingChanges()
    {
        // arrange
        var world = await NewWorldAsync();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("social-investigator").MutateAsync("answerFamilyConsentRequest",
            "FamilyAnswerConsentRequestInput", new { requestId = world.RequestId, version = 0, answer = "GIVE" }, Selection));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
        Assert.Equal(JTokenType.Null, refused.Body["data"]!.Type);
    }

    private static int GlobalIdOf(string id) => GlobalId.TryDecode(id, "Pupil", out var key) ? key : 0;
}
