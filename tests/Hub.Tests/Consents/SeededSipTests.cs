using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Consents;

/// <summary>The demo city's SIPs rest on consents in effect, and show each participant's part only within the reader's ceiling.</summary>
public sealed class SeededSipTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Plans = "{ pupils(first: 20, placementLevel: RSU) { nodes { sips { consentId closedOn participants { unit { code } responsibility } } consents { id effective validFrom validTo } } } }";

    private static IEnumerable<JToken> Participants(Envelope read, string codePrefix) =>
        read.Data["pupils"]!["nodes"]!.SelectMany(p => p["sips"]!).SelectMany(s => s["participants"]!)
            .Where(p => ((string?)p["unit"]?["code"])?.StartsWith(codePrefix, StringComparison.Ordinal) == true);

    [Fact]
    public async Task Sips_TeacherReadsSeededPlansWithBup_BupResponsibilityDenied()
    {
        // arrange
        var teacher = hub.ClientFor("school-teacher", "SIP");

        // act
        var read = await teacher.PostAsync(Plans);

        // assert
        var bup = Participants(read, "bup:").ToList();
        Assert.NotEmpty(bup);
        Assert.All(bup, p => Assert.Equal(JTokenType.Null, p["responsibility"]!.Type));
        Assert.All(Participants(read, "school:"), p => Assert.Equal(JTokenType.String, p["responsibility"]!.Type));
        Assert.DoesNotContain("psykiska", read.Text, StringComparison.Ordinal);
        Assert.Contains(read.Errors!, e => (string?)e["extensions"]!["code"] == "ACCESS_DENIED" && (string?)e["extensions"]!["category"] == "BupContact");
    }

    [Fact]
    public async Task Sips_PrincipalReadsSeededPlansWithBup_BupResponsibilityShown()
    {
        // arrange
        var principal = hub.ClientFor("school-principal", "SIP");

        // act
        var read = await principal.PostAsync("{ pupils(first: 20, placementLevel: RSU) { nodes { sips { participants { unit { code } responsibility } } } } }");

        // assert
        Assert.True(read.Errors is null, read.Text);
        var bup = Participants(read, "bup:").ToList();
        Assert.NotEmpty(bup);
        Assert.All(bup, p => Assert.Equal("Utredning och behandling av elevens psykiska ohälsa.", (string?)p["responsibility"]));
    }

    [Fact]
    public async Task Sips_SeededOpenPlans_EachRestsOnAnEffectiveConsentOfAtMostTwelveMonths()
    {
        // arrange
        var principal = hub.ClientFor("school-principal", "SIP");

        // act
        var read = await principal.PostAsync(Plans);

        // assert
        var nodes = read.Data["pupils"]!["nodes"]!;
        var open = nodes.SelectMany(p => p["sips"]!.Where(s => s["closedOn"]!.Type == JTokenType.Null).Select(s => (Sip: s, Consents: p["consents"]!))).ToList();
        Assert.NotEmpty(open);
        Assert.All(open, plan =>
        {
            var consent = plan.Consents.Single(c => (string?)c["id"] == (string?)plan.Sip["consentId"]);
            Assert.True((bool)consent["effective"]!);
            Assert.True(DateOnly.Parse((string)consent["validTo"]!, System.Globalization.CultureInfo.InvariantCulture)
                < DateOnly.Parse((string)consent["validFrom"]!, System.Globalization.CultureInfo.InvariantCulture).AddMonths(12));
        });
    }
}
