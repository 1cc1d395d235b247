using Hub.Api;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Placements;

/// <summary>placeInRsu held to what the district's principals set: the group's grades, and a free place; a refusal tells nothing of the group's other pupils.</summary>
public sealed class RsuGroupPlacementTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Tellusborg = "group:tellusborgsskolan-rsu";
    private const string Selection = "placement { id level }";

    [Fact]
    public async Task PlaceInRsu_PupilInAGradeTheGroupDoesNotTake_InvalidAndNothingChanges()
    {
        // arrange: the group takes grades 7–9 and has places; the pupil is in grade 6.
        var (pupilId, groupId) = PrincipalsPupil();
        await SetAsync(lowest: 7, highest: 9, freePlaces: 5);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => PlaceAsync(pupilId, groupId));

        // assert
        Assert.Equal(["INVALID input.pupilId"], refused.UserErrors("placeInRsu"));
        Assert.Contains("grades 7–9", (string?)refused.Payload("placeInRsu")["errors"]![0]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaceInRsu_PupilWithinTheGradesAndAPlaceFree_PlacedAndThePlaceIsTaken()
    {
        // arrange
        var (pupilId, groupId) = PrincipalsPupil();
        await SetAsync(lowest: 6, highest: 6, freePlaces: 1);

        // act
        var placed = await PlaceAsync(pupilId, groupId);

        // assert
        Assert.Empty(placed.UserErrors("placeInRsu"));
        Assert.Equal(0, await FreePlacesAsync("school-principal"));
    }

    [Fact]
    public async Task PlaceInRsu_GroupFull_WrongStateTellingNoOtherPupilAndNothingChanges()
    {
        // arrange: every place of the group is held.
        var (pupilId, groupId) = PrincipalsPupil();
        await SetAsync(lowest: 0, highest: 9, freePlaces: 0);
        var names = hub.WithDb(db => db.Placements.Where(p => p.Group.Code == Tellusborg).Select(p => p.Pupil.GivenName + " " + p.Pupil.FamilyName).ToList());

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => PlaceAsync(pupilId, groupId));

        // assert
        Assert.Equal(["WRONG_STATE input.groupId"], refused.UserErrors("placeInRsu"));
        Assert.All(names, name => Assert.DoesNotContain(name, refused.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("\"pupil", refused.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaceInRsu_HiddenPupilIntoAFullGroup_AnsweredExactlyAsAMissingPupil()
    {
        // arrange: a pupil of another school, which the principal does not see, and a full group.
        var hidden = Strangers.PupilAt(hub, "school:rinkebyskolan");
        var (_, groupId) = PrincipalsPupil();
        await SetAsync(lowest: 0, highest: 9, freePlaces: 0);

        // act
        var forHidden = await StoreContents.UnchangedAsync(hub, () => PlaceAsync(GlobalId.Encode("Pupil", hidden.Id), groupId));
        var forMissing = await StoreContents.UnchangedAsync(hub, () => PlaceAsync(GlobalId.Encode("Pupil", 999_999), groupId));

        // assert
        Assert.Equal(["NOT_FOUND input.pupilId"], forHidden.UserErrors("placeInRsu"));
        Assert.Equal(forMissing.Payload("placeInRsu").ToString(), forHidden.Payload("placeInRsu").ToString());
    }

    [Fact]
    public async Task PlaceInRsu_GroupWithoutSettings_WrongStateUntilThePrincipalsSetThem()
    {
        // arrange: the district's principals have not yet decided the group.
        var (pupilId, groupId) = PrincipalsPupil();
        var removed = hub.WithDb(db =>
        {
            var id = db.Units.Single(u => u.Code == Tellusborg).Id;
            db.RsuGroups.RemoveRange(db.RsuGroups.Where(g => g.GroupId == id));
            return db.SaveChanges();
        });

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => PlaceAsync(pupilId, groupId));
        var set = await SetAsync(lowest: 0, highest: 9, freePlaces: 3);
        var placed = await PlaceAsync(pupilId, groupId);

        // assert
        Assert.Equal(1, removed);
        Assert.Equal(["WRONG_STATE input.groupId"], refused.UserErrors("placeInRsu"));
        Assert.Empty(set.UserErrors("setRsuGroup"));
        Assert.Equal(0, (int)set.Payload("setRsuGroup")["rsuGroup"]!["version"]!);
        Assert.Empty(placed.UserErrors("placeInRsu"));
    }

    private (string PupilId, string GroupId) PrincipalsPupil() => new ScenarioRunner(hub).Run(s =>
        (GlobalId.Encode("Pupil", s.PupilRelatedTo("school-principal").Id), GlobalId.Encode("Unit", s.Unit(Tellusborg).Id)));

    private Task<Envelope> PlaceAsync(string pupilId, string groupId) =>
        hub.ClientFor("school-principal").MutateAsync("placeInRsu", "PlaceInRsuInput", new { pupilId, groupId, startsOn = HubFactory.Today }, Selection);

    /// <summary>Sets the group's grades and its places to the places taken plus <paramref name="freePlaces"/>, as Klubbacksskolan's principal.</summary>
    private async Task<Envelope> SetAsync(int lowest, int highest, int freePlaces)
    {
        var (groupId, version) = hub.WithDb(db =>
        {
            var id = db.Units.Single(u => u.Code == Tellusborg).Id;
            return (GlobalId.Encode("Unit", id), db.RsuGroups.Where(g => g.GroupId == id).Select(g => (int?)g.Version).SingleOrDefault() ?? 0);
        });
        var current = await hub.ClientFor("school-principal").PostAsync("{ units(kind: TEACHING_GROUP) { code rsuGroup { capacity freePlaces } } }");
        var group = current.Data["units"]!.Single(u => (string?)u["code"] == Tellusborg)["rsuGroup"]!;
        var taken = group.Type == JTokenType.Null ? 0 : (int)group["capacity"]! - (int)group["freePlaces"]!;
        taken = group.Type == JTokenType.Null ? hub.WithDb(db => db.Placements.Count(p => p.Group.Code == Tellusborg && p.EndsOn == null)) : taken;
        var set = await hub.ClientFor("school-principal").MutateAsync("setRsuGroup", "SetRsuGroupInput",
            new { groupId, version, orientation = "Neuropsykiatriska funktionsnedsättningar (NPF)", lowestGrade = lowest, highestGrade = highest, capacity = taken + freePlaces },
            "rsuGroup { version }");
        Assert.Empty(set.UserErrors("setRsuGroup"));
        return set;
    }

    private async Task<int?> FreePlacesAsync(string persona)
    {
        var read = await hub.ClientFor(persona).PostAsync("{ units(kind: TEACHING_GROUP) { code rsuGroup { freePlaces } } }");
        return (int?)read.Data["units"]!.Single(u => (string?)u["code"] == Tellusborg)["rsuGroup"]!["freePlaces"];
    }
}
