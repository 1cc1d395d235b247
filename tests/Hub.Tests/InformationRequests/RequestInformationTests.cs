using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using static Hub.Tests.InformationRequests.InformationRequestWorld;

namespace Hub.Tests.InformationRequests;

/// <summary>
/// An investigator asks a school or teaching group the pupil attends, in the district's open
/// investigation; every other asking is refused, and a refusal changes nothing.
/// </summary>
public sealed class RequestInformationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Theory]
    [InlineData(Rsu)]
    [InlineData(Klubbacken)]
    public async Task RequestInformation_OpenInvestigationAndAnAttendedUnit_AskedOpenAndInTheRecordOfChanges(string unit)
    {
        // arrange
        var (pupil, investigation) = await InvestigatedPupilAsync(hub);

        // act
        var asked = await RequestAsync(hub.ClientFor("social-investigator"), pupil, Unit(hub, unit));

        // assert
        Assert.Empty(asked.UserErrors("requestInformation"));
        var request = asked.Payload("requestInformation")["informationRequest"]!;
        Assert.Equal(("OPEN", false, unit, pupil), ((string)request["status"]!, (bool)request["overdue"]!, (string)request["addressedTo"]!["code"]!, (string)request["pupil"]!["id"]!));
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, request["answer"]!.Type);
        var id = GlobalId.TryDecode((string)request["id"]!, "InformationRequest", out var key) ? key : 0;
        Assert.True(hub.WithDb(db => db.Changes.Any(c => c.Operation == "requestInformation" && c.EntityType == nameof(InformationRequest) && c.EntityId == id)));
        Assert.Equal(investigation, GlobalId.Encode("Intervention", hub.WithDb(db => db.InformationRequests.Single(r => r.Id == id).InvestigationId)));
    }

    [Theory]
    [InlineData("dueOn", "2026-11-22", "INVALID input.dueOn")]
    [InlineData("dueOn", "2027-01-23", "INVALID input.dueOn")]
    [InlineData("questions", "   ", "INVALID input.questions")]
    [InlineData("contact", "", "INVALID input.contact")]
    [InlineData("addressedToId", "bup:liljeholmen", "INVALID input.addressedToId")]
    [InlineData("addressedToId", "social:hagersten-alvsjo:investigation", "INVALID input.addressedToId")]
    [InlineData("addressedToId", "school:rinkebyskolan", "INVALID input.addressedToId")]
    [InlineData("addressedToId", "group:csu-bromma", "INVALID input.addressedToId")]
    [InlineData("addressedToId", "unknown", "NOT_FOUND input.addressedToId")]
    public async Task RequestInformation_BadInputOrAUnitThePupilDoesNotAttend_RefusedAndNothingChanges(string field, string value, string expected)
    {
        // arrange
        var (pupil, _) = await InvestigatedPupilAsync(hub);
        var unit = field != "addressedToId" ? Unit(hub, Rsu) : value == "unknown" ? GlobalId.Encode("Unit", 999_999) : Unit(hub, value);
        var client = hub.ClientFor("social-investigator");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => field switch
        {
            "dueOn" => RequestAsync(client, pupil, unit, dueOn: value),
            "questions" => RequestAsync(client, pupil, unit, questions: value),
            "contact" => RequestAsync(client, pupil, unit, contact: value),
            _ => RequestAsync(client, pupil, unit),
        });

        // assert
        Assert.Equal([expected], refused.UserErrors("requestInformation"));
    }

    [Fact]
    public async Task RequestInformation_NoOpenInvestigation_WrongStateAndNothingChanges()
    {
        // arrange: a pupil the investigator sees through a report only, and one whose investigation closed today.
        var reported = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("social-investigator"));
        var (closed, investigation) = await InvestigatedPupilAsync(hub);
        new ScenarioRunner(hub).Run(s => s.ReportOfConcern(s.PupilById(closed)));
        await hub.ClientFor("social-investigator").MutateAsync("closeInvestigation", "CloseInvestigationInput",
            new { investigationId = investigation, version = 0, closedOn = HubFactory.Today, closingNote = "Support given; nothing more to investigate." }, "investigation { id }");

        // act
        var first = await StoreContents.UnchangedAsync(hub, () => RequestAsync(hub.ClientFor("social-investigator"), GlobalId.Encode("Pupil", reported.Id), Unit(hub, Klubbacken)));
        var second = await StoreContents.UnchangedAsync(hub, () => RequestAsync(hub.ClientFor("social-investigator"), closed, Unit(hub, Klubbacken)));

        // assert
        Assert.Equal(["WRONG_STATE input.pupilId"], first.UserErrors("requestInformation"));
        Assert.Equal(["WRONG_STATE input.pupilId"], second.UserErrors("requestInformation"));
    }

    [Fact]
    public async Task RequestInformation_AnotherDistrictsOrAnUnknownPupil_AnsweredAlikeAsNotFound()
    {
        // arrange: Hägersten-Älvsjö's pupil asked about by Skärholmen's investigator; a pupil that does not exist.
        var (pupil, _) = await InvestigatedPupilAsync(hub);
        var unit = Unit(hub, Klubbacken);

        // act
        var theirs = await StoreContents.UnchangedAsync(hub, () => RequestAsync(Skarholmen(hub), pupil, unit));
        var missing = await StoreContents.UnchangedAsync(hub, () => RequestAsync(Skarholmen(hub), GlobalId.Encode("Pupil", 999_999), unit));
        var ours = await RequestAsync(hub.ClientFor("social-investigator"), pupil, unit);

        // assert: a positive control, then the same answer for a hidden and a missing pupil.
        Assert.Empty(ours.UserErrors("requestInformation"));
        Assert.Equal(["NOT_FOUND input.pupilId"], theirs.UserErrors("requestInformation"));
        Assert.Equal(missing.Payload("requestInformation").ToString(), theirs.Payload("requestInformation").ToString());
    }

    [Theory]
    [InlineData("social-contact-person")]
    [InlineData("sst-social-worker")]
    [InlineData("social-manager")]
    [InlineData("school-principal")]
    [InlineData("bup-clinician")]
    public async Task RequestInformation_NotAnInvestigator_AccessDeniedAndNothingChanges(string persona)
    {
        // arrange
        var (pupil, _) = await InvestigatedPupilAsync(hub);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => RequestAsync(hub.ClientFor(persona), pupil, Unit(hub, Klubbacken)));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Fact]
    public async Task InformationRequests_TheDistrictsOwn_NotAnotherDistrictsNorARoleThatReadsNoInvestigation()
    {
        // arrange
        var (pupil, _) = await InvestigatedPupilAsync(hub);
        var (id, _) = await AskedAsync(hub, pupil, Rsu);

        // act
        var ours = await hub.ClientFor("social-investigator").PostAsync("{ informationRequests(status: OPEN) { id } }");
        var skarholmen = await Skarholmen(hub).PostAsync("{ informationRequests { id } }");
        var reception = await hub.ClientFor("social-contact-person").PostAsync("{ informationRequests { id } }");
        var school = await hub.ClientFor("school-principal").PostAsync("{ informationRequests { id } }");

        // assert
        Assert.Contains(ours.Data["informationRequests"]!, r => (string?)r["id"] == id);
        Assert.DoesNotContain(skarholmen.Data["informationRequests"]!, r => (string?)r["id"] == id);
        Assert.Equal("ACCESS_DENIED", reception.ErrorCode());
        Assert.DoesNotContain(school.Data["informationRequests"]!, r => (string?)r["id"] == id);
    }

    [Fact]
    public async Task InformationRequests_Overdue_OnlyOpenRequestsPastTheirDay()
    {
        // act: the demo city has requests past their day in Hägersten-Älvsjö.
        var read = await hub.ClientFor("social-investigator").PostAsync(
            "{ informationRequests(overdue: true) { status dueOn overdue } rest: informationRequests(overdue: false) { overdue } all: informationRequests { overdue } }");

        // assert
        Assert.True(read.Errors is null, read.Text);
        var overdue = read.Data["informationRequests"]!;
        Assert.NotEmpty(overdue);
        Assert.All(overdue, r => Assert.Equal(("OPEN", true), ((string)r["status"]!, (bool)r["overdue"]!)));
        Assert.All(overdue, r => Assert.True(string.CompareOrdinal((string)r["dueOn"]!, HubFactory.Today) < 0));
        Assert.Equal(overdue.Count(), read.Data["all"]!.Count(r => (bool)r["overdue"]!));
        Assert.All(read.Data["rest"]!, r => Assert.False((bool)r["overdue"]!));
        Assert.Equal(read.Data["all"]!.Count(), overdue.Count() + read.Data["rest"]!.Count());
    }
}
