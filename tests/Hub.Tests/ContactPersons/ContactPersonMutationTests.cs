using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.ContactPersons;

/// <summary>A district names its contact person for schools; schools see who it is today and every change on record.</summary>
public sealed class ContactPersonMutationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Selection = "contactPerson { name email startsOn endsOn unit { code } }";
    private const string Districts = "{ districts { code contactPerson { name } contactPersonHistory { name startsOn endsOn } } }";

    private static object Input(string startsOn, string email = "vera.lund@stockholm.se") =>
        new { name = "Vera Lund", phone = "+46 8-508 000 00", email, startsOn };

    private async Task<JToken> DistrictSeenBySchoolAsync(string code)
    {
        var read = await hub.ClientFor("school-principal").PostAsync(Districts);
        return read.Data["districts"]!.Single(d => (string?)d["code"] == code);
    }

    [Fact]
    public async Task NameContactPerson_StartingToday_SchoolsSeeTheNewPersonAndTheOldOneOnRecord()
    {
        // arrange
        var before = await DistrictSeenBySchoolAsync("hagersten-alvsjo");

        // act
        var named = await hub.ClientFor("social-contact-person").MutateAsync("nameContactPerson", "NameContactPersonInput", Input("2026-11-23"), Selection);

        // assert
        Assert.Empty(named.UserErrors("nameContactPerson"));
        Assert.Equal("social:hagersten-alvsjo:reception", (string?)named.Payload("nameContactPerson")["contactPerson"]!["unit"]!["code"]);
        var after = await DistrictSeenBySchoolAsync("hagersten-alvsjo");
        Assert.Equal("Vera Lund", (string?)after["contactPerson"]!["name"]);
        var history = after["contactPersonHistory"]!;
        Assert.Equal(before["contactPersonHistory"]!.Count() + 1, history.Count());
        Assert.Equal((string?)before["contactPerson"]!["name"], (string?)history[1]!["name"]);
        Assert.Equal("2026-11-23", (string?)history[1]!["endsOn"]);
        Assert.True(hub.WithDb(db => db.Changes.Any(c => c.Operation == "nameContactPerson" && c.ActorId == "p-2003" && c.DistrictId != null)));
    }

    [Fact]
    public async Task NameContactPerson_StartingNextMonth_TheCurrentOneStaysUntilThen()
    {
        // arrange
        var investigator = new HubClient(hub.CreateClient(),
            new TokenForge(hub).Create(unit: "social:skarholmen:investigation", agency: "SocialServices", role: "Investigator"));
        var before = await DistrictSeenBySchoolAsync("skarholmen");

        // act
        var named = await investigator.MutateAsync("nameContactPerson", "NameContactPersonInput", Input("2026-12-15"), Selection);

        // assert
        Assert.Empty(named.UserErrors("nameContactPerson"));
        var after = await DistrictSeenBySchoolAsync("skarholmen");
        Assert.Equal((string?)before["contactPerson"]!["name"], (string?)after["contactPerson"]!["name"]);
        Assert.Equal("Vera Lund", (string?)after["contactPersonHistory"]![0]!["name"]);
        Assert.Equal("2026-12-15", (string?)after["contactPersonHistory"]![1]!["endsOn"]);
    }

    [Theory]
    [InlineData("school-teacher")]
    [InlineData("school-principal")]
    [InlineData("rsu-teacher")]
    [InlineData("csu-teacher")]
    [InlineData("elevhalsa-officer")]
    [InlineData("sst-social-worker")]
    [InlineData("bup-clinician")]
    [InlineData("police-sspf")]
    [InlineData("forsta-linjen-clinician")]
    [InlineData("habilitation-clinician")]
    [InlineData("fritid-leader")]
    [InlineData("dpo")]
    public async Task NameContactPerson_AnyoneButTheDistrictsInvestigatorsOrContactPersons_RefusedAndNothingChanges(string persona)
    {
        // act
        var refused = await StoreContents.UnchangedAsync(hub, () =>
            hub.ClientFor(persona).MutateAsync("nameContactPerson", "NameContactPersonInput", Input("2026-12-01"), Selection));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Theory]
    [InlineData("vera.lund", "2026-12-01", "INVALID input.email")]
    [InlineData("vera lund@stockholm.se", "2026-12-01", "INVALID input.email")]
    [InlineData("vera.lund@stockholm.se", "2020-01-01", "INVALID input.startsOn")]
    [InlineData("vera.lund@stockholm.se", "2027-03-01", "INVALID input.startsOn")]
    public async Task NameContactPerson_BadEmailOrDay_Invalid(string email, string startsOn, string error)
    {
        // act
        var refused = await StoreContents.UnchangedAsync(hub, () =>
            hub.ClientFor("social-investigator").MutateAsync("nameContactPerson", "NameContactPersonInput", Input(startsOn, email), Selection));

        // assert
        Assert.Equal([error], refused.UserErrors("nameContactPerson"));
    }
}
