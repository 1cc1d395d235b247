using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Placements;

/// <summary>setRsuGroup through HTTP: the district's principals set an RSU group's orientation, grades and places; everyone reads them, few read the free places.</summary>
public sealed class RsuGroupTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Tellusborg = "group:tellusborgsskolan-rsu";
    private const string Selection = "rsuGroup { orientation lowestGrade highestGrade capacity freePlaces setBy version group { code } }";

    [Fact]
    public async Task SetRsuGroup_PrincipalOfTheDistrict_ChangesTheSettingsUnderANewVersionInTheRecordOfChanges()
    {
        // arrange
        var (groupId, version, taken) = Settings(Tellusborg);

        // act
        var set = await SetAsync("school-principal", groupId, version, lowest: 4, highest: 9, capacity: taken + 3, orientation: "Socioemotionella svårigheter");

        // assert
        Assert.Empty(set.UserErrors("setRsuGroup"));
        var group = set.Payload("setRsuGroup")["rsuGroup"]!;
        Assert.Equal("Socioemotionella svårigheter", (string?)group["orientation"]);
        Assert.Equal([4, 9, taken + 3, 3, version + 1], new[] { (int)group["lowestGrade"]!, (int)group["highestGrade"]!, (int)group["capacity"]!, (int)group["freePlaces"]!, (int)group["version"]! });
        Assert.Equal("Johan Ek", (string?)group["setBy"]);
        Assert.True(hub.WithDb(db => db.Changes.Any(c => c.Operation == "setRsuGroup" && c.EntityType == nameof(RsuGroup) && c.DistrictId != null && c.ActorName == "Johan Ek")));
    }

    [Fact]
    public async Task SetRsuGroup_StaleVersion_StaleVersionAndNothingChanges()
    {
        // arrange
        var (groupId, version, taken) = Settings(Tellusborg);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => SetAsync("school-principal", groupId, version + 7, 3, 9, taken + 2));

        // assert
        Assert.Equal(["STALE_VERSION input.version"], refused.UserErrors("setRsuGroup"));
        Assert.Equal(JTokenType.Null, refused.Payload("setRsuGroup")["rsuGroup"]!.Type);
    }

    [Theory]
    [InlineData(-1, 9, 10, "Neuropsykiatriska funktionsnedsättningar", "INVALID input.lowestGrade")]
    [InlineData(10, 10, 10, "Neuropsykiatriska funktionsnedsättningar", "INVALID input.lowestGrade")]
    [InlineData(3, 10, 10, "Neuropsykiatriska funktionsnedsättningar", "INVALID input.highestGrade")]
    [InlineData(7, 5, 10, "Neuropsykiatriska funktionsnedsättningar", "INVALID input.highestGrade")]
    [InlineData(3, 9, 0, "Neuropsykiatriska funktionsnedsättningar", "INVALID input.capacity")]
    [InlineData(3, 9, -4, "Neuropsykiatriska funktionsnedsättningar", "INVALID input.capacity")]
    [InlineData(3, 9, 10, "   ", "INVALID input.orientation")]
    public async Task SetRsuGroup_GradesOutOfRangeNoPlacesOrNoOrientation_InvalidAndNothingChanges(int lowest, int highest, int capacity, string orientation, string expected)
    {
        // arrange
        var (groupId, version, _) = Settings(Tellusborg);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => SetAsync("school-principal", groupId, version, lowest, highest, capacity, orientation));

        // assert
        Assert.Equal([expected], refused.UserErrors("setRsuGroup"));
    }

    [Fact]
    public async Task SetRsuGroup_FewerPlacesThanPlacementsHoldingOne_WrongStateAndNothingChanges()
    {
        // arrange
        var (groupId, version, taken) = Settings(Tellusborg);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => SetAsync("school-principal", groupId, version, 3, 9, taken - 1));
        var exactly = await SetAsync("school-principal", groupId, version, 3, 9, taken);

        // assert
        Assert.True(taken > 1);
        Assert.Equal(["WRONG_STATE input.capacity"], refused.UserErrors("setRsuGroup"));
        Assert.Empty(exactly.UserErrors("setRsuGroup"));
        Assert.Equal(0, (int)exactly.Payload("setRsuGroup")["rsuGroup"]!["freePlaces"]!);
        await SetAsync("school-principal", groupId, version + 1, 3, 9, taken + 4);
    }

    [Theory]
    [InlineData("school-teacher")]
    [InlineData("rsu-teacher")]
    [InlineData("elevhalsa-officer")]
    [InlineData("social-investigator")]
    [InlineData("social-manager")]
    [InlineData("bup-clinician")]
    [InlineData("police-sspf")]
    [InlineData("forsta-linjen-clinician")]
    [InlineData("habilitation-clinician")]
    [InlineData("fritid-leader")]
    [InlineData("dpo")]
    public async Task SetRsuGroup_AnyoneButAPrincipal_AccessDeniedAndNothingChanges(string persona)
    {
        // arrange
        var (groupId, version, taken) = Settings(Tellusborg);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => SetAsync(persona, groupId, version, 3, 9, taken + 5));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Fact]
    public async Task SetRsuGroup_PrincipalOfAnotherDistrictOrOfAnIndependentSchool_NotPermittedAndNothingChanges()
    {
        // arrange: Rinkebyskolan's principal names Tellusborgsskolan's RSU; an independent school's principal names its own district's RSU.
        var (groupId, version, taken) = Settings(Tellusborg);
        var (independent, itsRsu) = new ScenarioRunner(hub).Run(s =>
        {
            var school = s.FirstUnit(u => u.Ownership == SchoolOwnership.Independent && u.DistrictId != null);
            return (school.Code, s.FirstUnit(u => u.GroupLevel == PlacementLevel.Rsu && u.DistrictId == school.DistrictId).Code);
        });
        var (otherId, otherVersion, otherTaken) = Settings(itsRsu);
        var forge = new TokenForge(hub);

        // act
        var elsewhere = await StoreContents.UnchangedAsync(hub, () => SetAsync(forge.Create(unit: "school:rinkebyskolan", role: "Principal"), groupId, version, 3, 9, taken + 5));
        var fromIndependent = await StoreContents.UnchangedAsync(hub, () => SetAsync(forge.Create(unit: independent, role: "Principal"), otherId, otherVersion, 3, 9, otherTaken + 5));

        // assert
        Assert.Equal(["NOT_PERMITTED input.groupId"], elsewhere.UserErrors("setRsuGroup"));
        Assert.Equal(["NOT_PERMITTED input.groupId"], fromIndependent.UserErrors("setRsuGroup"));
        Assert.DoesNotContain(taken.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)elsewhere.Payload("setRsuGroup")["errors"]![0]!["message"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("group:csu-bromma", "INVALID input.groupId")]
    [InlineData("school:tellusborgsskolan", "INVALID input.groupId")]
    [InlineData(null, "NOT_FOUND input.groupId")]
    public async Task SetRsuGroup_NotAnRsuGroup_RefusedAndNothingChanges(string? code, string expected)
    {
        // arrange
        var groupId = code is null ? GlobalId.Encode("Unit", 999_999) : hub.WithDb(db => GlobalId.Encode("Unit", db.Units.Single(u => u.Code == code).Id));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => SetAsync("school-principal", groupId, 0, 3, 9, 10));

        // assert
        Assert.Equal([expected], refused.UserErrors("setRsuGroup"));
    }

    [Fact]
    public async Task SetRsuGroup_SameIdempotencyKeyAndInput_ReplaysAndChangesNothingAgain()
    {
        // arrange
        var (groupId, version, taken) = Settings(Tellusborg);
        var input = new { groupId, version, orientation = "Neuropsykiatriska funktionsnedsättningar (NPF)", lowestGrade = 3, highestGrade = 9, capacity = taken + 4, idempotencyKey = "rektorsmote-2026-11" };
        var principal = hub.ClientFor("school-principal");
        var first = await principal.MutateAsync("setRsuGroup", "SetRsuGroupInput", input, Selection);

        // act
        var retry = await StoreContents.UnchangedAsync(hub, () => principal.MutateAsync("setRsuGroup", "SetRsuGroupInput", input, Selection));

        // assert
        Assert.Empty(first.UserErrors("setRsuGroup"));
        Assert.True((bool)retry.Payload("setRsuGroup")["replayed"]!);
        Assert.Equal(version + 1, (int)retry.Payload("setRsuGroup")["rsuGroup"]!["version"]!);
    }

    [Theory]
    [InlineData("school-principal", true)]
    [InlineData("rsu-teacher", true)]
    [InlineData("school-teacher", false)]
    [InlineData("social-investigator", false)]
    [InlineData("bup-clinician", false)]
    [InlineData("police-sspf", false)]
    [InlineData("forsta-linjen-clinician", false)]
    [InlineData("fritid-leader", false)]
    [InlineData("dpo", false)]
    public async Task UnitRsuGroup_AnyStaff_ReadsTheSettingsAndOnlyTheDistrictsPrincipalsAndTheGroupTheFreePlaces(string persona, bool toldFreePlaces)
    {
        // act
        var read = await hub.ClientFor(persona).PostAsync("{ units(kind: TEACHING_GROUP) { code rsuGroup { orientation lowestGrade highestGrade capacity freePlaces } } }");

        // assert
        var group = read.Data["units"]!.Single(u => (string?)u["code"] == Tellusborg)["rsuGroup"]!;
        Assert.False(string.IsNullOrEmpty((string?)group["orientation"]));
        Assert.InRange((int)group["capacity"]!, 1, 40);
        Assert.Equal(toldFreePlaces, group["freePlaces"]!.Type == JTokenType.Integer);
        Assert.All(read.Data["units"]!.Where(u => (string?)u["code"] == "group:csu-bromma"), u => Assert.Equal(JTokenType.Null, u["rsuGroup"]!.Type));
    }

    [Fact]
    public async Task UnitRsuGroup_PrincipalOfAnotherDistrict_IsNotToldTheFreePlacesOfAGroupWhosePupilsItDoesNotSee()
    {
        // arrange
        var client = new HubClient(hub.CreateClient(), new TokenForge(hub).Create(unit: "school:rinkebyskolan", role: "Principal"));

        // act
        var read = await client.PostAsync("{ units(kind: TEACHING_GROUP) { code rsuGroup { capacity freePlaces } } }");

        // assert
        var groups = read.Data["units"]!.Where(u => u["rsuGroup"]!.Type != JTokenType.Null).ToList();
        Assert.True(groups.Count > 3);
        Assert.Equal(JTokenType.Null, groups.Single(u => (string?)u["code"] == Tellusborg)["rsuGroup"]!["freePlaces"]!.Type);
        Assert.Equal(1, groups.Count(u => u["rsuGroup"]!["freePlaces"]!.Type == JTokenType.Integer));
    }

    private (string GroupId, int Version, int Taken) Settings(string code) => hub.WithDb(db =>
    {
        var group = db.Units.Single(u => u.Code == code);
        var version = db.RsuGroups.Where(g => g.GroupId == group.Id).Select(g => (int?)g.Version).SingleOrDefault() ?? 0;
        var today = DateOnly.Parse(HubFactory.Today, System.Globalization.CultureInfo.InvariantCulture);
        return (GlobalId.Encode("Unit", group.Id), version, db.Placements.Count(p => p.GroupId == group.Id && (p.EndsOn == null || p.EndsOn > today)));
    });

    private Task<Envelope> SetAsync(string personaOrToken, string groupId, int version, int lowest, int highest, int capacity, string orientation = "Neuropsykiatriska funktionsnedsättningar (NPF)")
    {
        var client = personaOrToken.Contains('.', StringComparison.Ordinal) ? new HubClient(hub.CreateClient(), personaOrToken) : hub.ClientFor(personaOrToken);
        return client.MutateAsync("setRsuGroup", "SetRsuGroupInput",
            new { groupId, version, orientation, lowestGrade = lowest, highestGrade = highest, capacity }, Selection);
    }
}
