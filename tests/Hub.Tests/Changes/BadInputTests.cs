using Hub.Api;
using Hub.Tests.Support;

namespace Hub.Tests.Changes;

/// <summary>
/// Bad input, every kind: each case gets a clear error naming what is wrong, and the store is
/// byte for byte what it was (<see cref="StoreContents"/>). An id of a record the caller may not
/// see is answered exactly like an id that does not exist, so hidden records cannot be detected.
/// </summary>
public sealed class BadInputTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Selection = "placement { id }";

    public static TheoryData<string> Cases => [.. BadInputCases.Names];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Mutation_BadInput_ClearErrorAndStoreUnchanged(string name)
    {
        // arrange
        var bad = BadInputCases.Build(name, hub);

        // act
        var response = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor(bad.Persona).MutateAsync(bad.Mutation, bad.InputType, bad.Input, bad.Selection));

        // assert
        if (bad.Expected.StartsWith("GRAPHQL:", StringComparison.Ordinal))
        {
            // Refused by the schema itself, before any resolver runs.
            Assert.NotNull(response.Errors);
            Assert.Contains(bad.Expected["GRAPHQL:".Length..], (string?)response.Errors![0]["message"], StringComparison.Ordinal);
            return;
        }

        Assert.True(response.Errors is null, response.Text);
        var errors = response.Payload(bad.Mutation)["errors"]!;
        Assert.Equal([bad.Expected], response.UserErrors(bad.Mutation));
        Assert.False(string.IsNullOrWhiteSpace((string?)errors[0]!["message"]));
    }

    [Fact]
    public async Task Mutation_HiddenRecordId_SameAnswerAsAnIdThatDoesNotExist()
    {
        // arrange
        var hidden = BadInputCases.HiddenPlacementId(hub);
        var missing = GlobalId.Encode("Placement", 9_999_999);
        var principal = hub.ClientFor("school-principal");

        // act
        var forHidden = await principal.MutateAsync("endPlacement", "EndPlacementInput",
            new { placementId = hidden, version = 0, endsOn = HubFactory.Today, reason = "Probing." }, Selection);
        var forMissing = await principal.MutateAsync("endPlacement", "EndPlacementInput",
            new { placementId = missing, version = 0, endsOn = HubFactory.Today, reason = "Probing." }, Selection);

        // assert
        Assert.Equal(forMissing.Payload("endPlacement").ToString(), forHidden.Payload("endPlacement").ToString());
    }

    [Fact]
    public async Task Mutation_SameIdempotencyKeyAndInput_ReplaysTheFirstResultAndChangesNothing()
    {
        // arrange
        var (pupilId, rsu) = BadInputCases.PrincipalsPupil(hub);
        var principal = hub.ClientFor("school-principal");
        var input = new { pupilId, groupId = rsu, startsOn = HubFactory.Today, idempotencyKey = "sis-4711-placement" };
        var first = await principal.MutateAsync("placeInRsu", "PlaceInRsuInput", input, Selection);

        // act
        var retry = await StoreContents.UnchangedAsync(hub, () => principal.MutateAsync("placeInRsu", "PlaceInRsuInput", input, Selection));

        // assert
        Assert.False((bool)first.Payload("placeInRsu")["replayed"]!);
        Assert.True((bool)retry.Payload("placeInRsu")["replayed"]!);
        Assert.Equal((string?)first.Payload("placeInRsu")["placement"]!["id"], (string?)retry.Payload("placeInRsu")["placement"]!["id"]);
    }

    [Fact]
    public async Task Mutation_IdempotencyKeysArePerCaller_AnotherPersonsKeyIsNotTheirs()
    {
        // arrange
        var (pupilId, rsu) = BadInputCases.PrincipalsPupil(hub);
        await hub.ClientFor("elevhalsa-officer").MutateAsync("placeInRsu", "PlaceInRsuInput",
            new { pupilId, groupId = rsu, startsOn = HubFactory.Today, idempotencyKey = "shared-key" }, Selection);

        // act
        var placed = await hub.ClientFor("school-principal").MutateAsync("placeInRsu", "PlaceInRsuInput",
            new { pupilId, groupId = rsu, startsOn = HubFactory.Today, idempotencyKey = "shared-key" }, Selection);

        // assert
        Assert.Empty(placed.UserErrors("placeInRsu"));
        Assert.False((bool)placed.Payload("placeInRsu")["replayed"]!);
    }

    [Fact]
    public async Task Mutation_Succeeded_ChangeRecordedWithWhoAndWhenAndReadableByTheOfficerOnly()
    {
        // arrange
        var (pupilId, rsu) = BadInputCases.PrincipalsPupil(hub);
        await hub.ClientFor("school-principal").MutateAsync("placeInRsu", "PlaceInRsuInput", new { pupilId, groupId = rsu, startsOn = HubFactory.Today }, Selection);
        const string Query = "query($p: ID!) { changes(pupil: $p) { operation entityType actorName actorRole actorUnit { code } at } }";

        // act
        var officer = await hub.ClientFor("dpo").PostAsync(Query, new { p = pupilId });
        var principal = await hub.ClientFor("school-principal").PostAsync(Query, new { p = pupilId });

        // assert
        var change = officer.Data["changes"]!.Single();
        Assert.Equal("placeInRsu", (string?)change["operation"]);
        Assert.Equal("Placement", (string?)change["entityType"]);
        Assert.Equal("Principal", (string?)change["actorRole"]);
        Assert.Equal("school:klubbacksskolan", (string?)change["actorUnit"]!["code"]);
        Assert.Equal("ACCESS_DENIED", principal.ErrorCode());
    }
}
