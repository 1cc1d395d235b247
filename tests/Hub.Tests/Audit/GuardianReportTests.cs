using Hub.Api;
using Hub.Identity;
using Hub.Tests.Support;
using Snapshooter.Xunit;

namespace Hub.Tests.Audit;

/// <summary>
/// A guardian's "who has looked at my child's data?": agencies and units by day, what and why,
/// never which member of staff. Rows are arranged for pupils of each test's own.
/// </summary>
public sealed class GuardianReportTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Query = "query($p: ID!) { guardianReport(pupil: $p) { pupilId unitsWithheld lines { day agency unit categories bases reads emergency } } }";

    [Fact]
    public async Task GuardianReport_ReadsByUnitsOnTwoDays_GroupsThemByDayAgencyAndUnit()
    {
        // arrange
        await LogRows.WriteAsync(
            hub,
            LogRows.Row(900701, "2026-11-09T07:00:00Z", person: "p-1001"),
            LogRows.Row(900701, "2026-11-09T12:00:00Z", person: "p-1002", role: "Principal", categories: "Identity,Guardians"),
            LogRows.Row(900701, "2026-11-09T23:30:00Z", person: "p-1001", categories: "Absence"),
            LogRows.Row(900701, "2026-11-09T13:00:00Z", person: "p-2001", agency: "SocialServices", unit: "social:hagersten-alvsjo:investigation", role: "Investigator", emergency: true),
            LogRows.Row(900702, "2026-11-09T13:00:00Z", person: "p-1001"));

        // act
        var response = await hub.ClientFor("dpo").PostAsync(Query, new { p = GlobalId.Encode("Pupil", 900701) });

        // assert
        response.Snapshot.MatchSnapshot();
    }

    [Fact]
    public async Task GuardianReport_PupilReadByEveryPersona_NamesNoStaff()
    {
        // arrange
        foreach (var persona in Personas.Staff.Where(p => p.Name != "dpo"))
        {
            await hub.ClientFor(persona.Name).PostAsync("{ pupils(first: 100) { nodes { givenName } } }");
        }

        var pupilId = LogRows.All(hub).GroupBy(r => r.PupilId).OrderByDescending(g => g.Select(r => r.PersonId).Distinct().Count()).First().Key!.Value;

        // act
        var response = await hub.ClientFor("dpo").PostAsync(Query, new { p = GlobalId.Encode("Pupil", pupilId) });

        // assert
        Assert.NotEmpty(response.Data["guardianReport"]!["lines"]!);
        Assert.All(Personas.All, p => Assert.DoesNotContain(p.PersonId, response.Text, StringComparison.Ordinal));
        Assert.All(Personas.All, p => Assert.DoesNotContain(p.DisplayName, response.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GuardianReport_PupilWithProtectedIdentity_WithholdsEveryUnit()
    {
        // arrange
        await LogRows.WriteAsync(
            hub,
            LogRows.Row(900801, "2026-10-01T08:00:00Z"),
            LogRows.Row(900801, "2026-11-01T08:00:00Z", unit: "group:tellusborgsskolan-rsu", protectedIdentity: true));

        // act
        var response = await hub.ClientFor("dpo").PostAsync(Query, new { p = GlobalId.Encode("Pupil", 900801) });

        // assert
        var report = response.Data["guardianReport"]!;
        Assert.True((bool)report["unitsWithheld"]!);
        Assert.Equal([null, null], report["lines"]!.Select(l => (string?)l["unit"]));
    }

    [Fact]
    public async Task GuardianReport_ByPersonalIdentityNumber_ReportsTheSamePupil()
    {
        // arrange
        var (id, number) = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            return (GlobalId.Encode("Pupil", pupil.Id), pupil.PersonalIdentityNumber);
        });
        await hub.ClientFor("school-principal").PostAsync("query($id: ID!) { pupil(id: $id) { givenName } }", new { id });

        // act
        var byId = await hub.ClientFor("dpo").PostAsync(Query, new { p = id });
        var byNumber = await hub.ClientFor("dpo").PostAsync(
            "query($n: String) { guardianReport(personalIdentityNumber: $n) { pupilId unitsWithheld lines { day agency unit categories bases reads emergency } } }",
            new { n = $"{number[..8]}-{number[8..]}" });

        // assert (the second report also shows the officer's own first read, so compare the pupil and the school's line)
        Assert.Equal(id, (string?)byNumber.Data["guardianReport"]!["pupilId"]);
        Assert.Equal(byId.Data["guardianReport"]!["lines"]![0]!.ToString(), byNumber.Data["guardianReport"]!["lines"]![0]!.ToString());
    }

    [Theory]
    [InlineData("{ guardianReport { unitsWithheld } }")]
    [InlineData("{ guardianReport(pupil: \"UHVwaWw6MQ\", personalIdentityNumber: \"19121212-1212\") { unitsWithheld } }")]
    public async Task GuardianReport_NeitherOrBothWaysToNameThePupil_AnswersInvalidInput(string query)
    {
        // act
        var response = await hub.ClientFor("dpo").PostAsync(query);

        // assert
        Assert.Equal("INVALID_INPUT", (string?)response.Errors![0]["extensions"]!["code"]);
    }

    [Fact]
    public async Task GuardianReport_NotAPupilId_AnswersInvalidInput()
    {
        // arrange
        var client = hub.ClientFor("dpo");

        // act
        var response = await client.PostAsync(Query, new { p = GlobalId.Encode("Unit", 1) });

        // assert
        response.Snapshot.MatchSnapshot();
    }
}
