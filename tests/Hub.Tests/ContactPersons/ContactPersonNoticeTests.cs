using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.ContactPersons;

/// <summary>
/// A new contact person reaches every school of the district as a notice with the day it takes
/// effect; each school acknowledges its own, and social services see which have not.
/// </summary>
public sealed class ContactPersonNoticeTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Notices = "query($acknowledged: Boolean) { contactPersonNotices(acknowledged: $acknowledged) { id version effectiveOn acknowledgedAt acknowledgedBy school { code } contactPerson { name } } }";
    private const string Selection = "notice { id version acknowledgedAt acknowledgedBy }";

    [Fact]
    public async Task NameContactPerson_EverySchoolOfTheDistrictGetsANoticeEffectiveTheDayThePersonStarts()
    {
        // arrange
        var schools = hub.WithDb(db => db.Units.AsNoTracking()
            .Where(u => u.Kind == UnitKind.School && u.District!.Code == "hagersten-alvsjo").Select(u => u.Code).OrderBy(c => c).ToList());

        // act
        await NameAsync("Nora Holm", "2026-12-01");
        var toSocialServices = await NoticesAsync(hub.ClientFor("social-contact-person"), acknowledged: false);

        // assert
        var nora = toSocialServices.Where(n => (string?)n["contactPerson"]!["name"] == "Nora Holm").ToList();
        Assert.True(schools.Count > 1);
        Assert.Equal(schools, nora.Select(n => (string)n["school"]!["code"]!).Order(StringComparer.Ordinal));
        Assert.All(nora, n => Assert.Equal("2026-12-01", (string?)n["effectiveOn"]));
    }

    [Fact]
    public async Task AcknowledgeContactPersonNotice_ByTheSchoolTold_LeavesItsListAndSocialServicesSeeWhoAcknowledged()
    {
        // arrange
        await NameAsync("Oskar Berg", "2026-12-01");
        var principal = hub.ClientFor("school-principal");
        var notice = (await NoticesAsync(principal, acknowledged: false)).Single(n => (string?)n["contactPerson"]!["name"] == "Oskar Berg");

        // act
        var acknowledged = await AcknowledgeAsync(principal, notice);
        var stillOpen = await NoticesAsync(principal, acknowledged: false);
        var seenBySocialServices = (await NoticesAsync(hub.ClientFor("social-contact-person"), acknowledged: true)).Single(n => (string?)n["id"] == (string?)notice["id"]);

        // assert
        Assert.Empty(acknowledged.UserErrors("acknowledgeContactPersonNotice"));
        Assert.Equal("school:klubbacksskolan", (string?)notice["school"]!["code"]);
        Assert.DoesNotContain(stillOpen, n => (string?)n["id"] == (string?)notice["id"]);
        Assert.Equal("Johan Ek", (string?)seenBySocialServices["acknowledgedBy"]);
        var id = GlobalId.TryDecode((string?)notice["id"], "ContactPersonNotice", out var key) ? key : 0;
        Assert.True(hub.WithDb(db => db.Changes.Any(c => c.Operation == "acknowledgeContactPersonNotice" && c.EntityId == id && c.DistrictId != null)));
    }

    [Fact]
    public async Task AcknowledgeContactPersonNotice_Twice_WrongStateAndNothingChanges()
    {
        // arrange
        await NameAsync("Petra Sund", "2026-12-01");
        var principal = hub.ClientFor("school-principal");
        var notice = (await NoticesAsync(principal, acknowledged: false)).Single(n => (string?)n["contactPerson"]!["name"] == "Petra Sund");
        var first = await AcknowledgeAsync(principal, notice);
        var now = first.Payload("acknowledgeContactPersonNotice")["notice"]!;

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AcknowledgeAsync(principal, now));

        // assert
        Assert.Equal(["WRONG_STATE input.noticeId"], refused.UserErrors("acknowledgeContactPersonNotice"));
    }

    [Fact]
    public async Task AcknowledgeContactPersonNotice_AnotherSchoolsNotice_AnswersAsForAMissingNotice()
    {
        // arrange: a notice to another school of the district, read by social services, and an id no notice has.
        await NameAsync("Rut Ahl", "2026-12-01");
        var others = (await NoticesAsync(hub.ClientFor("social-contact-person"), acknowledged: false))
            .First(n => (string?)n["contactPerson"]!["name"] == "Rut Ahl" && (string?)n["school"]!["code"] != "school:klubbacksskolan");
        var missing = new JObject { ["id"] = GlobalId.Encode("ContactPersonNotice", int.MaxValue), ["version"] = 0 };
        var principal = hub.ClientFor("school-principal");

        // act
        var theirs = await StoreContents.UnchangedAsync(hub, () => AcknowledgeAsync(principal, others));
        var none = await AcknowledgeAsync(principal, missing);

        // assert: the same refusal, word for word.
        Assert.Equal(["NOT_FOUND input.noticeId"], none.UserErrors("acknowledgeContactPersonNotice"));
        Assert.Equal(none.Payload("acknowledgeContactPersonNotice")["errors"]!.ToString(), theirs.Payload("acknowledgeContactPersonNotice")["errors"]!.ToString());
    }

    [Fact]
    public async Task AcknowledgeContactPersonNotice_StaleVersion_StaleVersionAndNothingChanges()
    {
        // arrange
        await NameAsync("Siv Ek", "2026-12-01");
        var principal = hub.ClientFor("school-principal");
        var notice = (JObject)(await NoticesAsync(principal, acknowledged: false)).Single(n => (string?)n["contactPerson"]!["name"] == "Siv Ek");
        notice["version"] = 7;

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AcknowledgeAsync(principal, notice));

        // assert
        Assert.Equal(["STALE_VERSION input.version"], refused.UserErrors("acknowledgeContactPersonNotice"));
    }

    [Theory]
    [InlineData("social-contact-person")]
    [InlineData("bup-clinician")]
    [InlineData("police-sspf")]
    public async Task AcknowledgeContactPersonNotice_NotSchoolStaff_AccessDeniedAndNothingChanges(string persona)
    {
        // arrange
        await NameAsync("Tor Lind", "2026-12-01");
        var notice = (await NoticesAsync(hub.ClientFor("school-principal"), acknowledged: false)).Single(n => (string?)n["contactPerson"]!["name"] == "Tor Lind");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AcknowledgeAsync(hub.ClientFor(persona), notice));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Theory]
    [InlineData("bup-clinician")]
    [InlineData("police-sspf")]
    [InlineData("dpo")]
    public async Task ContactPersonNotices_AgencyThatIsNeitherTheSchoolNorTheDistrictsSocialServices_SeesNone(string persona)
    {
        // arrange
        await NameAsync("Ulla Björk", "2026-12-01");
        var positive = await NoticesAsync(hub.ClientFor("social-contact-person"), acknowledged: null);

        // act
        var theirs = await NoticesAsync(hub.ClientFor(persona), acknowledged: null);

        // assert
        Assert.NotEmpty(positive);
        Assert.Empty(theirs);
    }

    [Fact]
    public async Task ContactPersonNotices_SchoolOfAnotherDistrict_SeesNoneOfThisDistricts()
    {
        // arrange
        await NameAsync("Vilma Ros", "2026-12-01");
        var school = hub.WithDb(db => db.Units.AsNoTracking().First(u => u.Kind == UnitKind.School && u.District!.Code != "hagersten-alvsjo").Code);
        var principal = new HubClient(hub.CreateClient(), new TokenForge(hub).Create(unit: school, agency: "School", role: "Principal"));

        // act
        var theirs = await NoticesAsync(principal, acknowledged: null);

        // assert
        Assert.DoesNotContain(theirs, n => (string?)n["contactPerson"]!["name"] == "Vilma Ros");
    }

    private async Task NameAsync(string name, string startsOn)
    {
        var named = await hub.ClientFor("social-contact-person").MutateAsync("nameContactPerson", "NameContactPersonInput",
            new { name, phone = "08-508 000 00", email = "kontakt@stockholm.se", startsOn }, "contactPerson { id }");
        Assert.Empty(named.UserErrors("nameContactPerson"));
    }

    private static async Task<JToken[]> NoticesAsync(HubClient client, bool? acknowledged)
    {
        var read = await client.PostAsync(Notices, new { acknowledged });
        Assert.True(read.Errors is null, read.Text);
        return [.. read.Data["contactPersonNotices"]!];
    }

    private static Task<Envelope> AcknowledgeAsync(HubClient client, JToken notice) =>
        client.MutateAsync("acknowledgeContactPersonNotice", "AcknowledgeContactPersonNoticeInput",
            new { noticeId = (string?)notice["id"], version = (int)notice["version"]! }, Selection);
}
