using Hub.Api;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Consents;

/// <summary>
/// A SIP crosses to another agency only while a consent that covers it is in effect, and what each
/// participant is responsible for is shown only within the reader's role ceiling.
/// </summary>
public sealed class SipSharingTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Sips = "query($id: ID!) { pupil(id: $id) { sips { goal } } }";

    private sealed record Family(string PupilId, string[] Guardians, string School, string Social);

    /// <summary>A pupil of Klubbacksskolan with a case at Hägersten-Älvsjö social services, and a SIP the principal made with it.</summary>
    private async Task<(Family Family, JToken Consent, JToken Sip)> SharedPlanAsync()
    {
        var family = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            s.OthersRecords(pupil);
            return new Family(GlobalId.Encode("Pupil", pupil.Id), s.GuardiansOf(pupil).Select(g => GlobalId.Encode("Guardian", g.Id)).ToArray(),
                GlobalId.Encode("Unit", s.Unit("school:klubbacksskolan").Id), GlobalId.Encode("Unit", s.Unit("social:hagersten-alvsjo:investigation").Id));
        });
        var principal = hub.ClientFor("school-principal", "SIP");
        var recorded = await principal.MutateAsync("recordConsent", "RecordConsentInput", new
        {
            pupilId = family.PupilId,
            validFrom = "2026-11-01",
            validTo = "2027-10-31",
            formReference = "SIP-2026-8",
            provisions = new[] { new { category = "ABSENCE", fromAgency = "SCHOOL", toAgency = "SOCIAL_SERVICES", purpose = "SIP" } },
            signatures = family.Guardians.Select(g => new { guardianId = g, signedOn = "2026-11-20" }).ToArray(),
        }, "consent { id version }");
        var consent = recorded.Payload("recordConsent")["consent"]!;
        var created = await principal.MutateAsync("createSip", "CreateSipInput", new
        {
            pupilId = family.PupilId,
            goal = "Back in class full time by the spring term.",
            goals = new[] { new { description = "Attendance above 90 %.", responsibleUnitId = family.School } },
            participants = new[]
            {
                new { unitId = family.School, coordinatorName = "Johan Ek", responsibility = "Adapted timetable.", leadsCoordination = true },
                new { unitId = family.Social, coordinatorName = "Karin Åberg", responsibility = "Family support.", leadsCoordination = false },
            },
            consentId = (string?)consent["id"],
        }, "sip { id version }");
        Assert.Empty(created.UserErrors("createSip"));
        return (family, consent, created.Payload("createSip")["sip"]!);
    }

    private Task<Envelope> WithdrawAsync(Family family, JToken consent) =>
        hub.ClientFor("school-principal", "SIP").MutateAsync("withdrawConsent", "WithdrawConsentInput",
            new { consentId = (string?)consent["id"], version = (int)consent["version"]!, guardianId = family.Guardians[0] }, "consent { withdrawnAt }");

    [Fact]
    public async Task Sips_ConsentInEffect_OtherAgencyReadsThePlan()
    {
        // arrange
        var (family, _, _) = await SharedPlanAsync();

        // act
        var read = await hub.ClientFor("social-investigator", "SIP").PostAsync(Sips, new { id = family.PupilId });

        // assert
        Assert.Null(read.Errors);
        Assert.Single(read.Data["pupil"]!["sips"]!);
    }

    [Fact]
    public async Task Sips_AfterWithdrawal_OtherAgencyNoLongerReadsThePlan()
    {
        // arrange
        var (family, consent, _) = await SharedPlanAsync();
        Assert.Empty((await WithdrawAsync(family, consent)).UserErrors("withdrawConsent"));

        // act
        var read = await hub.ClientFor("social-investigator", "SIP").PostAsync(Sips, new { id = family.PupilId });

        // assert
        Assert.Null(read.Errors);
        Assert.Empty(read.Data["pupil"]!["sips"]!);
    }

    [Fact]
    public async Task RecordSipMeeting_OtherAgencyAfterWithdrawal_NotFoundAndNothingChanges()
    {
        // arrange
        var (family, consent, sip) = await SharedPlanAsync();
        Assert.Empty((await WithdrawAsync(family, consent)).UserErrors("withdrawConsent"));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("social-investigator", "SIP").MutateAsync("recordSipMeeting", "RecordSipMeetingInput",
            new { sipId = (string?)sip["id"], version = (int)sip["version"]!, heldOn = "2026-11-23", followUp = false, notes = "After the withdrawal." }, "sip { id }"));

        // assert
        Assert.Equal(["NOT_FOUND input.sipId"], refused.UserErrors("recordSipMeeting"));
    }

    [Fact]
    public async Task CloseSip_InitiatorAfterWithdrawal_ClosesItsOwnPlan()
    {
        // arrange
        var (family, consent, sip) = await SharedPlanAsync();
        Assert.Empty((await WithdrawAsync(family, consent)).UserErrors("withdrawConsent"));

        // act
        var closed = await hub.ClientFor("school-principal", "SIP").MutateAsync("closeSip", "CloseSipInput",
            new { sipId = (string?)sip["id"], version = (int)sip["version"]!, closedOn = "2026-11-23" }, "sip { closedOn }");

        // assert
        Assert.Empty(closed.UserErrors("closeSip"));
        Assert.Equal("2026-11-23", (string?)closed.Payload("closeSip")["sip"]!["closedOn"]);
    }
}
