using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Interventions;

/// <summary>A case has a named handler whom the other agencies can reach; the unit that keeps the case names (and changes) the handler.</summary>
public sealed class HandlerTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Selection = "case { id version handlerName handlerContact }";

    [Theory]
    [InlineData("bup-clinician")]
    [InlineData("sst-social-worker")]
    [InlineData("police-sspf")]
    public async Task AssignHandler_OpenCaseOfTheCallersUnit_NamesTheHandlerAndTheChangeIsRecorded(string persona)
    {
        // arrange
        var (pupil, caseId) = Case(persona);

        // act
        var assigned = await AssignAsync(persona, caseId, 0, "Maja Falk", "08-508 111 22");
        var read = await hub.ClientFor(persona).PostAsync("query($id: ID!) { pupil(id: $id) { interventions { id handlerName handlerContact } } }",
            new { id = GlobalId.Encode("Pupil", pupil.Id) });

        // assert
        Assert.Empty(assigned.UserErrors("assignHandler"));
        Assert.Equal(("Maja Falk", "08-508 111 22"), ((string?)assigned.Payload("assignHandler")["case"]!["handlerName"], (string?)assigned.Payload("assignHandler")["case"]!["handlerContact"]));
        var seen = read.Data["pupil"]!["interventions"]!.Single(i => (string?)i["id"] == GlobalId.Encode("Intervention", caseId));
        Assert.Equal("Maja Falk", (string?)seen["handlerName"]);
        Assert.True(hub.WithDb(db => db.Changes.Any(c => c.Operation == "assignHandler" && c.EntityId == caseId && c.PupilId == pupil.Id)));
    }

    [Fact]
    public async Task AssignHandler_ANewHandler_ReplacesTheOneBefore()
    {
        // arrange
        var (_, caseId) = Case("bup-clinician");
        await AssignAsync("bup-clinician", caseId, 0, "Maja Falk", "08-508 111 22");

        // act
        var replaced = await AssignAsync("bup-clinician", caseId, 1, "Leo Strand", "leo.strand@regionstockholm.se");

        // assert
        Assert.Empty(replaced.UserErrors("assignHandler"));
        Assert.Equal("Leo Strand", hub.WithDb(db => db.Interventions.Single(i => i.Id == caseId).HandlerName));
        Assert.Equal(2, hub.WithDb(db => db.Changes.Count(c => c.Operation == "assignHandler" && c.EntityId == caseId)));
    }

    [Fact]
    public async Task AssignHandler_ClosedCase_WrongStateAndNothingChanges()
    {
        // arrange: the pupil stays in BUP's sight through a second, open contact.
        var (pupil, caseId) = Case("bup-clinician");
        new ScenarioRunner(hub).Run(s => s.AlsoRelatedTo(pupil, "bup-clinician"));
        hub.WithDb(db =>
        {
            db.Interventions.Single(i => i.Id == caseId).ClosedOn = new DateOnly(2026, 11, 20);
            return db.SaveChanges();
        });

        // act
        var version = hub.WithDb(db => db.Interventions.Single(i => i.Id == caseId).Version);
        var refused = await StoreContents.UnchangedAsync(hub, () => AssignAsync("bup-clinician", caseId, version, "Maja Falk", "08-508 111 22"));

        // assert
        Assert.Equal(["WRONG_STATE input.interventionId"], refused.UserErrors("assignHandler"));
    }

    [Theory]
    [InlineData("", "08-508 111 22", "INVALID input.name")]
    [InlineData("Maja Falk", " ", "INVALID input.contact")]
    public async Task AssignHandler_BlankNameOrContact_InvalidAndNothingChanges(string name, string contact, string error)
    {
        // arrange
        var (_, caseId) = Case("bup-clinician");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AssignAsync("bup-clinician", caseId, 0, name, contact));

        // assert
        Assert.Equal([error], refused.UserErrors("assignHandler"));
    }

    [Fact]
    public async Task AssignHandler_AnotherUnitsCase_AnswersAsForAMissingCase()
    {
        // arrange: a BUP contact the police cannot see, and an id no record has.
        var (_, caseId) = Case("bup-clinician");

        // act
        var theirs = await StoreContents.UnchangedAsync(hub, () => AssignAsync("police-sspf", caseId, 0, "Maja Falk", "08-508 111 22"));
        var missing = await AssignAsync("police-sspf", int.MaxValue, 0, "Maja Falk", "08-508 111 22");

        // assert: the same refusal, word for word.
        Assert.Equal(["NOT_FOUND input.interventionId"], missing.UserErrors("assignHandler"));
        Assert.Equal(missing.Payload("assignHandler")["errors"]!.ToString(), theirs.Payload("assignHandler")["errors"]!.ToString());
    }

    [Theory]
    [InlineData("school-teacher")]
    [InlineData("school-principal")]
    [InlineData("dpo")]
    public async Task AssignHandler_RoleThatKeepsNoCases_AccessDeniedAndNothingChanges(string persona)
    {
        // arrange
        var (_, caseId) = Case("bup-clinician");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AssignAsync(persona, caseId, 0, "Maja Falk", "08-508 111 22"));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Fact]
    public async Task HandlerName_ProtectedPupil_WithheldWhereTheUnitIs()
    {
        // arrange: two pupils' BUP contacts with a handler each, one pupil with a protected identity.
        var open = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("bup-clinician"));
        var hidden = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("bup-clinician", protectedIdentity: true));
        foreach (var pupil in new[] { open, hidden })
        {
            await AssignAsync("bup-clinician", hub.WithDb(db => db.Interventions.Single(i => i.PupilId == pupil.Id).Id), 0, "Maja Falk", "08-508 111 22");
        }

        // act
        var read = await Task.WhenAll(new[] { open, hidden }.Select(p => hub.ClientFor("bup-clinician").PostAsync(
            "query($id: ID!) { pupil(id: $id) { interventions { handlerName unit { code } } } }", new { id = GlobalId.Encode("Pupil", p.Id) })));

        // assert: a positive control, then the handler withheld exactly where the unit is (the handler names where the child is seen).
        Assert.Equal("Maja Falk", (string?)read[0].Data["pupil"]!["interventions"]![0]!["handlerName"]);
        Assert.Null((string?)read[1].Data["pupil"]!["interventions"]![0]!["handlerName"]);
        Assert.Equal(JTokenType.Null, read[1].Data["pupil"]!["interventions"]![0]!["unit"]!.Type);
    }

    private (Pupil Pupil, int CaseId) Case(string persona)
    {
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo(persona));
        return (pupil, hub.WithDb(db => db.Interventions.AsNoTracking().Single(i => i.PupilId == pupil.Id).Id));
    }

    private Task<Envelope> AssignAsync(string persona, int caseId, int version, string name, string contact) =>
        hub.ClientFor(persona).MutateAsync("assignHandler", "AssignHandlerInput",
            new { interventionId = GlobalId.Encode("Intervention", caseId), version, name, contact }, Selection);
}
