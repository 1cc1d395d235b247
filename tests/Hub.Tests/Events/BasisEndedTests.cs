using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Events;

/// <summary>When the basis a subscription stands on ends, the stream ends at once, saying why, and nothing follows.</summary>
public sealed class BasisEndedTests(ShortLivedHub hub) : IClassFixture<ShortLivedHub>
{
    private const string PupilEvents = "subscription($id: ID!, $after: String) { pupilEvents(pupilId: $id, after: $after) { kind operation } }";

    [Fact]
    public async Task PupilEvents_ConsentWithdrawn_EndsWithConsentWithdrawn()
    {
        // arrange
        var (id, consentId, guardianId) = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            s.OthersRecords(pupil);
            var guardians = s.GuardiansOf(pupil);
            return (GlobalId.Encode("Pupil", pupil.Id), GlobalId.Encode("Consent", s.Consent(pupil, Agency.School, guardians).Id), GlobalId.Encode("Guardian", guardians[0].Id));
        });
        await using var principal = await SocketClient.ConnectAsAsync(hub, "school-principal");
        await hub.SubscribeLiveAsync(principal, "1", PupilEvents, new { id, after = hub.Cursor() });

        // act
        var withdrawn = await hub.ClientFor("school-principal").MutateAsync("withdrawConsent", "WithdrawConsentInput",
            new { consentId, version = 0, guardianId }, "consent { id }");
        var end = await principal.ReceiveAsync();
        await AfterTheEndAsync(id);

        // assert
        Assert.Empty(withdrawn.UserErrors("withdrawConsent"));
        AssertEnded(end, "CONSENT_WITHDRAWN");
        Assert.True(await principal.QuietForAsync(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task PupilEvents_OneProvisionWithdrawnByAGuardian_EndsWithConsentWithdrawn()
    {
        // arrange: the consent opens several categories to the school; the guardian withdraws one of them.
        var (id, consentId, guardianId, provisionId) = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            s.OthersRecords(pupil);
            var guardians = s.GuardiansOf(pupil);
            var consent = s.Consent(pupil, Agency.School, guardians);
            return (GlobalId.Encode("Pupil", pupil.Id), GlobalId.Encode("Consent", consent.Id), GlobalId.Encode("Guardian", guardians[0].Id),
                GlobalId.Encode("ConsentProvision", consent.Provisions.Single(p => p.Category == DataCategory.BupContact).Id));
        });
        await using var principal = await SocketClient.ConnectAsAsync(hub, "school-principal");
        await hub.SubscribeLiveAsync(principal, "1", PupilEvents, new { id, after = hub.Cursor() });
        var quietBefore = await principal.QuietForAsync(TimeSpan.FromMilliseconds(500));

        // act
        var withdrawn = await hub.ClientFor("school-principal").MutateAsync("withdrawConsent", "WithdrawConsentInput",
            new { consentId, version = 0, guardianId, provisionIds = new[] { provisionId } }, "consent { effective }");
        var end = await principal.ReceiveAsync();

        // assert
        Assert.True(quietBefore);
        Assert.Empty(withdrawn.UserErrors("withdrawConsent"));
        Assert.True((bool)withdrawn.Payload("withdrawConsent")["consent"]!["effective"]!);
        AssertEnded(end, "CONSENT_WITHDRAWN");
    }

    [Fact]
    public async Task PupilEvents_GuardianWithdrawsOneProvisionThemself_EndsWithConsentWithdrawn()
    {
        // arrange
        var (id, consentId, number, provisionId) = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            s.OthersRecords(pupil);
            var guardians = s.GuardiansOf(pupil);
            var consent = s.Consent(pupil, Agency.School, guardians);
            return (GlobalId.Encode("Pupil", pupil.Id), GlobalId.Encode("Consent", consent.Id), guardians[0].PersonalIdentityNumber,
                GlobalId.Encode("ConsentProvision", consent.Provisions.Single(p => p.Category == DataCategory.SocialServicesIntervention).Id));
        });
        await using var principal = await SocketClient.ConnectAsAsync(hub, "school-principal");
        await hub.SubscribeLiveAsync(principal, "1", PupilEvents, new { id, after = hub.Cursor() });

        // act
        var withdrawn = await hub.FamilyClientFor(number).MutateAsync("withdrawFamilyConsent", "FamilyWithdrawConsentInput",
            new { consentId, version = 0, provisionIds = new[] { provisionId } }, "consent { id }");
        var end = await principal.ReceiveAsync();

        // assert
        Assert.Empty(withdrawn.UserErrors("withdrawFamilyConsent"));
        AssertEnded(end, "CONSENT_WITHDRAWN");
    }

    [Fact]
    public async Task PupilEvents_PlacementEnded_TheGroupsSubscriptionEndsWithRelationshipEnded()
    {
        // arrange
        var placement = new ScenarioRunner(hub).Run(s => s.RsuPlacement(monthsAgo: 3, nextReviewOn: Scenario.Today.AddDays(30)));
        var id = GlobalId.Encode("Pupil", placement.PupilId);
        await using var group = await SocketClient.ConnectAsAsync(hub, "rsu-teacher");
        await hub.SubscribeLiveAsync(group, "1", PupilEvents, new { id, after = hub.Cursor() });

        // act
        var ended = await hub.ClientFor("school-principal").MutateAsync("endPlacement", "EndPlacementInput",
            new { placementId = GlobalId.Encode("Placement", placement.Id), version = placement.Version, endsOn = HubFactory.Today, reason = "Back in the home class." },
            "placement { id }");
        var end = await group.ReceiveAsync();
        await AfterTheEndAsync(id);

        // assert
        Assert.Empty(ended.UserErrors("endPlacement"));
        AssertEnded(end, "RELATIONSHIP_ENDED");
        Assert.True(await group.QuietForAsync(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task PupilEvents_LastCaseClosed_TheDistrictsSubscriptionEndsWithRelationshipEnded()
    {
        // arrange
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("sst-social-worker"));
        var id = GlobalId.Encode("Pupil", pupil.Id);
        var (caseId, version) = hub.WithDb(db => db.Interventions.Where(i => i.PupilId == pupil.Id).Select(i => new { i.Id, i.Version }).AsEnumerable()
            .Select(i => (GlobalId.Encode("Intervention", i.Id), i.Version)).Single());
        await using var worker = await SocketClient.ConnectAsAsync(hub, "sst-social-worker");
        await hub.SubscribeLiveAsync(worker, "1", PupilEvents, new { id, after = hub.Cursor() });

        // act
        var closed = await hub.ClientFor("sst-social-worker").MutateAsync("endIntervention", "EndInterventionInput",
            new { interventionId = caseId, version, endsOn = HubFactory.Today, closingNote = "Attendance back to normal." }, "intervention { id }");
        var end = await worker.ReceiveAsync();

        // assert
        Assert.Empty(closed.UserErrors("endIntervention"));
        AssertEnded(end, "RELATIONSHIP_ENDED");
        Assert.True(await worker.QuietForAsync(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task PupilEvents_EmergencyAccessLapses_EndsWithEmergencyAccessExpired()
    {
        // arrange
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));
        var id = GlobalId.Encode("Pupil", pupil.Id);
        var opened = await hub.ClientFor("bup-clinician").PostAsync(
            "mutation($n: String!) { openEmergencyAccess(personalIdentityNumber: $n, reason: \"Acute danger: threats of suicide tonight.\") { id expiresAt } }",
            new { n = pupil.PersonalIdentityNumber });
        await using var clinician = await SocketClient.ConnectAsAsync(hub, "bup-clinician");
        await hub.SubscribeLiveAsync(clinician, "1", PupilEvents, new { id, after = hub.Cursor() });

        // act: the access lasts three seconds in this hub.
        var end = await clinician.ReceiveAsync(TimeSpan.FromSeconds(8));

        // assert
        Assert.Null(opened.Errors);
        AssertEnded(end, "EMERGENCY_ACCESS_EXPIRED");
    }

    [Fact]
    public async Task Socket_TokenExpires_ClosedWith4403()
    {
        // arrange
        var token = new TokenForge(hub).Create(expires: DateTime.UtcNow.AddSeconds(2));
        await using var socket = await SocketClient.ConnectAsync(hub);
        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        var ack = await socket.ReceiveAsync();

        // act
        var code = await socket.ClosedWithAsync();

        // assert
        Assert.Equal("connection_ack", (string?)ack!["type"]);
        Assert.Equal(4403, code);
    }

    private static void AssertEnded(JObject? message, string reason)
    {
        Assert.True(message is not null, "the socket closed instead of ending the subscription");
        Assert.True((string?)message["type"] == "error", message.ToString());
        var error = message["payload"]![0]!;
        Assert.Equal("BASIS_ENDED", (string?)error["extensions"]!["code"]);
        Assert.Equal(reason, (string?)error["extensions"]!["reason"]);
    }

    /// <summary>A change about the pupil after the end, which must not reach the ended subscription.</summary>
    private async Task AfterTheEndAsync(string pupilId) =>
        await hub.ClientFor("school-principal").MutateAsync("reportAbsence", "ReportAbsenceInput", new { pupilId, term = "2026-HT", percent = 5.0 }, "absence { id }");
}
