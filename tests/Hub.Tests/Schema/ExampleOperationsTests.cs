using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Schema;

/// <summary>
/// Every example in schema/examples/, run as written against the demo city as the persona its
/// first line names: each operation in file order, with the variables its comment lines take from
/// earlier operations (<c># $name = Operation path</c>) and <c>$today</c>/<c>$inAYear</c> from the
/// pinned date. Each must answer without errors, with every field it asks at the top holding data.
/// </summary>
public sealed partial class ExampleOperationsTests(LiveHub hub) : IClassFixture<LiveHub>
{
    private const string Folder = "schema/examples";

    public static TheoryData<string> Examples() => [.. Files()];

    [Fact]
    public void Examples_InTheRepository_CoverSchoolSocialServicesAndOversight() =>
        Assert.Superset(new HashSet<string> { "school", "social-services", "oversight" }, Files().Select(f => f.Split('/')[0]).ToHashSet());

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task ExampleOperation_RunAsItsPersona_AnswersDataWithoutErrors(string example)
    {
        // arrange
        var document = File.ReadAllText(Path.Combine(Repository.PathOf(Folder), example)).ReplaceLineEndings("\n");
        var persona = Persona().Match(document) is { Success: true } p ? p.Groups["name"].Value : throw new InvalidOperationException($"{example} names no persona on its first line.");
        var purpose = Purpose().Match(document) is { Success: true } declared ? declared.Groups["name"].Value : null;
        var today = DateOnly.ParseExact(HubFactory.Today, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var variables = new JObject { ["today"] = HubFactory.Today, ["inAYear"] = today.AddYears(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var taken = VariableFrom().Matches(document).Select(m => (Name: m.Groups["name"].Value, Operation: m.Groups["operation"].Value, Path: m.Groups["path"].Value)).ToList();
        var operations = Operation().Matches(document).ToList();
        var results = new Dictionary<string, JToken>();

        // act
        for (var i = 0; i < operations.Count; i++)
        {
            var name = operations[i].Groups["name"].Value;
            var text = document[operations[i].Index..(i + 1 < operations.Count ? operations[i + 1].Index : document.Length)];
            foreach (var (variable, from, path) in taken.Where(t => results.ContainsKey(t.Operation)))
            {
                variables[variable] = results[from].SelectToken("body.data." + path) ?? throw new InvalidOperationException($"{example}: {from} answered nothing at {path}.");
            }

            var used = new JObject(variables.Properties().Where(v => text.Contains("$" + v.Name, StringComparison.Ordinal)));
            results[name] = operations[i].Groups["kind"].Value == "subscription"
                ? await SubscribeAsync(persona, purpose, document, name, used)
                : await RunAsync(persona, purpose, document, name, used);
        }

        // assert
        Assert.NotEmpty(operations);
        Assert.All(results, r => AssertHoldsData(example, r.Key, r.Value));
    }

    private async Task<JToken> RunAsync(string persona, string? purpose, string document, string operationName, JObject variables)
    {
        var body = new JObject { ["query"] = document, ["operationName"] = operationName, ["variables"] = variables };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body.ToString(), new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", hub.TokenFor(persona));
        if (purpose is not null)
        {
            request.Headers.Add("Hub-Purpose", purpose);
        }

        using var response = await hub.CreateClient().SendAsync(request);
        return new Envelope((int)response.StatusCode, await response.Content.ReadAsStringAsync()).Snapshot;
    }

    /// <summary>
    /// Subscribes over WebSocket as the persona, then makes a change the subscriber may see (the
    /// school reports the pupil's absence) and answers the event it receives, as an envelope.
    /// </summary>
    private async Task<JToken> SubscribeAsync(string persona, string? purpose, string document, string operationName, JObject variables)
    {
        await using var socket = await SocketClient.ConnectAsAsync(hub, persona, purpose);
        await hub.SubscribeLiveAsync(socket, "example", document, variables.Properties().ToDictionary(p => p.Name, p => ((JValue)p.Value).Value), operationName);
        var pupil = (string)variables["pupil"]!;
        var school = hub.ClientFor("school-principal");
        var current = await school.PostAsync("query($id: ID!) { pupil(id: $id) { absence { term version } } }", new { id = pupil });
        var version = (int?)current.Data["pupil"]!["absence"]!.FirstOrDefault(a => (string?)a["term"] == "2026-HT")?["version"];
        await school.MutateAsync("reportAbsence", "ReportAbsenceInput", new { pupilId = pupil, term = "2026-HT", percent = 9.5, version }, "absence { id }");
        var next = await socket.ReceiveAsync();
        Assert.True((string?)next?["type"] == "next", $"{operationName}: {next}");
        return new JObject { ["status"] = 200, ["body"] = next!["payload"] };
    }

    private static IEnumerable<string> Files()
    {
        var root = Repository.PathOf(Folder);
        return Directory.GetFiles(root, "*.graphql", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>No errors; every top-level field holds data; a list of nodes is not empty; a payload's user errors are.</summary>
    private static void AssertHoldsData(string example, string operation, JToken envelope)
    {
        var at = $"{example} {operation}: {envelope}";
        Assert.True((int)envelope["status"]! == 200 && envelope["body"]!["errors"] is null, at);
        var data = envelope["body"]!["data"] as JObject;
        Assert.True(data is { Count: > 0 }, at);
        Assert.All(data.Properties(), field => Assert.True(field.Value.Type is not JTokenType.Null && field.Value is not JArray { Count: 0 }, at));
        Assert.All(data.Descendants().OfType<JProperty>().Where(p => p.Name == "nodes"), nodes => Assert.True(nodes.Value is JArray { Count: > 0 }, at));
        Assert.All(data.Descendants().OfType<JProperty>().Where(p => p.Name == "errors"), errors => Assert.True(errors.Value is JArray { Count: 0 }, at));
    }

    [GeneratedRegex(@"\A# persona: (?<name>[a-z-]+)\n")]
    private static partial Regex Persona();

    /// <summary>A purpose the operations declare (<c># purpose: SIP</c>, the Hub-Purpose header; purpose in connection_init).</summary>
    [GeneratedRegex(@"^# purpose: (?<name>[A-Z_]+)$", RegexOptions.Multiline)]
    private static partial Regex Purpose();

    [GeneratedRegex(@"^#\s+\$(?<name>\w+) = (?<operation>\w+) (?<path>\S+)$", RegexOptions.Multiline)]
    private static partial Regex VariableFrom();

    [GeneratedRegex(@"^(?<kind>query|mutation|subscription) (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex Operation();
}
