using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;

namespace Hub.Tests.Changes;

/// <summary>
/// An idempotency key belongs to one person acting in one unit and role: the same person acting
/// for another agency, unit or role is another caller and never gets the first one's result back.
/// </summary>
public sealed class IdempotencyScopeTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Selection = "receipt { reportId reporterName }";

    [Fact]
    public async Task ReportConcern_SamePersonAndKeyActingAsPolice_IsNotReplayedFromTheSchoolsReport()
    {
        // arrange
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));
        var input = new { personalIdentityNumber = pupil.PersonalIdentityNumber, givenName = "Theo", familyName = "Hansson", districtId = GlobalId.Encode("District", pupil.RegisteredDistrictId), summary = "Met alone late at night.", idempotencyKey = "k-" + Guid.NewGuid() };
        var asTeacher = Client(unit: "school:klubbacksskolan", agency: "School", role: "Teacher");
        var asPolice = Client(unit: "police:stockholm-syd", agency: "Police", role: "PoliceOfficer");
        var school = await asTeacher.MutateAsync("reportConcern", "ReportConcernInput", input, Selection);

        // act
        var police = await asPolice.MutateAsync("reportConcern", "ReportConcernInput", input, Selection);

        // assert
        Assert.Empty(school.UserErrors("reportConcern"));
        Assert.Empty(police.UserErrors("reportConcern"));
        Assert.False((bool)police.Payload("reportConcern")["replayed"]!);
        var reporters = hub.WithDb(db => db.Interventions.OfType<ReportOfConcern>().Where(r => r.PupilId == pupil.Id).Select(r => r.ReporterKind).ToList());
        Assert.Equal([ReporterKind.School, ReporterKind.Police], reporters.Order());
    }

    [Fact]
    public async Task ReportConcern_SamePersonAndKeyInAnotherRoleOfTheSameUnit_IsNotReplayed()
    {
        // arrange
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));
        var input = new { personalIdentityNumber = pupil.PersonalIdentityNumber, givenName = "Theo", familyName = "Hansson", districtId = GlobalId.Encode("District", pupil.RegisteredDistrictId), summary = "Says nobody is at home.", idempotencyKey = "k-" + Guid.NewGuid() };
        await Client(unit: "school:klubbacksskolan", agency: "School", role: "Teacher").MutateAsync("reportConcern", "ReportConcernInput", input, Selection);

        // act
        var principal = await Client(unit: "school:klubbacksskolan", agency: "School", role: "Principal")
            .MutateAsync("reportConcern", "ReportConcernInput", input, Selection);

        // assert
        Assert.Empty(principal.UserErrors("reportConcern"));
        Assert.False((bool)principal.Payload("reportConcern")["replayed"]!);
        Assert.Equal(2, hub.WithDb(db => db.Interventions.OfType<ReportOfConcern>().Count(r => r.PupilId == pupil.Id)));
    }

    [Fact]
    public async Task ReportConcern_SamePersonUnitAndRoleRetrying_IsReplayed()
    {
        // arrange: the positive control: the very same caller does get the first answer back
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));
        var input = new { personalIdentityNumber = pupil.PersonalIdentityNumber, givenName = "Theo", familyName = "Hansson", districtId = GlobalId.Encode("District", pupil.RegisteredDistrictId), summary = "Hungry every morning.", idempotencyKey = "k-" + Guid.NewGuid() };
        var first = await Client(unit: "school:klubbacksskolan", agency: "School", role: "Teacher").MutateAsync("reportConcern", "ReportConcernInput", input, Selection);

        // act
        var retry = await Client(unit: "school:klubbacksskolan", agency: "School", role: "Teacher").MutateAsync("reportConcern", "ReportConcernInput", input, Selection);

        // assert
        Assert.True((bool)retry.Payload("reportConcern")["replayed"]!);
        Assert.Equal((string?)first.Payload("reportConcern")["receipt"]!["reportId"], (string?)retry.Payload("reportConcern")["receipt"]!["reportId"]);
        Assert.Equal(1, hub.WithDb(db => db.Interventions.OfType<ReportOfConcern>().Count(r => r.PupilId == pupil.Id)));
    }

    private HubClient Client(string unit, string agency, string role) =>
        new(hub.CreateClient(), new TokenForge(hub).Create(unit: unit, agency: agency, role: role, subject: "p-shared", name: "One Person"));
}
