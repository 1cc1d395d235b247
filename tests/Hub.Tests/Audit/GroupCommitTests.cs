using Hub.Audit;
using Hub.Tests.Support;

namespace Hub.Tests.Audit;

/// <summary>Concurrent requests share commits, and none of them is lost or breaks the chain.</summary>
public sealed class GroupCommitTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task PupilsQuery_TwentyRequestsInParallel_AllLoggedInOneIntactChain()
    {
        // arrange
        var clients = new[] { "school-teacher", "school-principal", "rsu-teacher", "social-investigator", "bup-clinician" }
            .Select(hub.ClientFor).ToArray();

        // act
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            clients[i % clients.Length].PostAsync($"query Parallel{i} {{ pupils(first: 2) {{ nodes {{ givenName }} }} }}")));

        // assert
        Assert.All(responses, r => Assert.Null(r.Errors));
        var rows = LogRows.All(hub);
        var logged = rows.Select(r => r.Operation).Where(o => o.StartsWith("Parallel", StringComparison.Ordinal)).Distinct().Count();
        Assert.Equal(20, logged);
        Assert.Null(AuditChain.Verify(rows, LogRows.Key(hub)));
    }
}
