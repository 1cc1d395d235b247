using Hub.Api;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Hub.Tests.Audit;

/// <summary>
/// The data-protection officer's `accessLog`. Each test arranges rows for pupils of its own (ids
/// no real pupil has), so that what it finds does not depend on what the other tests read.
/// </summary>
public sealed class AccessLogQueryTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Fields = "totalCount pageInfo { hasNextPage hasPreviousPage } nodes { personId agency unitCode unit { name } role operation pupilId categories basis emergency protectedIdentity }";

    [Fact]
    public async Task AccessLog_ByPupil_ListsThatPupilsReadsNewestFirst()
    {
        // arrange
        await LogRows.WriteAsync(
            hub,
            LogRows.Row(900101, "2026-11-02T08:00:00Z"),
            LogRows.Row(900102, "2026-11-02T09:00:00Z"),
            LogRows.Row(900101, "2026-11-03T10:00:00Z", person: "p-2001", agency: "SocialServices", unit: "social:hagersten-alvsjo:investigation", role: "Investigator", categories: "Identity,Absence"));

        // act
        var response = await Dpo().PostAsync($"query($pupil: ID) {{ accessLog(pupil: $pupil) {{ {Fields} }} }}", new { pupil = GlobalId.Encode("Pupil", 900101) });

        // assert
        response.Snapshot.MatchSnapshot();
    }

    [Fact]
    public async Task AccessLog_ByPersonAndUnit_ListsOnlyTheirReads()
    {
        // arrange
        await LogRows.WriteAsync(
            hub,
            LogRows.Row(900201, "2026-11-04T08:00:00Z", person: "p-test-a", unit: "school:klubbacksskolan"),
            LogRows.Row(900202, "2026-11-04T08:01:00Z", person: "p-test-a", unit: "group:tellusborgsskolan-rsu"),
            LogRows.Row(900203, "2026-11-04T08:02:00Z", person: "p-test-b", unit: "school:klubbacksskolan"));

        // act
        var response = await Dpo().PostAsync("{ accessLog(person: \"p-test-a\", unit: \"school:klubbacksskolan\") { nodes { pupilId } } }");

        // assert
        Assert.Equal([GlobalId.Encode("Pupil", 900201)], PupilIds(response));
    }

    [Fact]
    public async Task AccessLog_ByPeriod_ListsOnlyReadsInsideIt()
    {
        // arrange
        await LogRows.WriteAsync(
            hub,
            LogRows.Row(900301, "2026-03-01T07:59:59Z", person: "p-period"),
            LogRows.Row(900302, "2026-03-01T08:00:00Z", person: "p-period"),
            LogRows.Row(900303, "2026-03-31T12:00:00Z", person: "p-period"),
            LogRows.Row(900304, "2026-04-01T00:00:01Z", person: "p-period"));

        // act
        var response = await Dpo().PostAsync("{ accessLog(person: \"p-period\", from: \"2026-03-01T09:00:00+01:00\", to: \"2026-04-01T00:00:00Z\") { nodes { pupilId } } }");

        // assert
        Assert.Equal([GlobalId.Encode("Pupil", 900303), GlobalId.Encode("Pupil", 900302)], PupilIds(response));
    }

    [Fact]
    public async Task AccessLog_EmergencyOnly_ListsOnlyReadsByEmergencyAccess()
    {
        // arrange
        await LogRows.WriteAsync(
            hub,
            LogRows.Row(900401, "2026-11-05T08:00:00Z", person: "p-emergency", emergency: true),
            LogRows.Row(900402, "2026-11-05T08:01:00Z", person: "p-emergency"));

        // act
        var response = await Dpo().PostAsync("{ accessLog(person: \"p-emergency\", emergencyOnly: true) { nodes { pupilId emergency } } }");

        // assert
        Assert.Equal([GlobalId.Encode("Pupil", 900401)], PupilIds(response));
    }

    [Fact]
    public async Task AccessLog_PagesOfTwo_WalkEveryRowOnce()
    {
        // arrange
        var rows = Enumerable.Range(1, 5).Select(i => LogRows.Row(900500 + i, $"2026-11-06T08:0{i}:00Z", person: "p-pages")).ToArray();
        await LogRows.WriteAsync(hub, rows);
        var seen = new List<string>();
        string? after = null;

        // act
        do
        {
            var page = (await Dpo().PostAsync("query($after: String) { accessLog(person: \"p-pages\", first: 2, after: $after) { nodes { pupilId } pageInfo { hasNextPage endCursor } } }", new { after })).Data["accessLog"]!;
            seen.AddRange(page["nodes"]!.Select(n => (string)n["pupilId"]!));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);

        // assert
        Assert.Equal(Enumerable.Range(1, 5).Reverse().Select(i => GlobalId.Encode("Pupil", 900500 + i)), seen);
    }

    [Theory]
    [InlineData("pupil", "accessLog(pupil: \"not-an-id\")")]
    [InlineData("unit-id-as-pupil", "accessLog(pupil: \"VW5pdDox\")")]
    [InlineData("from-after-to", "accessLog(from: \"2026-02-01T00:00:00Z\", to: \"2026-01-01T00:00:00Z\")")]
    [InlineData("first-too-large", "accessLog(first: 101)")]
    [InlineData("first-negative", "accessLog(first: -1)")]
    [InlineData("after", "accessLog(after: \"nonsense\")")]
    [InlineData("person-empty", "accessLog(person: \"\")")]
    public async Task AccessLog_InvalidArgument_AnswersInvalidInputNamingIt(string name, string field)
    {
        // arrange
        var client = Dpo();

        // act
        var response = await client.PostAsync($"{{ {field} {{ totalCount }} }}");

        // assert
        response.Snapshot.MatchSnapshot(SnapshotNameExtension.Create(name));
    }

    private HubClient Dpo() => hub.ClientFor("dpo");

    private static List<string> PupilIds(Envelope response) =>
        response.Body["data"] is JObject data && data["accessLog"] is JObject log
            ? log["nodes"]!.Select(n => (string)n["pupilId"]!).ToList()
            : throw new InvalidOperationException("No access log in: " + response.Text);
}
