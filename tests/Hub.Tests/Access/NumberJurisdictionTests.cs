using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Access;

/// <summary>
/// Mutations that start a relationship by personal identity number hold to the caller's
/// jurisdiction: a pupil outside it is answered exactly as a number that is not in the hub (same
/// payload, same log rows), while a pupil inside it is reached. A relationship so started never
/// lifts a protected identity's withholding.
/// </summary>
public sealed class NumberJurisdictionTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Bromma = "school:abrahamsbergsskolan";
    private const string RinkebyKista = "school:rinkebyskolan";
    private const string Skarholmen = "school:skarholmens-skola";
    private const string HagerstenAlvsjo = "school:klubbacksskolan";

    private Task<Envelope> SspfAsync(string number) => hub.ClientFor("police-sspf").MutateAsync("registerSspfCase", "RegisterSspfCaseInput",
        new { personalIdentityNumber = number, openedOn = HubFactory.Today, summary = "Seen with older youths at the centre." }, "case { openedOn }");

    private Task<Envelope> BupAsync(string number) => hub.ClientFor("bup-clinician").MutateAsync("registerBupContact", "RegisterBupContactInput",
        new { personalIdentityNumber = number, openedOn = HubFactory.Today, summary = "Referred for anxiety." }, "contact { openedOn }");

    private Task<Envelope> ApplicationAsync(string number) => hub.ClientFor("social-investigator").MutateAsync("openInvestigation", "OpenInvestigationInput",
        new { personalIdentityNumber = number, origin = "APPLICATION", openedOn = HubFactory.Today, educationInvestigated = true },
        "investigation { openedOn }");

    private Task<Envelope> ReceiveAsync(string number) => hub.ClientFor("social-contact-person").MutateAsync("receiveReportOfConcern",
        "ReceiveReportOfConcernInput",
        new { personalIdentityNumber = number, receivedOn = HubFactory.Today, reporterKind = "OTHER", reporterName = "A neighbour", summary = "Shouting at night." },
        "report { openedOn }");

    /// <summary>Asks in two worlds, a pupil out of reach and a number not in the hub, and requires the same answer and log rows.</summary>
    private async Task<Envelope> SameAsNotInTheHubAsync(string schoolCode, Func<string, Task<Envelope>> ask)
    {
        var outOfReach = Strangers.PupilAt(hub, schoolCode);
        var (absent, absentRows) = await LoggedRows.OfAsync(hub, () => StoreContents.UnchangedAsync(hub, () => ask(Strangers.NumberNotInTheHub(hub))));
        var (hidden, hiddenRows) = await LoggedRows.OfAsync(hub, () => StoreContents.UnchangedAsync(hub, () => ask(outOfReach.Number)));
        Assert.Equal(absent.Text, hidden.Text);
        Assert.Equal(absentRows, hiddenRows);
        Assert.Single(hiddenRows);
        return hidden;
    }

    [Fact]
    public async Task RegisterSspfCase_PupilOutsideThePoliceArea_AnsweredAsANumberNotInTheHub()
    {
        // arrange, act
        var refused = await SameAsNotInTheHubAsync(Bromma, SspfAsync);

        // assert
        Assert.Equal(["NOT_FOUND input.personalIdentityNumber"], refused.UserErrors("registerSspfCase"));
    }

    [Fact]
    public async Task RegisterSspfCase_PupilInADistrictOfThePoliceArea_Registered()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, Skarholmen);

        // act
        var registered = await SspfAsync(pupil.Number);

        // assert
        Assert.Empty(registered.UserErrors("registerSspfCase"));
        Assert.Equal(HubFactory.Today, (string?)registered.Payload("registerSspfCase")["case"]!["openedOn"]);
    }

    [Fact]
    public async Task RegisterBupContact_PupilOutsideTheClinicsCatchment_AnsweredAsANumberNotInTheHub()
    {
        // arrange, act
        var refused = await SameAsNotInTheHubAsync(RinkebyKista, BupAsync);

        // assert
        Assert.Equal(["NOT_FOUND input.personalIdentityNumber"], refused.UserErrors("registerBupContact"));
    }

    [Fact]
    public async Task RegisterBupContact_PupilInTheClinicsCatchment_Registered()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, HagerstenAlvsjo);

        // act
        var registered = await BupAsync(pupil.Number);

        // assert
        Assert.Empty(registered.UserErrors("registerBupContact"));
    }

    [Fact]
    public async Task OpenInvestigation_ApplicationForASkarholmenPupilByAHagerstenInvestigator_AnsweredAsANumberNotInTheHub()
    {
        // arrange, act
        var refused = await SameAsNotInTheHubAsync(Skarholmen, ApplicationAsync);

        // assert
        Assert.Equal(["NOT_FOUND input.personalIdentityNumber"], refused.UserErrors("openInvestigation"));
        Assert.Equal(JTokenType.Null, refused.Payload("openInvestigation")["investigation"]!.Type);
    }

    [Fact]
    public async Task OpenInvestigation_ApplicationForAPupilOfTheDistrict_Opened()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, HagerstenAlvsjo);

        // act
        var opened = await ApplicationAsync(pupil.Number);

        // assert
        Assert.Empty(opened.UserErrors("openInvestigation"));
        Assert.Equal(HubFactory.Today, (string?)opened.Payload("openInvestigation")["investigation"]!["openedOn"]);
    }

    [Fact]
    public async Task ReceiveReportOfConcern_PupilOfAnotherDistrict_AnsweredAsANumberNotInTheHub()
    {
        // arrange, act
        var refused = await SameAsNotInTheHubAsync(Skarholmen, ReceiveAsync);

        // assert
        Assert.Equal(["NOT_FOUND input.personalIdentityNumber"], refused.UserErrors("receiveReportOfConcern"));
    }

    [Fact]
    public async Task RegisterSspfCase_ProtectedPupilInTheArea_SchoolAndDistrictStayWithheld()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, Skarholmen, protectedIdentity: true);
        var registered = await SspfAsync(pupil.Number);
        Assert.Empty(registered.UserErrors("registerSspfCase"));
        var id = Hub.Api.GlobalId.Encode("Pupil", pupil.Id);

        // act
        var read = await hub.ClientFor("police-sspf").PostAsync("query($id: ID!) { pupil(id: $id) { givenName homeSchool { name } registeredDistrict { name } } }", new { id });

        // assert
        Assert.Equal("Hemlig", (string?)read.Data["pupil"]!["givenName"]);
        Assert.Equal(JTokenType.Null, read.Data["pupil"]!["homeSchool"]!.Type);
        Assert.Equal(JTokenType.Null, read.Data["pupil"]!["registeredDistrict"]!.Type);
        Assert.All(read.Errors!, e => Assert.Equal("PROTECTED_IDENTITY", (string?)e["extensions"]!["code"]));
    }

    [Fact]
    public async Task RegisterSspfCase_AnyNumber_OneLookupRowThatNamesNoPupil()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, Skarholmen);

        // act
        var (_, rows) = await LoggedRows.OfAsync(hub, () => SspfAsync(pupil.Number));

        // assert
        Assert.Contains("p-4001|Police|police:stockholm-syd|PoliceOfficer|mutation||Identity|Identity: look-up by personal identity number|False|False", rows);
    }
}
