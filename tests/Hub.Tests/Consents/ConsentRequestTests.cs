using System.Globalization;
using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Consents;

/// <summary>
/// Staff record that they asked the family for a consent, and the answer; the request is listed for
/// the authority that asked and shown on the pupil to the agencies it involves, and to no one else.
/// </summary>
public sealed class ConsentRequestTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Selection = "consentRequest { id version status askedOn how lastsMonths askedBy provisions { category fromAgency toAgency purpose fromAuthority } "
        + "answeredOn answerRecordedBy consentId answeredByGuardian { givenName } answeredByPupil }";

    private static readonly string Yesterday = Scenario.Today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static readonly string TodayText = Scenario.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record World(string PupilId, string[] GuardianIds, string OtherPupilId, string OtherConsentId, string UnseenConsentId);

    /// <summary>A pupil of the investigator's and the principal's; another of theirs with a consent; a consent about a pupil neither sees.</summary>
    private World NewWorld() => new ScenarioRunner(hub).Run(s =>
    {
        var pupil = s.PupilRelatedTo("social-investigator");
        s.AlsoRelatedTo(pupil, "school-principal");
        var other = s.PupilRelatedTo("social-investigator");
        s.AlsoRelatedTo(other, "school-principal");
        var otherConsent = s.Consent(other, Agency.SocialServices, s.GuardiansOf(other));
        var unseen = s.PupilRelatedTo("bup-clinician");
        var unseenConsent = s.Consent(unseen, Agency.SocialServices, s.GuardiansOf(unseen));
        return new World(GlobalId.Encode("Pupil", pupil.Id), s.GuardiansOf(pupil).Select(g => GlobalId.Encode("Guardian", g.Id)).ToArray(),
            GlobalId.Encode("Pupil", other.Id), GlobalId.Encode("Consent", otherConsent.Id), GlobalId.Encode("Consent", unseenConsent.Id));
    });

    /// <summary>What the investigator asks for: that social services may tell the school about its intervention, for the school's support.</summary>
    private static object[] ToTheSchool() =>
        [new { category = "SOCIAL_SERVICES_INTERVENTION", fromAgency = "SOCIAL_SERVICES", toAgency = "SCHOOL", purpose = "SCHOOL_SUPPORT" }];

    private static Task<Envelope> AskAsync(HubClient client, string pupilId, object[] provisions, int? lastsMonths = null, string? askedOn = null) =>
        client.MutateAsync("askForConsent", "AskForConsentInput",
            new { pupilId, askedOn = askedOn ?? Yesterday, how = "MEETING", lastsMonths, provisions }, Selection);

    private async Task<(string Id, int Version)> AskedAsync(World world)
    {
        var asked = await AskAsync(hub.ClientFor("social-investigator"), world.PupilId, ToTheSchool());
        Assert.Empty(asked.UserErrors("askForConsent"));
        var request = asked.Payload("askForConsent")["consentRequest"]!;
        return ((string)request["id"]!, (int)request["version"]!);
    }

    private Task<Envelope> AnswerAsync(string persona, object input) =>
        hub.ClientFor(persona).MutateAsync("recordConsentAnswer", "RecordConsentAnswerInput", input, Selection);

    [Fact]
    public async Task AskForConsent_ByTheInvestigator_OpenForItsAuthorityAndShownToTheSchoolItConcerns()
    {
        // arrange
        var world = NewWorld();

        // act
        var asked = await AskAsync(hub.ClientFor("social-investigator"), world.PupilId, ToTheSchool(), lastsMonths: 6);
        var open = await hub.ClientFor("social-investigator").PostAsync("{ openConsentRequests { request { id status } pupil { id } } }");
        var schoolOpen = await hub.ClientFor("school-principal").PostAsync("{ openConsentRequests { request { id } } }");
        var onPupil = await hub.ClientFor("school-principal").PostAsync("query($id: ID!) { pupil(id: $id) { consentRequests { id status askedBy provisions { toAgency } } } }",
            new { id = world.PupilId });

        // assert
        Assert.Empty(asked.UserErrors("askForConsent"));
        var request = asked.Payload("askForConsent")["consentRequest"]!;
        Assert.Equal(("OPEN", "MEETING", 6, "Karin Åberg"), ((string?)request["status"], (string?)request["how"], (int)request["lastsMonths"]!, (string?)request["askedBy"]));
        Assert.Equal("social:hagersten-alvsjo", (string?)request["provisions"]![0]!["fromAuthority"]);
        var id = (string)request["id"]!;
        Assert.Contains(open.Data["openConsentRequests"]!, r => (string?)r["request"]!["id"] == id && (string?)r["pupil"]!["id"] == world.PupilId);
        Assert.DoesNotContain(schoolOpen.Data["openConsentRequests"]!, r => (string?)r["request"]!["id"] == id);
        Assert.Equal([id], onPupil.Data["pupil"]!["consentRequests"]!.Select(r => (string)r["id"]!));
        var change = hub.WithDb(db => db.Changes.AsNoTracking().Where(c => c.Operation == "askForConsent").OrderBy(c => c.Sequence).Last());
        Assert.Equal(("ConsentRequest", "p-2001"), (change.EntityType, change.ActorId));
    }

    [Fact]
    public async Task AskForConsent_BadInput_ClearRefusalsAndNothingChanges()
    {
        // arrange
        var world = NewWorld();
        var client = hub.ClientFor("social-investigator");
        object[] notItsOwn = [new { category = "BUP_CONTACT", fromAgency = "SOCIAL_SERVICES", toAgency = "SCHOOL", purpose = "SCHOOL_SUPPORT" }];

        // act
        var tooLong = await StoreContents.UnchangedAsync(hub, () => AskAsync(client, world.PupilId, ToTheSchool(), lastsMonths: 13));
        var none = await StoreContents.UnchangedAsync(hub, () => AskAsync(client, world.PupilId, []));
        var future = await StoreContents.UnchangedAsync(hub, () => AskAsync(client, world.PupilId, ToTheSchool(), askedOn: Scenario.Today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var foreign = await StoreContents.UnchangedAsync(hub, () => AskAsync(client, world.PupilId, notItsOwn));

        // assert
        Assert.Equal(["INVALID input.lastsMonths"], tooLong.UserErrors("askForConsent"));
        Assert.Equal(["INVALID input.provisions"], none.UserErrors("askForConsent"));
        Assert.Equal(["INVALID input.askedOn"], future.UserErrors("askForConsent"));
        Assert.Equal(["INVALID input.provisions.0.category"], foreign.UserErrors("askForConsent"));
    }

    [Fact]
    public async Task AskForConsent_AboutAPupilNotSeen_AnsweredAsAnUnknownPupilAndNothingChanges()
    {
        // arrange
        var unseen = new ScenarioRunner(hub).Run(s => GlobalId.Encode("Pupil", s.PupilRelatedTo("bup-clinician").Id));
        var client = hub.ClientFor("social-investigator");

        // act
        var hidden = await StoreContents.UnchangedAsync(hub, () => AskAsync(client, unseen, ToTheSchool()));
        var unknown = await StoreContents.UnchangedAsync(hub, () => AskAsync(client, GlobalId.Encode("Pupil", 999_999), ToTheSchool()));

        // assert
        Assert.Equal(["NOT_FOUND input.pupilId"], hidden.UserErrors("askForConsent"));
        Assert.Equal(unknown.Body.ToString(), hidden.Body.ToString());
    }

    [Fact]
    public async Task AskForConsent_ThePolice_AccessDeniedAndNothingChanges()
    {
        // arrange
        var world = NewWorld();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AskAsync(hub.ClientFor("police-sspf"), world.PupilId, ToTheSchool()));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Fact]
    public async Task RecordConsentAnswer_DeclinedByAGuardian_ClosedOnceAndASecondAnswerChangesNothing()
    {
        // arrange
        var world = NewWorld();
        var (id, version) = await AskedAsync(world);

        // act
        var declined = await AnswerAsync("social-investigator", new { requestId = id, version, answer = "DECLINED", answeredOn = TodayText, guardianId = world.GuardianIds[0] });
        var again = await StoreContents.UnchangedAsync(hub, () =>
            AnswerAsync("social-investigator", new { requestId = id, version = version + 1, answer = "NO_ANSWER", answeredOn = TodayText }));
        var open = await hub.ClientFor("social-investigator").PostAsync("{ openConsentRequests { request { id } } }");

        // assert
        Assert.Empty(declined.UserErrors("recordConsentAnswer"));
        var request = declined.Payload("recordConsentAnswer")["consentRequest"]!;
        Assert.Equal(("DECLINED", TodayText, "Mamma", "Karin Åberg"),
            ((string?)request["status"], (string?)request["answeredOn"], (string?)request["answeredByGuardian"]!["givenName"], (string?)request["answerRecordedBy"]));
        Assert.Equal(["WRONG_STATE input.requestId"], again.UserErrors("recordConsentAnswer"));
        Assert.DoesNotContain(open.Data["openConsentRequests"]!, r => (string?)r["request"]!["id"] == id);
    }

    [Fact]
    public async Task RecordConsentAnswer_GivenWithoutTheConsentOrWithAnotherPupils_RefusedAndNothingChanges()
    {
        // arrange
        var world = NewWorld();
        var (id, version) = await AskedAsync(world);
        object Given(string? consentId) => new { requestId = id, version, answer = "GIVEN", answeredOn = TodayText, consentId };

        // act
        var without = await StoreContents.UnchangedAsync(hub, () => AnswerAsync("social-investigator", Given(null)));
        var anotherPupils = await StoreContents.UnchangedAsync(hub, () => AnswerAsync("social-investigator", Given(world.OtherConsentId)));
        var unseen = await StoreContents.UnchangedAsync(hub, () => AnswerAsync("social-investigator", Given(world.UnseenConsentId)));
        var unknown = await StoreContents.UnchangedAsync(hub, () => AnswerAsync("social-investigator", Given(GlobalId.Encode("Consent", 999_999))));
        var beforeAsking = await StoreContents.UnchangedAsync(hub, () => AnswerAsync("social-investigator",
            new { requestId = id, version, answer = "DECLINED", answeredOn = Scenario.Today.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }));

        // assert
        Assert.Equal(["INVALID input.consentId"], without.UserErrors("recordConsentAnswer"));
        Assert.Equal(["INVALID input.consentId"], anotherPupils.UserErrors("recordConsentAnswer"));
        Assert.Equal(["NOT_FOUND input.consentId"], unseen.UserErrors("recordConsentAnswer"));
        Assert.Equal(unknown.Body.ToString(), unseen.Body.ToString());
        Assert.Equal(["INVALID input.answeredOn"], beforeAsking.UserErrors("recordConsentAnswer"));
    }

    [Fact]
    public async Task RecordConsent_WithTheRequest_AnswersItGivenWithTheNewConsent()
    {
        // arrange
        var world = NewWorld();
        var (id, _) = await AskedAsync(world);

        // act
        var recorded = await hub.ClientFor("social-investigator").MutateAsync("recordConsent", "RecordConsentInput", new
        {
            pupilId = world.PupilId,
            validFrom = TodayText,
            validTo = Scenario.Today.AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            formReference = "SOC-2026-77",
            provisions = ToTheSchool(),
            signatures = world.GuardianIds.Select(g => new { guardianId = g, signedOn = TodayText }).ToArray(),
            consentRequestId = id,
        }, "consent { id }");
        var read = await hub.ClientFor("social-investigator").PostAsync("query($id: ID!) { pupil(id: $id) { consentRequests { id status answeredOn consentId } } }",
            new { id = world.PupilId });

        // assert
        Assert.Empty(recorded.UserErrors("recordConsent"));
        var consentId = (string?)recorded.Payload("recordConsent")["consent"]!["id"];
        var request = read.Data["pupil"]!["consentRequests"]!.Single();
        Assert.Equal((id, "GIVEN", TodayText, consentId), ((string?)request["id"], (string?)request["status"], (string?)request["answeredOn"], (string?)request["consentId"]));
    }

    [Fact]
    public async Task RecordConsent_WithAnotherPupilsRequest_RefusedAndNothingChanges()
    {
        // arrange
        var world = NewWorld();
        var (id, _) = await AskedAsync(world);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("social-investigator").MutateAsync("recordConsent", "RecordConsentInput", new
        {
            pupilId = world.OtherPupilId,
            validFrom = TodayText,
            validTo = Scenario.Today.AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            formReference = "SOC-2026-78",
            provisions = ToTheSchool(),
            signatures = Array.Empty<object>(),
            consentRequestId = id,
        }, "consent { id }"));

        // assert
        Assert.Equal(["INVALID input.consentRequestId"], refused.UserErrors("recordConsent"));
    }

    /// <summary>
    /// Two worlds that differ only in a request the school takes no part in (BUP asking to tell
    /// social services): the principal, who sees the pupil, reads the same empty list in both, and
    /// answering it is refused exactly as an unknown id. A request to the school is the control.
    /// </summary>
    [Fact]
    public async Task ConsentRequests_OneTheSchoolTakesNoPartIn_UndetectableByThePrincipal()
    {
        // arrange
        (string Pupil, string? Request) World(Agency to) => new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            var request = new ConsentRequest
            {
                PupilId = pupil.Id,
                AskedOn = Scenario.Today.AddDays(-3),
                How = ConsentRequestChannel.Phone,
                AskedBy = "Nils Dahl",
                AskedByUnitId = s.Unit("bup:liljeholmen").Id,
                LastsMonths = 12,
                Status = ConsentRequestStatus.Open,
            };
            request.Provisions.Add(new ConsentRequestProvision
            {
                Category = DataCategory.BupContact,
                FromAgency = Agency.Bup,
                ToAgency = to,
                Purpose = SharingPurpose.Bus,
                FromAuthority = s.Unit("bup:liljeholmen").Authority,
            });
            s.Add(request);
            return (GlobalId.Encode("Pupil", pupil.Id), GlobalId.Encode("ConsentRequest", request.Id));
        });
        var hidden = World(Agency.SocialServices);
        var shown = World(Agency.School);
        var client = hub.ClientFor("school-principal");
        const string Read = "query($id: ID!) { pupil(id: $id) { consentRequests { id } } }";

        // act
        var hiddenRead = await client.PostAsync(Read, new { id = hidden.Pupil });
        var shownRead = await client.PostAsync(Read, new { id = shown.Pupil });
        var answerHidden = await StoreContents.UnchangedAsync(hub, () =>
            AnswerAsync("school-principal", new { requestId = hidden.Request, version = 0, answer = "NO_ANSWER", answeredOn = TodayText }));
        var answerUnknown = await StoreContents.UnchangedAsync(hub, () =>
            AnswerAsync("school-principal", new { requestId = GlobalId.Encode("ConsentRequest", 999_999), version = 0, answer = "NO_ANSWER", answeredOn = TodayText }));

        // assert
        Assert.Empty(hiddenRead.Data["pupil"]!["consentRequests"]!);
        Assert.Equal([shown.Request], shownRead.Data["pupil"]!["consentRequests"]!.Select(r => (string?)r["id"]));
        Assert.Equal(["NOT_FOUND input.requestId"], answerHidden.UserErrors("recordConsentAnswer"));
        Assert.Equal(answerUnknown.Body.ToString(), answerHidden.Body.ToString());
    }

    [Fact]
    public async Task ConsentRequests_TheTeacher_ReadsNoRequest()
    {
        // arrange
        var world = NewWorld();
        await AskedAsync(world);
        new ScenarioRunner(hub).Run(s => s.AlsoRelatedTo(s.PupilById(world.PupilId), "school-teacher"));

        // act
        var read = await hub.ClientFor("school-teacher").PostAsync("query($id: ID!) { pupil(id: $id) { givenName consentRequests { id } } }", new { id = world.PupilId });

        // assert: the teacher sees the pupil, and no request: the role reads no consents.
        Assert.Equal("Testa", (string?)read.Data["pupil"]!["givenName"]);
        var requests = read.Data["pupil"]!["consentRequests"]!;
        Assert.True(requests.Type == JTokenType.Null || !requests.Any(), read.Text);
    }
}
