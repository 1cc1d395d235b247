using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Hub.Tests.PopulationRegister.RegisterFeed;

namespace Hub.Tests.PopulationRegister;

/// <summary>
/// A move between districts, as the population register tells it: new reports go to the new
/// district, whose social services may now name the child by number; the old district keeps the
/// case it has open until it closes it; an RSU placement stays until its review.
/// </summary>
public sealed class DistrictNoticeTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Skarholmen = "skarholmen";

    private (Pupil Pupil, string Id) Investigated() => new ScenarioRunner(hub).Run(s =>
    {
        var pupil = s.PupilRelatedTo("social-investigator");
        return (pupil, GlobalId.Encode("Pupil", pupil.Id));
    });

    private string RegisteredIn(int pupilId) =>
        hub.WithDb(db => db.Pupils.AsNoTracking().Where(p => p.Id == pupilId).Select(p => p.RegisteredDistrict.Code).Single());

    [Fact]
    public async Task NotifyRegisteredDistrict_ChildWithAnOpenInvestigation_TheOldDistrictKeepsItAndNewReportsGoToTheNew()
    {
        // arrange
        var (pupil, id) = Investigated();

        // act
        var moved = await DistrictAsync(hub.ClientFor(Register), Format(pupil.PersonalIdentityNumber), DistrictId(hub, Skarholmen));
        var report = await hub.ClientFor("school-teacher").MutateAsync("reportConcern", "ReportConcernInput",
            new { pupilId = id, summary = "Has not been home for three nights." }, "receipt { reportId }");

        // assert
        Assert.Empty(moved.UserErrors("notifyRegisteredDistrict"));
        Assert.Equal(Skarholmen, RegisteredIn(pupil.Id));
        var investigator = await hub.ClientFor("social-investigator").PostAsync("query($id: ID!) { pupil(id: $id) { id } }", new { id });
        Assert.Equal(id, (string?)investigator.Data["pupil"]!["id"]);
        Assert.Empty(report.UserErrors("reportConcern"));
        var reception = hub.WithDb(db => db.Interventions.OfType<ReportOfConcern>().Where(r => r.PupilId == pupil.Id)
            .OrderByDescending(r => r.Id).Select(r => db.Units.Single(u => u.Id == r.UnitId).Code).First());
        Assert.Equal("social:skarholmen:reception", reception);
    }

    [Fact]
    public async Task NotifyRegisteredDistrict_PupilInTheOldDistrictsRsu_ThePlacementStaysUntilReviewed()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, "school:klubbacksskolan");
        Strangers.PlaceInRsu(hub, pupil, "group:tellusborgsskolan-rsu");

        // act
        var moved = await DistrictAsync(hub.ClientFor(Register), pupil.Number, DistrictId(hub, Skarholmen));

        // assert
        Assert.Empty(moved.UserErrors("notifyRegisteredDistrict"));
        var rsu = await hub.ClientFor("rsu-teacher").PostAsync("query($id: ID!) { pupil(id: $id) { placements { level endsOn } } }",
            new { id = GlobalId.Encode("Pupil", pupil.Id) });
        var placement = rsu.Data["pupil"]!["placements"]!.Single();
        Assert.Equal(("RSU", null), ((string?)placement["level"], (string?)placement["endsOn"]));
    }

    [Fact]
    public async Task NotifyRegisteredDistrict_ThenEnrolPupil_TheRegistersDistrictHoldsOverTheSchoolsWord()
    {
        // arrange
        var number = Strangers.NumberNotInTheHub(hub, age: 11);
        await DistrictAsync(hub.ClientFor(Register), number, DistrictId(hub, Skarholmen), since: "2025-06-01");
        var school = hub.WithDb(db => db.Units.AsNoTracking().Single(u => u.Code == "school:klubbacksskolan"));

        // act
        var enrolled = await hub.ClientFor("school-principal").MutateAsync("enrolPupil", "EnrolPupilInput", new
        {
            personalIdentityNumber = number,
            givenName = "Ebba",
            familyName = "Flytt",
            grade = 5,
            schoolId = GlobalId.Encode("Unit", school.Id),
            registeredDistrictId = GlobalId.Encode("District", school.DistrictId!.Value),
            startsOn = HubFactory.Today,
        }, "pupil { id }");

        // assert
        Assert.Empty(enrolled.UserErrors("enrolPupil"));
        var pupilId = GlobalId.TryDecode((string?)enrolled.Payload("enrolPupil")["pupil"]!["id"], "Pupil", out var key) ? key : 0;
        Assert.Equal(Skarholmen, RegisteredIn(pupilId));
    }

    [Fact]
    public async Task NotifyRegisteredDistrict_SameDistrict_ReceiptAndNoChange()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, "school:klubbacksskolan");
        var version = hub.WithDb(db => db.Pupils.AsNoTracking().Single(p => p.Id == pupil.Id).Version);

        // act
        var same = await DistrictAsync(hub.ClientFor(Register), pupil.Number, DistrictId(hub, "hagersten-alvsjo"));

        // assert
        Assert.Empty(same.UserErrors("notifyRegisteredDistrict"));
        Assert.NotNull((string?)same.Payload("notifyRegisteredDistrict")["notice"]!["id"]);
        Assert.Equal(version, hub.WithDb(db => db.Pupils.AsNoTracking().Single(p => p.Id == pupil.Id).Version));
    }

    private static string Format(string number) => PersonalIdentityNumber.Format(number);
}
