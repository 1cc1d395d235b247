using Hub.Api;
using Hub.Tests.Support;

namespace Hub.Tests.Audit;

/// <summary>
/// A guardian's report asked for by a personal identity number that no pupil in the hub has: no
/// pupil is named and nothing is reported, and the officer's look-up is logged without a pupil
/// (never as a read of a pupil 0 that does not exist).
/// </summary>
public sealed class GuardianReportUnknownNumberTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Query = "query LookUp($n: String) { guardianReport(personalIdentityNumber: $n) { pupilId unitsWithheld lines { day unit } } }";

    [Fact]
    public async Task GuardianReport_UnknownNumber_AnswersNoPupilAndNoLines()
    {
        // arrange
        var number = IdentityNumbers.Fresh(hub, new DateOnly(2014, 5, 17));

        // act
        var response = await hub.ClientFor("dpo").PostAsync(Query, new { n = number });

        // assert
        Assert.Null(response.Errors);
        Assert.Equal("""{"data":{"guardianReport":{"pupilId":null,"unitsWithheld":false,"lines":[]}}}""", response.Text);
    }

    [Fact]
    public async Task GuardianReport_UnknownNumber_LogsTheLookUpWithoutAPupil()
    {
        // arrange
        var number = IdentityNumbers.Fresh(hub, new DateOnly(2013, 2, 3));
        var before = LogRows.All(hub).Count;

        // act
        await hub.ClientFor("dpo").PostAsync(Query, new { n = number });

        // assert
        var rows = LogRows.All(hub)[before..];
        var row = Assert.Single(rows);
        Assert.Equal(("p-9001", "LookUp", (int?)null, "AccessLog"), (row.PersonId, row.Operation, row.PupilId, row.Categories));
        Assert.DoesNotContain(LogRows.All(hub), r => r.PupilId == 0);
    }

    [Fact]
    public async Task GuardianReport_KnownNumber_NamesThePupilAndLogsTheReadWithIt()
    {
        // arrange: the positive control: a number a pupil has is reported and logged with that pupil
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-principal"));
        var before = LogRows.All(hub).Count;

        // act
        var response = await hub.ClientFor("dpo").PostAsync(Query, new { n = pupil.PersonalIdentityNumber });

        // assert
        Assert.Equal(GlobalId.Encode("Pupil", pupil.Id), (string?)response.Data["guardianReport"]!["pupilId"]);
        var row = Assert.Single(LogRows.All(hub)[before..]);
        Assert.Equal((int?)pupil.Id, row.PupilId);
    }
}
