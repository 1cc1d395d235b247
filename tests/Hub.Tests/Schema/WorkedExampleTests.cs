using System.Globalization;
using System.Text.RegularExpressions;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Schema;

/// <summary>
/// The README's worked examples, each run as written: every <c>graphql</c> block of its section, in
/// order, as the persona its first line names, with the ids earlier steps returned. The README
/// cannot drift from what the hub does.
/// </summary>
public sealed partial class WorkedExampleTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string ConsentSection = "### Worked example: a concern";
    private const string RequestSection = "### Worked example: an information request";

    [Fact]
    public async Task ReadmeWorkedExample_RunAsWritten_SchoolSeesTheInvestigationOnlyOnceTheConsentIsRecorded()
    {
        // arrange
        var steps = Steps(ConsentSection);

        // act
        var results = await RunAsync(steps);

        // assert
        Assert.Equal(
            ["FindThePupil", "ReportConcern", "TheReport", "HoldTheReportMeeting", "DecideToInvestigate", "OpenTheInvestigation", "WhatTheSchoolShares", "BeforeConsent", "AskForTheConsent", "RecordTheConsent",
                "AfterConsent", "TheMentorsView",
                "TheFamilysView", "WithdrawTheInvestigation", "AfterWithdrawal"],
            steps.Select(s => s.Operation));
        Assert.False((bool)results["BeforeConsent"]["pupil"]!["access"]!.Single(a => (string?)a["category"] == "INVESTIGATION")["permitted"]!);
        Assert.Equal("OPEN", (string?)results["AskForTheConsent"]["askForConsent"]!["consentRequest"]!["status"]);
        Assert.True((bool)results["RecordTheConsent"]["recordConsent"]!["consent"]!["effective"]!);
        var theo = results["TheFamilysView"]["family"]!["children"]!.Single(c => (string?)c["givenName"] == "Theo");
        Assert.Equal("GIVEN", (string?)theo["consentRequests"]!.Single()["status"]);
        Assert.Contains(results["AfterConsent"]["pupil"]!["interventions"]!, i => (string?)i["kind"] == "INVESTIGATION");
        var basis = results["AfterConsent"]["pupil"]!["access"]!.Single(a => (string?)a["category"] == "INVESTIGATION");
        Assert.Equal("CONSENT", (string?)basis["bases"]![0]!["kind"]);
        Assert.NotEmpty(results["WhatTheSchoolShares"]["pupil"]!["placements"]!);
        var mentor = results["TheMentorsView"]["pupil"]!["access"]!.ToDictionary(a => (string)a["category"]!, a => (bool)a["permitted"]!);
        Assert.False(mentor["INVESTIGATION"]);
        Assert.True(mentor["SOCIAL_SERVICES_INTERVENTION"]);
        var after = results["AfterWithdrawal"]["pupil"]!["access"]!.ToDictionary(a => (string)a["category"]!, a => (bool)a["permitted"]!);
        Assert.False(after["INVESTIGATION"]);
        Assert.True(after["SOCIAL_SERVICES_INTERVENTION"]);
    }

    [Fact]
    public async Task ReadmeInformationRequestExample_RunAsWritten_TheRsuAnswersAndOnlyTheInvestigatorReadsTheAnswer()
    {
        // arrange
        var steps = Steps(RequestSection);

        // act
        var results = await RunAsync(steps);

        // assert
        Assert.Equal(["FindThePupilUnderInvestigation", "AskTheRsu", "WhatTheRsuIsAsked", "TheHomeSchoolWasNotAsked", "AnswerTheRequest", "TheSchoolsAnswer"],
            steps.Select(s => s.Operation));
        var request = (string)results["AskTheRsu"]["requestInformation"]!["informationRequest"]!["id"]!;
        Assert.Equal("OPEN", (string?)results["AskTheRsu"]["requestInformation"]!["informationRequest"]!["status"]);
        var asked = results["WhatTheRsuIsAsked"]["informationRequestsToAnswer"]!.Single(r => (string?)r["id"] == request);
        Assert.Equal("Axel", (string?)asked["pupil"]!["givenName"]);
        Assert.EndsWith("-XXXX", (string)asked["pupil"]!["personalIdentityNumber"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(results["TheHomeSchoolWasNotAsked"]["informationRequestsToAnswer"]!, r => (string?)r["id"] == request);
        Assert.Equal("ANSWERED", (string?)results["AnswerTheRequest"]["answerInformationRequest"]!["informationRequest"]!["status"]);
        var answer = results["TheSchoolsAnswer"]["informationRequests"]!.Single(r => (string?)r["id"] == request);
        Assert.StartsWith("Axel comes most days", (string)answer["answer"]!, StringComparison.Ordinal);
        Assert.Equal("TEACHER", (string?)answer["answeredByRole"]);
        var after = await hub.ClientFor("rsu-teacher").PostAsync("{ informationRequestsToAnswer { id } }");
        Assert.DoesNotContain(after.Data["informationRequestsToAnswer"]!, r => (string?)r["id"] == request);
    }

    /// <summary>Runs the steps in order, each as its persona with the variables it uses; every answer without errors.</summary>
    private async Task<Dictionary<string, JToken>> RunAsync(List<(string Persona, string Operation, string Document)> steps)
    {
        var today = DateOnly.ParseExact(HubFactory.Today, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var variables = new JObject
        {
            ["today"] = HubFactory.Today,
            ["inAYear"] = today.AddYears(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["inTwoWeeks"] = today.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var results = new Dictionary<string, JToken>();
        foreach (var (persona, operation, document) in steps)
        {
            var used = variables.Properties().Where(p => document.Contains("$" + p.Name, StringComparison.Ordinal))
                .ToDictionary(p => p.Name, p => ((JValue)p.Value).Value);
            var response = await hub.ClientFor(persona).PostAsync(document, used);
            Assert.True(response.Errors is null, $"{operation}: {response.Text}");
            var data = response.Data;
            Assert.DoesNotContain("\"code\"", data.ToString(), StringComparison.Ordinal);
            results[operation] = data;
            Capture(operation, data, variables);
        }

        return results;
    }

    /// <summary>The ids a step returns, under the variable names the README's later steps use.</summary>
    private static void Capture(string operation, JToken data, JObject variables)
    {
        switch (operation)
        {
            case "FindThePupil":
                variables["pupil"] = data["pupils"]!["nodes"]!.Single()["id"];
                break;
            case "HoldTheReportMeeting":
                variables["reportVersion"] = data["holdReportMeeting"]!["report"]!["version"];
                break;
            case "AskForTheConsent":
                variables["request"] = data["askForConsent"]!["consentRequest"]!["id"];
                break;
            case "TheReport":
                var report = data["pupil"]!["interventions"]!.Single();
                (variables["report"], variables["reportVersion"]) = (report["id"], report["version"]);
                break;
            case "TheFamilysView":
                var consent = data["family"]!["children"]!.Single(c => (string?)c["givenName"] == "Theo")["consents"]!.Single();
                (variables["consent"], variables["consentVersion"]) = (consent["id"], consent["version"]);
                variables["provision"] = consent["provisions"]!.Single(p => (string?)p["category"] == "INVESTIGATION")["id"];
                break;
            case "FindThePupilUnderInvestigation":
                var axel = data["pupils"]!["nodes"]!.Single();
                (variables["pupil"], variables["rsu"]) = (axel["id"], axel["placements"]!.Single(p => (string?)p["level"] == "RSU")["group"]!["id"]);
                break;
            case "AskTheRsu":
                variables["request"] = data["requestInformation"]!["informationRequest"]!["id"];
                break;
            case "WhatTheRsuIsAsked":
                variables["requestVersion"] = data["informationRequestsToAnswer"]!.Single(r => (string?)r["id"] == (string?)variables["request"])["version"];
                break;
            case "WhatTheSchoolShares":
                var guardians = data["pupil"]!["guardians"]!;
                (variables["guardian1"], variables["guardian2"]) = (guardians[0]!["id"], guardians[1]!["id"]);
                break;
        }
    }

    /// <summary>The blocks of the section whose heading starts so, up to the next heading of its level or above.</summary>
    private static List<(string Persona, string Operation, string Document)> Steps(string heading)
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md"));
        var start = readme.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"The README has no section {heading}.");
        var end = new[] { readme.IndexOf("\n## ", start, StringComparison.Ordinal), readme.IndexOf("\n### ", start + heading.Length, StringComparison.Ordinal) }
            .Where(i => i >= 0).DefaultIfEmpty(readme.Length).Min();
        var section = readme[start..end];
        return Block().Matches(section).Select(m =>
        {
            var document = m.Groups["body"].Value;
            var persona = m.Groups["persona"].Value;
            var operation = Operation().Match(document).Groups["name"].Value;
            return (persona, operation, document);
        }).ToList();
    }

    [GeneratedRegex(@"```graphql\n# as (?<persona>[a-z-]+)\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"^(?:query|mutation) (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex Operation();
}
