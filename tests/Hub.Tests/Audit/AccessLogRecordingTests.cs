using Hub.Api;
using Hub.Audit;
using Hub.Tests.Support;

namespace Hub.Tests.Audit;

/// <summary>Every read of a pupil's personal data is in the log, with who, what and on which basis.</summary>
public sealed class AccessLogRecordingTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task PupilQuery_TeacherReadsAPupil_LogsWhoWhatAndOnWhichBasis()
    {
        // arrange
        var client = hub.ClientFor("school-teacher");
        var pupilId = (string)(await client.PostAsync("{ pupils(first: 1) { nodes { id } } }")).Data["pupils"]!["nodes"]![0]!["id"]!;
        GlobalId.TryDecode(pupilId, "Pupil", out var key);

        // act
        var response = await client.PostAsync("query TeacherLooksUp($id: ID!) { pupil(id: $id) { givenName placements { level } } }", new { id = pupilId });

        // assert
        Assert.Null(response.Errors);
        var row = LogRows.All(hub).Last();
        Assert.Equal(
            ("p-1001", "School", "school:klubbacksskolan", "Teacher", "TeacherLooksUp", (int?)key, "Identity,Placement"),
            (row.PersonId, row.Agency, row.UnitCode, row.Role, row.Operation, row.PupilId, row.Categories));
        Assert.StartsWith("Identity: ", row.Basis, StringComparison.Ordinal);
        Assert.Contains("; Placement: ", row.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PupilsQuery_PageOfThree_LogsOneRowPerPupil()
    {
        // arrange
        var client = hub.ClientFor("school-principal");
        var before = LogRows.All(hub).Count;

        // act
        var response = await client.PostAsync("query PrincipalPage { pupils(first: 3) { nodes { familyName } } }");

        // assert
        var rows = LogRows.All(hub).Skip(before).ToList();
        Assert.Equal(3, response.Data["pupils"]!["nodes"]!.Count());
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(("p-1002", "PrincipalPage"), (r.PersonId, r.Operation)));
        Assert.Equal(3, rows.Select(r => r.PupilId).Distinct().Count());
    }

    [Fact]
    public async Task MeQuery_NoPupilData_LogsNothing()
    {
        // arrange
        var client = hub.ClientFor("school-teacher");
        var before = LogRows.All(hub).Count;

        // act
        var response = await client.PostAsync("{ me { name } districts { name } }");

        // assert
        Assert.Null(response.Errors);
        Assert.Equal(before, LogRows.All(hub).Count);
    }

    [Fact]
    public async Task AccessLog_AfterReads_ChainsEveryRowToTheOneBefore()
    {
        // arrange
        await LogRows.ReadPupilsAsync(hub, requests: 3);

        // act
        var problem = AuditChain.Verify(LogRows.All(hub), LogRows.Key(hub));

        // assert
        Assert.Null(problem);
    }
}
