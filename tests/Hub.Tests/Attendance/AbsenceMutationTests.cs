using Hub.Api;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Attendance;

/// <summary>Termly absence reported by the school the pupil is enrolled at: one report per term, corrected under its version.</summary>
public sealed class AbsenceMutationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Selection = "absence { id version term percent reportedOn school { code } }";
    private const string AbsenceQuery = "query($id: ID!) { pupil(id: $id) { absence { id percent } } }";

    /// <summary>A pupil enrolled at Klubbacksskolan (the persona's own unit, or its school otherwise).</summary>
    private (string Id, int Key) PupilRelatedTo(string persona) => new ScenarioRunner(hub).Run(s =>
    {
        var pupil = s.PupilRelatedTo(persona);
        return (GlobalId.Encode("Pupil", pupil.Id), pupil.Id);
    });

    private static Task<Envelope> ReportAsync(HubClient client, object input) =>
        client.MutateAsync("reportAbsence", "ReportAbsenceInput", input, Selection);

    private int RowsFor(int pupilKey) => hub.WithDb(db => db.AbsenceRecords.Count(a => a.PupilId == pupilKey));

    [Theory]
    [InlineData("school-teacher")]
    [InlineData("school-principal")]
    public async Task ReportAbsence_SchoolStaff_TheSchoolReadsTheReportAndTheClinicDoesNot(string persona)
    {
        // arrange
        var (pupilId, _) = PupilRelatedTo("bup-clinician");

        // act
        var reported = await ReportAsync(hub.ClientFor(persona), new { pupilId, term = "2026-HT", percent = 12.5 });

        // assert
        Assert.Empty(reported.UserErrors("reportAbsence"));
        var absence = reported.Payload("reportAbsence")["absence"]!;
        Assert.Equal(12.5, (double)absence["percent"]!);
        Assert.Equal(HubFactory.Today, (string?)absence["reportedOn"]);
        Assert.Equal("school:klubbacksskolan", (string?)absence["school"]!["code"]);
        var id = (string?)absence["id"];
        foreach (var reader in new[] { "school-teacher", "school-principal" })
        {
            var seen = await hub.ClientFor(reader).PostAsync(AbsenceQuery, new { id = pupilId });
            Assert.Contains(seen.Data["pupil"]!["absence"]!, a => (string?)a["id"] == id);
        }

        var clinic = await hub.ClientFor("bup-clinician").PostAsync(AbsenceQuery, new { id = pupilId });
        Assert.Equal(JTokenType.Null, clinic.Data["pupil"]!["absence"]!.Type);
    }

    [Theory]
    [InlineData("elevhalsa-officer")]
    [InlineData("social-investigator")]
    [InlineData("sst-social-worker")]
    [InlineData("social-contact-person")]
    [InlineData("bup-clinician")]
    [InlineData("police-sspf")]
    [InlineData("forsta-linjen-clinician")]
    [InlineData("habilitation-clinician")]
    [InlineData("fritid-leader")]
    [InlineData("dpo")]
    public async Task ReportAbsence_NotASchoolsTeacherOrPrincipal_RefusedAndNothingChanges(string persona)
    {
        // arrange
        var (pupilId, _) = PupilRelatedTo(persona);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => ReportAsync(hub.ClientFor(persona), new { pupilId, term = "2026-HT", percent = 10.0 }));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Theory]
    [InlineData("rsu-teacher")]
    [InlineData("csu-teacher")]
    public async Task ReportAbsence_TeachingGroupsTeacher_NotPermittedAndNothingChanges(string persona)
    {
        // arrange
        var (pupilId, _) = PupilRelatedTo(persona);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => ReportAsync(hub.ClientFor(persona), new { pupilId, term = "2026-HT", percent = 10.0 }));

        // assert
        Assert.Equal(["NOT_PERMITTED input.pupilId"], refused.UserErrors("reportAbsence"));
    }

    [Theory]
    [InlineData("2026-HT", 101.0, "INVALID input.percent")]
    [InlineData("2026-HT", -1.0, "INVALID input.percent")]
    [InlineData("2027-VT", 10.0, "INVALID input.term")]
    [InlineData("2026-autumn", 10.0, "INVALID input.term")]
    public async Task ReportAbsence_OutOfRange_InvalidAndNothingChanges(string term, double percent, string expected)
    {
        // arrange
        var (pupilId, _) = PupilRelatedTo("school-teacher");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => ReportAsync(hub.ClientFor("school-teacher"), new { pupilId, term, percent }));

        // assert
        Assert.Equal([expected], refused.UserErrors("reportAbsence"));
    }

    [Fact]
    public async Task ReportAbsence_AgainWithTheVersion_CorrectsTheOneReport()
    {
        // arrange
        var (pupilId, key) = PupilRelatedTo("school-teacher");
        var teacher = hub.ClientFor("school-teacher");
        var first = (await ReportAsync(teacher, new { pupilId, term = "2026-HT", percent = 10.0 })).Payload("reportAbsence")["absence"]!;

        // act
        var corrected = await ReportAsync(teacher, new { pupilId, term = "2026-HT", percent = 20.0, version = (int)first["version"]! });

        // assert
        var absence = corrected.Payload("reportAbsence")["absence"]!;
        Assert.Equal((string?)first["id"], (string?)absence["id"]);
        Assert.Equal(20.0, (double)absence["percent"]!);
        Assert.Equal((int)first["version"]! + 1, (int)absence["version"]!);
        Assert.Equal(1, RowsFor(key));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task ReportAbsence_AgainWithoutTheCurrentVersion_StaleVersionAndNothingChanges(int? version)
    {
        // arrange
        var (pupilId, _) = PupilRelatedTo("school-teacher");
        var teacher = hub.ClientFor("school-teacher");
        await ReportAsync(teacher, new { pupilId, term = "2026-HT", percent = 10.0 });

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => ReportAsync(teacher, new { pupilId, term = "2026-HT", percent = 20.0, version }));

        // assert
        Assert.Equal(["STALE_VERSION input.version"], refused.UserErrors("reportAbsence"));
    }

    [Fact]
    public async Task ReportAbsence_FirstReportWithAVersion_InvalidAndNothingChanges()
    {
        // arrange
        var (pupilId, _) = PupilRelatedTo("school-teacher");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () =>
            ReportAsync(hub.ClientFor("school-teacher"), new { pupilId, term = "2026-HT", percent = 10.0, version = 0 }));

        // assert
        Assert.Equal(["INVALID input.version"], refused.UserErrors("reportAbsence"));
    }

    [Fact]
    public async Task ReportAbsence_RetriedWithTheSameKey_ReplaysTheFirstAnswerAndAddsNothing()
    {
        // arrange
        var (pupilId, key) = PupilRelatedTo("school-teacher");
        var teacher = hub.ClientFor("school-teacher");
        var input = new { pupilId, term = "2026-HT", percent = 10.0, idempotencyKey = "absence-" + Guid.NewGuid() };
        var first = await ReportAsync(teacher, input);

        // act
        var retry = await StoreContents.UnchangedAsync(hub, () => ReportAsync(teacher, input));

        // assert
        Assert.True((bool)retry.Payload("reportAbsence")["replayed"]!);
        Assert.Equal((string?)first.Payload("reportAbsence")["absence"]!["id"], (string?)retry.Payload("reportAbsence")["absence"]!["id"]);
        Assert.Equal(1, RowsFor(key));
    }

    [Fact]
    public async Task ReportAbsence_KeyReusedWithAnotherPercent_IdempotencyKeyReusedAndNothingChanges()
    {
        // arrange
        var (pupilId, _) = PupilRelatedTo("school-teacher");
        var teacher = hub.ClientFor("school-teacher");
        var idempotencyKey = "absence-" + Guid.NewGuid();
        await ReportAsync(teacher, new { pupilId, term = "2026-HT", percent = 10.0, idempotencyKey });

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () =>
            ReportAsync(teacher, new { pupilId, term = "2026-HT", percent = 15.0, version = 0, idempotencyKey }));

        // assert
        Assert.Equal(["IDEMPOTENCY_KEY_REUSED input.idempotencyKey"], refused.UserErrors("reportAbsence"));
    }
}
