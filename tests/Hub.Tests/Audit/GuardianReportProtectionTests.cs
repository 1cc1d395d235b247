using Hub.Api;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Audit;

/// <summary>
/// The guardian report withholds units by the pupil's protection now, not by what the log rows
/// recorded when they were written: reads logged before the protection name no unit either.
/// </summary>
public sealed class GuardianReportProtectionTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Report = "query($p: ID!) { guardianReport(pupil: $p) { withheld: unitsWithheld lines { u: unit } } }";

    [Fact]
    public async Task GuardianReport_PupilProtectedAfterReadsWereLogged_WithholdsEveryUnit()
    {
        // arrange
        var (id, key) = ReadPupil();
        await ReadAsAsync(id, "school-teacher", "school-principal");

        // Protected since, with no read logged after it: every row says the pupil was not protected.
        hub.WithDb(db => db.Pupils.Where(p => p.Id == key).ExecuteUpdate(u => u.SetProperty(p => p.ProtectedIdentity, true)));
        Assert.All(LogRows.All(hub).Where(r => r.PupilId == key), r => Assert.False(r.ProtectedIdentity));

        // act
        var response = await hub.ClientFor("dpo").PostAsync(Report, new { p = id });

        // assert
        var report = response.Data["guardianReport"]!;
        Assert.True((bool)report["withheld"]!);
        Assert.NotEmpty(report["lines"]!);
        Assert.All(report["lines"]!, l => Assert.Null((string?)l["u"]));
        Assert.DoesNotContain("Klubbacksskolan", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GuardianReport_SamePupilNeverProtected_NamesTheUnits()
    {
        // arrange
        var (id, _) = ReadPupil();
        await ReadAsAsync(id, "school-teacher", "school-principal");

        // act
        var response = await hub.ClientFor("dpo").PostAsync(Report, new { p = id });

        // assert
        var report = response.Data["guardianReport"]!;
        Assert.False((bool)report["withheld"]!);
        Assert.All(report["lines"]!, l => Assert.Equal("Klubbacksskolan", (string?)l["u"]));
    }

    private (string Id, int Key) ReadPupil() => new ScenarioRunner(hub).Run(s =>
    {
        var pupil = s.PupilRelatedTo("school-principal");
        return (GlobalId.Encode("Pupil", pupil.Id), pupil.Id);
    });

    private async Task ReadAsAsync(string id, params string[] personas)
    {
        foreach (var persona in personas)
        {
            var read = await hub.ClientFor(persona).PostAsync("query($id: ID!) { pupil(id: $id) { givenName homeSchool { name } } }", new { id });
            Assert.Null(read.Errors);
        }
    }
}
