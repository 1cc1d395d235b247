using System.Security.Claims;
using Hub.Api;
using Hub.Identity;
using Hub.Records;
using Hub.Tests.Support;

namespace Hub.Tests.Consents;

/// <summary>
/// Purpose limitation: each request declares what it reads for (the Hub-Purpose header, or purpose
/// in connection_init), or reads for its role's default; a consent grants only for its provision's
/// purpose, Pupil.access answers for the declared purpose, and the access log keeps it.
/// </summary>
public sealed class PurposeTests(ShortLivedHub hub) : IClassFixture<ShortLivedHub>
{
    private const string Interventions = "query($id: ID!) { pupil(id: $id) { interventions(kinds: [SOCIAL_SERVICES_INTERVENTION]) { kind } "
        + "access { category permitted bases { kind } } } }";

    /// <summary>A Klubbacksskolan pupil with a social-services intervention, and a consent letting the school know of it for a SIP only.</summary>
    private string PupilWithSipConsent() => new ScenarioRunner(hub).Run(s =>
    {
        var pupil = s.PupilRelatedTo("school-principal");
        s.OthersRecords(pupil);
        s.Consent(pupil, Agency.School, s.GuardiansOf(pupil), purpose: SharingPurpose.Sip);
        return GlobalId.Encode("Pupil", pupil.Id);
    });

    private static bool Permitted(Envelope read, string category) =>
        (bool)read.Data["pupil"]!["access"]!.Single(a => (string?)a["category"] == category)["permitted"]!;

    [Theory]
    [InlineData("school-teacher", "SCHOOL_SUPPORT")]
    [InlineData("social-investigator", "INVESTIGATION")]
    [InlineData("sst-social-worker", "SCHOOL_SOCIAL_TEAM")]
    [InlineData("bup-clinician", "BUS")]
    [InlineData("police-sspf", "SSPF")]
    public async Task Me_NoPurposeDeclared_TheRolesDefault(string persona, string purpose)
    {
        // act
        var me = await hub.ClientFor(persona).PostAsync("{ me { purpose permittedPurposes } }");

        // assert
        Assert.Null(me.Errors);
        Assert.Equal(purpose, (string?)me.Data["me"]!["purpose"]);
        Assert.Equal(purpose, (string?)me.Data["me"]!["permittedPurposes"]![0]);
    }

    [Fact]
    public async Task Me_DataProtectionOfficer_ReadsForNoSharingPurpose()
    {
        // act
        var me = await hub.ClientFor("dpo").PostAsync("{ me { purpose permittedPurposes } }");

        // assert
        Assert.Null(me.Errors);
        Assert.Null((string?)me.Data["me"]!["purpose"]);
        Assert.Empty(me.Data["me"]!["permittedPurposes"]!);
    }

    [Fact]
    public async Task Pupil_ConsentForASip_DeniedForSchoolSupportPermittedForTheSip()
    {
        // arrange
        var id = PupilWithSipConsent();

        // act
        var byDefault = await hub.ClientFor("school-principal").PostAsync(Interventions, new { id });
        var forTheSip = await hub.ClientFor("school-principal", "SIP").PostAsync(Interventions, new { id });

        // assert
        Assert.Equal("ACCESS_DENIED", byDefault.ErrorCode());
        Assert.False(Permitted(byDefault, "SOCIAL_SERVICES_INTERVENTION"));
        Assert.Null(forTheSip.Errors);
        Assert.True(Permitted(forTheSip, "SOCIAL_SERVICES_INTERVENTION"));
        Assert.NotEmpty(forTheSip.Data["pupil"]!["interventions"]!);
    }

    [Fact]
    public async Task Pupil_LegalBasisForTheInvestigation_PermittedForItDeniedForAnotherPurpose()
    {
        // arrange: a basis (a disclosure decision's) for the investigation, to the investigating unit.
        var id = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("social-investigator");
            s.OthersRecords(pupil);
            s.LegalBases(pupil, s.Unit("social:hagersten-alvsjo:investigation"), open: true, purpose: SharingPurpose.Investigation);
            return GlobalId.Encode("Pupil", pupil.Id);
        });
        const string Absence = "query($id: ID!) { pupil(id: $id) { access { category permitted bases { kind } } } }";

        // act
        var forTheInvestigation = await hub.ClientFor("social-investigator").PostAsync(Absence, new { id });
        var forBus = await hub.ClientFor("social-investigator", "BUS").PostAsync(Absence, new { id });

        // assert
        Assert.True(Permitted(forTheInvestigation, "ABSENCE"));
        Assert.False(Permitted(forBus, "ABSENCE"));
    }

    [Fact]
    public async Task AccessLog_ReadsForTwoPurposes_EachRowKeepsItsDeclaredPurpose()
    {
        // arrange
        var id = PupilWithSipConsent();

        // act
        await hub.ClientFor("school-principal").PostAsync(Interventions, new { id });
        await hub.ClientFor("school-principal", "SIP").PostAsync(Interventions, new { id });
        var log = await hub.ClientFor("dpo").PostAsync("query($pupil: ID) { accessLog(pupil: $pupil) { nodes { purpose categories } } }", new { pupil = id });

        // assert
        Assert.Null(log.Errors);
        var purposes = log.Data["accessLog"]!["nodes"]!.Select(n => (string?)n["purpose"]).ToList();
        Assert.Contains("SIP", purposes);
        Assert.Contains("SCHOOL_SUPPORT", purposes);
        var sipRow = log.Data["accessLog"]!["nodes"]!.First(n => (string?)n["purpose"] == "SIP");
        Assert.Contains("SOCIAL_SERVICES_INTERVENTION", sipRow["categories"]!.Select(c => (string?)c));
    }

    [Theory]
    [InlineData("school-teacher", "INVESTIGATION")]
    [InlineData("police-sspf", "SIP")]
    [InlineData("school-teacher", "sip")]
    [InlineData("school-teacher", "GOSSIP")]
    [InlineData("dpo", "SIP")]
    public async Task AnyRequest_PurposeTheRoleMayNotDeclare_RefusedSayingWhichItMay(string persona, string purpose)
    {
        // arrange
        var id = PupilWithSipConsent();

        // act
        var refused = await hub.ClientFor(persona, purpose).PostAsync(Interventions, new { id });
        var log = await hub.ClientFor("dpo").PostAsync("query($pupil: ID) { accessLog(pupil: $pupil) { totalCount } }", new { pupil = id });

        // assert
        Assert.Equal(403, refused.Status);
        Assert.Equal(AuthFailureResponses.PurposeNotPermitted, refused.ErrorCode());
        Assert.Contains("may declare", (string?)refused.Errors![0]["message"], StringComparison.Ordinal);
        Assert.Equal(0, (int)log.Data["accessLog"]!["totalCount"]!);
    }

    [Fact]
    public async Task AnyRequest_TwoPurposesDeclared_Refused()
    {
        // arrange
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ me { purpose } }" }) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", hub.TokenFor("school-principal"));
        request.Headers.Add(DeclaredPurposes.Header, ["SIP", "SCHOOL_SUPPORT"]);

        // act
        using var response = await hub.CreateClient().SendAsync(request);

        // assert
        Assert.Equal(403, (int)response.StatusCode);
        Assert.Contains(AuthFailureResponses.PurposeNotPermitted, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Me_TokenCarryingTheHubsOwnPurposeClaim_IgnoredTheHeaderOrDefaultDecides()
    {
        // arrange: a token that tries to declare the purpose itself.
        var token = new TokenForge(hub).Create(role: "Principal", extraClaims: [new Claim(HubClaims.DeclaredPurpose, "SIP")]);

        // act
        var me = await new HubClient(hub.CreateClient(), token).PostAsync("{ me { purpose } }");
        var declared = await new HubClient(hub.CreateClient(), token, "BUS").PostAsync("{ me { purpose } }");

        // assert
        Assert.Equal("SCHOOL_SUPPORT", (string?)me.Data["me"]!["purpose"]);
        Assert.Equal("BUS", (string?)declared.Data["me"]!["purpose"]);
    }

    [Fact]
    public async Task Socket_PurposeInConnectionInit_EventsReadForIt()
    {
        // arrange: one socket for the SIP, one reading for the default (support in school).
        var id = PupilWithSipConsent();
        const string Events = "subscription($id: ID!, $after: String) { pupilEvents(pupilId: $id, after: $after) { kind intervention { kind } } }";
        await using var forTheSip = await SocketClient.ConnectAsAsync(hub, "school-principal", "SIP");
        await using var byDefault = await SocketClient.ConnectAsAsync(hub, "school-principal");
        await hub.SubscribeLiveAsync(forTheSip, "1", Events, new { id, after = hub.Cursor() });
        await hub.SubscribeLiveAsync(byDefault, "1", Events, new { id, after = hub.Cursor() });

        // act: the school reports the pupil's absence; each event reads the pupil's interventions field for its socket's purpose.
        var school = hub.ClientFor("school-principal");
        var current = await school.PostAsync("query($id: ID!) { pupil(id: $id) { absence { term version } } }", new { id });
        var version = (int?)current.Data["pupil"]!["absence"]!.FirstOrDefault(a => (string?)a["term"] == "2026-HT")?["version"];
        await school.MutateAsync("reportAbsence", "ReportAbsenceInput", new { pupilId = id, term = "2026-HT", percent = 12.5, version }, "absence { id }");
        var sipEvent = await forTheSip.ReceiveAsync();
        var defaultEvent = await byDefault.ReceiveAsync();

        // assert
        Assert.True((string?)sipEvent!["type"] == "next", sipEvent.ToString());
        Assert.Null(sipEvent["payload"]!["errors"]);
        Assert.True((string?)defaultEvent!["type"] == "next" && defaultEvent["payload"]!["errors"] is not null, defaultEvent.ToString() + sipEvent.ToString());
        Assert.Equal("ACCESS_DENIED", (string?)defaultEvent["payload"]!["errors"]![0]!["extensions"]!["code"]);
    }

    [Theory]
    [InlineData("INVESTIGATION")]
    [InlineData("nonsense")]
    public async Task Socket_PurposeTheRoleMayNotDeclare_RefusedAtConnectionInit(string purpose)
    {
        // arrange
        await using var socket = await SocketClient.ConnectAsync(hub);

        // act
        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + hub.TokenFor("school-teacher"), purpose } });
        var closed = await socket.ClosedWithAsync();

        // assert
        Assert.Equal(4403, closed);
    }

    [Fact]
    public void Readme_PurposeTable_IsTheHubsTable()
    {
        // arrange
        var lines = File.ReadAllLines(Repository.PathOf("README.md"));
        var rows = Enum.GetValues<Role>().ToDictionary(r => r, r => lines.SingleOrDefault(l => l.StartsWith($"  | {r} | ", StringComparison.Ordinal)));

        // act
        var mismatched = rows.Where(r =>
        {
            var permitted = DeclaredPurposes.PermittedFor(r.Key).Select(DeclaredPurposes.NameOf).ToList();
            var cells = r.Value?.Split('|', StringSplitOptions.TrimEntries) ?? [];
            return cells.Length < 4 || cells[2] != (permitted.FirstOrDefault() ?? "none") || cells[3] != string.Join(", ", permitted.Skip(1));
        }).Select(r => r.Key).ToList();

        // assert
        Assert.Empty(mismatched);
    }
}
