using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Interventions;

/// <summary>
/// A report of concern is always received: a child the hub does not know is recorded from the
/// identity number, and the reporter cannot tell that from a report about a child the hub knows.
/// </summary>
public sealed class ReportedChildTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Selection = "receipt { reportId receivedOn assessmentDueOn reporterName outcome meetingPlannedOn meetingHeldOn }";

    private string DistrictId(string code) => hub.WithDb(db => GlobalId.Encode("District", db.Districts.Single(d => d.Code == code).Id));

    private static object Report(string number, string? districtId = null, string? givenName = "Alva", string? familyName = "Okänd") =>
        new { personalIdentityNumber = number, givenName, familyName, districtId, summary = "Seen alone outside the school late at night." };

    private static Task<Envelope> ReportAsync(HubClient client, object input) => client.MutateAsync("reportConcern", "ReportConcernInput", input, Selection);

    [Fact]
    public async Task ReportConcern_ChildNotInTheHub_RecordedNotEnrolledAtTheReportersDistrictsReception()
    {
        // arrange
        var number = Strangers.NumberNotInTheHub(hub, age: 9);

        // act
        var reported = await ReportAsync(hub.ClientFor("school-teacher"), Report(number));

        // assert
        Assert.True(reported.Errors is null, reported.Text);
        Assert.Empty(reported.UserErrors("reportConcern"));
        var plain = number.Replace("-", "", StringComparison.Ordinal);
        var child = hub.WithDb(db => db.Pupils.AsNoTracking().Include(p => p.RegisteredDistrict).Single(p => p.PersonalIdentityNumber == plain));
        Assert.Null(child.Grade);
        Assert.Null(child.HomeSchoolId);
        Assert.Equal(("Alva", "Okänd", "hagersten-alvsjo"), (child.GivenName, child.FamilyName, child.RegisteredDistrict.Code));
        var reception = await hub.ClientFor("social-contact-person").PostAsync(
            "query($id: ID!) { pupil(id: $id) { givenName grade homeSchool { name } interventions(kinds: [REPORT_OF_CONCERN]) { id } } }",
            new { id = GlobalId.Encode("Pupil", child.Id) });
        var pupil = reception.Data["pupil"]!;
        Assert.Equal(("Alva", JTokenType.Null, JTokenType.Null), ((string?)pupil["givenName"], pupil["grade"]!.Type, pupil["homeSchool"]!.Type));
        Assert.Equal((string?)reported.Payload("reportConcern")["receipt"]!["reportId"], (string?)pupil["interventions"]!.Single()["id"]);
    }

    [Fact]
    public async Task ReportConcern_KnownChildOutsideThePolicesAreaAndUnknownChild_TheSameReceipt()
    {
        // arrange: a pupil registered in Rinkeby-Kista, outside Stockholm syd, and a number the hub does not know
        var known = Strangers.PupilAt(hub, "school:rinkebyskolan");
        var unknown = Strangers.NumberNotInTheHub(hub);
        var district = DistrictId("hagersten-alvsjo");
        var police = hub.ClientFor("police-sspf");
        var pupilsBefore = hub.WithDb(db => db.Pupils.Count());

        // act
        var aboutKnown = await ReportAsync(police, Report(known.Number, district));
        var aboutUnknown = await ReportAsync(police, Report(unknown, district));

        // assert: alike but for the report's own id
        Assert.True(aboutKnown.Payload("reportConcern")["receipt"]!.HasValues, aboutKnown.Text);
        Assert.True(JToken.DeepEquals(WithoutReportId(aboutKnown), WithoutReportId(aboutUnknown)), $"{aboutKnown.Text}\n{aboutUnknown.Text}");

        // positive control: the two reports went different ways, which the receipts do not show
        Assert.Equal(pupilsBefore + 1, hub.WithDb(db => db.Pupils.Count()));
        var receptions = hub.WithDb(db => db.Interventions.OfType<ReportOfConcern>().Where(r => r.ReporterName == "Anna Sjö")
            .OrderByDescending(r => r.Id).Take(2).Select(r => new { r.PupilId, Reception = db.Units.Single(u => u.Id == r.UnitId).Code }).ToList());
        Assert.Equal("social:hagersten-alvsjo:reception", receptions[0].Reception);
        Assert.Equal((known.Id, "social:rinkeby-kista:reception"), (receptions[1].PupilId, receptions[1].Reception));
    }

    public static TheoryData<bool, string, string> MissingDetails => new()
    {
        { true, "givenName", "INVALID input.givenName" },
        { false, "givenName", "INVALID input.givenName" },
        { true, "familyName", "INVALID input.familyName" },
        { false, "familyName", "INVALID input.familyName" },
        { true, "districtId", "INVALID input.districtId" },
        { false, "districtId", "INVALID input.districtId" },
        { true, "unknownDistrict", "NOT_FOUND input.districtId" },
        { false, "unknownDistrict", "NOT_FOUND input.districtId" },
    };

    [Theory]
    [MemberData(nameof(MissingDetails))]
    public async Task ReportConcern_DetailMissingForAKnownOrAnUnknownChild_RefusedAlikeAndNothingChanges(bool childKnown, string missing, string expected)
    {
        // arrange: the police area belongs to no district, so it must name one
        var number = childKnown ? Strangers.PupilAt(hub, "school:klubbacksskolan").Number : Strangers.NumberNotInTheHub(hub);
        var district = missing switch
        {
            "districtId" => null,
            "unknownDistrict" => GlobalId.Encode("District", 9_999),
            _ => DistrictId("hagersten-alvsjo"),
        };
        var input = Report(number, district, missing == "givenName" ? " " : "Alva", missing == "familyName" ? null : "Okänd");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => ReportAsync(hub.ClientFor("police-sspf"), input));

        // assert
        Assert.Equal([expected], refused.UserErrors("reportConcern"));
    }

    [Fact]
    public async Task EnrolPupil_ChildKnownOnlyFromAReport_EnrolledAsAFreshPupilIsAndTheReportStaysHidden()
    {
        // arrange
        var reported = Strangers.NumberNotInTheHub(hub, age: 10);
        await ReportAsync(hub.ClientFor("school-teacher"), Report(reported));
        var fresh = Strangers.NumberNotInTheHub(hub, age: 10);
        var principal = hub.ClientFor("school-principal");
        const string selection = "pupil { id version givenName grade protectedIdentity homeSchool { code } interventions { kind } enrolments { startsOn } } errors { code }";

        // act
        var adopted = await principal.MutateAsync("enrolPupil", "EnrolPupilInput", Enrolment(reported), selection);
        var created = await principal.MutateAsync("enrolPupil", "EnrolPupilInput", Enrolment(fresh), selection);

        // assert: the same answer but for the id
        Assert.Empty(adopted.UserErrors("enrolPupil"));
        Assert.True(JToken.DeepEquals(WithoutPupilId(adopted), WithoutPupilId(created)), $"{adopted.Text}\n{created.Text}");

        // positive control: the report's child became the pupil, with its report at social services
        var plain = reported.Replace("-", "", StringComparison.Ordinal);
        var pupil = hub.WithDb(db => db.Pupils.AsNoTracking().Single(p => p.PersonalIdentityNumber == plain));
        Assert.Equal(GlobalId.Encode("Pupil", pupil.Id), (string?)adopted.Payload("enrolPupil")["pupil"]!["id"]);
        Assert.True(hub.WithDb(db => db.Interventions.OfType<ReportOfConcern>().Any(r => r.PupilId == pupil.Id)));
        Assert.Equal((0, 4), (pupil.Version, pupil.Grade));
    }

    [Fact]
    public async Task EnrolPupil_PupilEnrolledElsewhere_StillADuplicate()
    {
        // arrange
        var other = Strangers.PupilAt(hub, "school:rinkebyskolan");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () =>
            hub.ClientFor("school-principal").MutateAsync("enrolPupil", "EnrolPupilInput", Enrolment(other.Number), "pupil { id }"));

        // assert
        Assert.Equal(["DUPLICATE input.personalIdentityNumber"], refused.UserErrors("enrolPupil"));
    }

    private Dictionary<string, object?> Enrolment(string number) => Enrolling.Input(hub, number);

    private static JToken WithoutReportId(Envelope envelope)
    {
        var body = envelope.Body.DeepClone();
        body["data"]!["reportConcern"]!["receipt"]!["reportId"] = "…";
        return body;
    }

    private static JToken WithoutPupilId(Envelope envelope)
    {
        var body = envelope.Body.DeepClone();
        body["data"]!["enrolPupil"]!["pupil"]!["id"] = "…";
        return body;
    }
}
