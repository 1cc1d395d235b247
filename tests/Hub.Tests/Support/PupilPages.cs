using Newtonsoft.Json.Linq;

namespace Hub.Tests.Support;

public static class PupilPages
{
    /// <summary>Walks every page of <c>pupils</c> and returns the ids seen, in order.</summary>
    public static async Task<List<string>> AllIdsAsync(HubClient client, int pageSize = 100, string filter = "")
    {
        var ids = new List<string>();
        string? after = null;
        for (var guard = 0; guard < 1000; guard++)
        {
            var response = await client.PostAsync(
                $"query($after: String) {{ pupils(first: {pageSize}, after: $after{filter}) {{ nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}",
                new { after });
            var page = response.Data["pupils"]!;
            ids.AddRange(page["nodes"]!.Select(n => (string)n["id"]!));
            if (!(bool)page["pageInfo"]!["hasNextPage"]!)
            {
                return ids;
            }

            after = (string?)page["pageInfo"]!["endCursor"];
        }

        throw new InvalidOperationException("pupils never reached its last page");
    }

    public static JToken Node(Envelope response) => response.Data["pupil"]!;
}
