using Hub.Api;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Sips;

/// <summary>SIPs through HTTP: never without a consent that covers every agency, changed only by the units taking part.</summary>
public sealed class SipMutationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Selection = "sip { id version consentId closedOn nextFollowUpOn participants { unit { code } leadsCoordination } goals { id achievedOn } meetings { heldOn followUp } }";
    private const string Sips = "query($id: ID!) { pupil(id: $id) { sips { goal } } }";

    private sealed record Family(string PupilId, string[] Guardians, string School, string Social, string Bup, string Preventive);

    /// <summary>A pupil of Klubbacksskolan known to Hägersten-Älvsjö social services, BUP Liljeholmen and the police.</summary>
    private Family NewFamily() => new ScenarioRunner(hub).Run(s =>
    {
        var pupil = s.PupilRelatedTo("school-principal");
        s.OthersRecords(pupil);
        string Unit(string code) => GlobalId.Encode("Unit", s.Unit(code).Id);
        return new Family(GlobalId.Encode("Pupil", pupil.Id), s.GuardiansOf(pupil).Select(g => GlobalId.Encode("Guardian", g.Id)).ToArray(),
            Unit("school:klubbacksskolan"), Unit("social:hagersten-alvsjo:investigation"), Unit("bup:liljeholmen"), Unit("social:hagersten-alvsjo:preventive"));
    });

    /// <summary>A consent the principal records: the school's absence data to these agencies for the SIP.</summary>
    private async Task<JToken> ConsentAsync(Family family, string[] toAgencies, bool bothSign = true)
    {
        var input = new
        {
            pupilId = family.PupilId,
            validFrom = "2026-11-01",
            validTo = "2027-10-31",
            formReference = "SIP-2026-7",
            provisions = toAgencies.Select(to => new { category = "ABSENCE", fromAgency = "SCHOOL", toAgency = to, purpose = "SIP" }).ToArray(),
            signatures = family.Guardians.Take(bothSign ? 2 : 1).Select(g => new { guardianId = g, signedOn = "2026-11-20" }).ToArray(),
        };
        var recorded = await hub.ClientFor("school-principal", "SIP").MutateAsync("recordConsent", "RecordConsentInput", input, "consent { id version }");
        Assert.Empty(recorded.UserErrors("recordConsent"));
        return recorded.Payload("recordConsent")["consent"]!;
    }

    private static object CreateInput(Family family, JToken consent, params string[] others) => new
    {
        pupilId = family.PupilId,
        goal = "Back in class full time by the spring term.",
        goals = new[] { new { description = "Attendance above 90 %.", responsibleUnitId = family.School } },
        participants = new[] { new { unitId = family.School, coordinatorName = "Johan Ek", responsibility = "Adapted timetable.", leadsCoordination = true } }
            .Concat(others.Select(u => new { unitId = u, coordinatorName = "Karin Åberg", responsibility = "Family support.", leadsCoordination = false }))
            .ToArray(),
        consentId = (string?)consent["id"],
        nextFollowUpOn = "2027-02-15",
    };

    private async Task<JToken> CreateAsync(Family family, JToken consent, params string[] others)
    {
        var created = await hub.ClientFor("school-principal", "SIP").MutateAsync("createSip", "CreateSipInput", CreateInput(family, consent, others), Selection);
        Assert.Empty(created.UserErrors("createSip"));
        return created.Payload("createSip")["sip"]!;
    }

    private Task<Envelope> AddAsync(string persona, JToken sip, string unitId) =>
        hub.ClientFor(persona, "SIP").MutateAsync("addSipParticipant", "AddSipParticipantInput",
            new { sipId = (string?)sip["id"], version = (int)sip["version"]!, unitId, coordinatorName = "Nils Dahl", responsibility = "Assessment." }, Selection);

    [Fact]
    public async Task CreateSip_ConsentCoversEveryAgency_CreatedAndReadByTheParticipantsOnly()
    {
        // arrange
        var family = NewFamily();
        var consent = await ConsentAsync(family, ["SOCIAL_SERVICES", "BUP"]);

        // act
        var sip = await CreateAsync(family, consent, family.Social, family.Bup);

        // assert
        Assert.Equal(consent["id"], sip["consentId"]);
        Assert.Equal(3, sip["participants"]!.Count());
        Assert.Equal("2027-02-15", (string?)sip["nextFollowUpOn"]);
        foreach (var persona in new[] { "social-investigator", "bup-clinician" })
        {
            var read = await hub.ClientFor(persona, "SIP").PostAsync(Sips, new { id = family.PupilId });
            Assert.Equal("Back in class full time by the spring term.", (string?)read.Data["pupil"]!["sips"]![0]!["goal"]);
        }

        var police = await hub.ClientFor("police-sspf").PostAsync(Sips, new { id = family.PupilId });
        Assert.Equal(JTokenType.Null, police.Data["pupil"]!["sips"]!.Type);
        Assert.Equal("ACCESS_DENIED", police.ErrorCode());
    }

    [Fact]
    public async Task CreateSip_ParticipantsNotAParty_DoNotSeeIt()
    {
        // arrange
        var family = NewFamily();
        var consent = await ConsentAsync(family, ["SOCIAL_SERVICES"]);

        // act
        await CreateAsync(family, consent, family.Social);

        // assert
        var bup = await hub.ClientFor("bup-clinician", "SIP").PostAsync(Sips, new { id = family.PupilId });
        Assert.Empty(bup.Data["pupil"]!["sips"]!);
    }

    [Theory]
    [InlineData("school-teacher")]
    [InlineData("rsu-teacher")]
    [InlineData("csu-teacher")]
    [InlineData("social-contact-person")]
    [InlineData("police-sspf")]
    [InlineData("fritid-leader")]
    [InlineData("dpo")]
    public async Task CreateSip_OtherRoles_RefusedAndNothingChanges(string persona)
    {
        // arrange
        var family = NewFamily();
        var consent = await ConsentAsync(family, ["SOCIAL_SERVICES"]);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () =>
            hub.ClientFor(persona).MutateAsync("createSip", "CreateSipInput", CreateInput(family, consent, family.Social), Selection));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    public static TheoryData<string, string> ChangesByOtherRoles()
    {
        var data = new TheoryData<string, string>();
        foreach (var mutation in new[] { "addSipParticipant", "recordSipMeeting", "closeSip" })
        {
            foreach (var persona in new[] { "school-teacher", "rsu-teacher", "csu-teacher", "social-contact-person", "police-sspf", "dpo" })
            {
                data.Add(mutation, persona);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ChangesByOtherRoles))]
    public async Task ChangeSip_OtherRoles_RefusedAndNothingChanges(string mutation, string persona)
    {
        // arrange
        var family = NewFamily();
        var sip = await CreateAsync(family, await ConsentAsync(family, ["SOCIAL_SERVICES", "BUP"]), family.Social);
        var (id, version) = ((string?)sip["id"], (int)sip["version"]!);
        var (inputType, input) = mutation switch
        {
            "addSipParticipant" => ("AddSipParticipantInput", (object)new { sipId = id, version, unitId = family.Bup, coordinatorName = "Nils Dahl", responsibility = "Assessment." }),
            "recordSipMeeting" => ("RecordSipMeetingInput", new { sipId = id, version, heldOn = "2026-11-23", followUp = false, notes = "Met." }),
            _ => ("CloseSipInput", new { sipId = id, version, closedOn = "2026-11-23" }),
        };

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor(persona).MutateAsync(mutation, inputType, input, Selection));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Fact]
    public async Task CreateSip_ConsentDoesNotCoverBup_ConsentRequired()
    {
        // arrange
        var family = NewFamily();
        var consent = await ConsentAsync(family, ["SOCIAL_SERVICES"]);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("school-principal", "SIP").MutateAsync("createSip", "CreateSipInput",
            CreateInput(family, consent, family.Social, family.Bup), Selection));

        // assert
        Assert.Equal(["CONSENT_REQUIRED input.consentId"], refused.UserErrors("createSip"));
        Assert.Contains("Bup", (string?)refused.Payload("createSip")["errors"]![0]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateSip_ConsentMissingASignature_ConsentRequired()
    {
        // arrange
        var family = NewFamily();
        var consent = await ConsentAsync(family, ["SOCIAL_SERVICES"], bothSign: false);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("school-principal", "SIP").MutateAsync("createSip", "CreateSipInput",
            CreateInput(family, consent, family.Social), Selection));

        // assert
        Assert.Equal(["CONSENT_REQUIRED input.consentId"], refused.UserErrors("createSip"));
    }

    [Fact]
    public async Task CreateSip_CallersUnitNotTakingPart_NotPermitted()
    {
        // arrange
        var family = NewFamily();
        var consent = await ConsentAsync(family, ["SOCIAL_SERVICES", "BUP"]);
        var input = CreateInput(family with { School = family.Preventive }, consent, family.Bup);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("school-principal", "SIP").MutateAsync("createSip", "CreateSipInput", input, Selection));

        // assert
        Assert.Equal(["NOT_PERMITTED input.participants"], refused.UserErrors("createSip"));
    }

    [Fact]
    public async Task AddSipParticipant_ConsentCoversTheAgency_JoinsAndReadsThePlan()
    {
        // arrange
        var family = NewFamily();
        var sip = await CreateAsync(family, await ConsentAsync(family, ["SOCIAL_SERVICES", "BUP"]), family.Social);

        // act
        var added = await AddAsync("social-investigator", sip, family.Bup);

        // assert
        Assert.Empty(added.UserErrors("addSipParticipant"));
        Assert.Equal(3, added.Payload("addSipParticipant")["sip"]!["participants"]!.Count());
        var bup = await hub.ClientFor("bup-clinician", "SIP").PostAsync(Sips, new { id = family.PupilId });
        Assert.Single(bup.Data["pupil"]!["sips"]!);
    }

    [Fact]
    public async Task AddSipParticipant_ConsentDoesNotCoverTheAgency_ConsentRequired()
    {
        // arrange
        var family = NewFamily();
        var sip = await CreateAsync(family, await ConsentAsync(family, ["SOCIAL_SERVICES"]), family.Social);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AddAsync("school-principal", sip, family.Bup));

        // assert
        Assert.Equal(["CONSENT_REQUIRED input.unitId"], refused.UserErrors("addSipParticipant"));
    }

    [Fact]
    public async Task AddSipParticipant_ConsentWithdrawn_ConsentRequired()
    {
        // arrange
        var family = NewFamily();
        var consent = await ConsentAsync(family, ["SOCIAL_SERVICES", "BUP"]);
        var sip = await CreateAsync(family, consent, family.Social);
        var withdrawn = await hub.ClientFor("school-principal", "SIP").MutateAsync("withdrawConsent", "WithdrawConsentInput",
            new { consentId = (string?)consent["id"], version = (int)consent["version"]!, guardianId = family.Guardians[1] }, "consent { id }");
        Assert.Empty(withdrawn.UserErrors("withdrawConsent"));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AddAsync("school-principal", sip, family.Bup));

        // assert
        Assert.Equal(["CONSENT_REQUIRED input.sipId"], refused.UserErrors("addSipParticipant"));
    }

    [Fact]
    public async Task AddSipParticipant_UnitOfAPartyThatDoesNotTakePart_NotPermitted()
    {
        // arrange
        var family = NewFamily();
        var sip = await CreateAsync(family, await ConsentAsync(family, ["SOCIAL_SERVICES", "BUP"]), family.Social);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AddAsync("sst-social-worker", sip, family.Bup));

        // assert
        Assert.Equal(["NOT_PERMITTED input.sipId"], refused.UserErrors("addSipParticipant"));
    }

    [Fact]
    public async Task RecordSipMeeting_FollowUp_GoalAchievedAndNextFollowUpSet()
    {
        // arrange
        var family = NewFamily();
        var sip = await CreateAsync(family, await ConsentAsync(family, ["SOCIAL_SERVICES"]), family.Social);

        // act
        var met = await hub.ClientFor("social-investigator", "SIP").MutateAsync("recordSipMeeting", "RecordSipMeetingInput", new
        {
            sipId = (string?)sip["id"],
            version = (int)sip["version"]!,
            heldOn = "2026-11-23",
            followUp = true,
            notes = "Attendance up; the family treatment continues.",
            nextFollowUpOn = "2027-03-01",
            achievedGoalIds = new[] { (string?)sip["goals"]![0]!["id"] },
        }, Selection);

        // assert
        var after = met.Payload("recordSipMeeting")["sip"]!;
        Assert.Empty(met.UserErrors("recordSipMeeting"));
        Assert.Equal("2026-11-23", (string?)after["goals"]![0]!["achievedOn"]);
        Assert.Equal("2027-03-01", (string?)after["nextFollowUpOn"]);
        Assert.True((bool)after["meetings"]![0]!["followUp"]!);
    }

    [Fact]
    public async Task RecordSipMeeting_StaleVersion_Refused()
    {
        // arrange
        var family = NewFamily();
        var sip = await CreateAsync(family, await ConsentAsync(family, ["SOCIAL_SERVICES"]), family.Social);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("school-principal", "SIP").MutateAsync("recordSipMeeting", "RecordSipMeetingInput",
            new { sipId = (string?)sip["id"], version = (int)sip["version"]! + 1, heldOn = "2026-11-23", followUp = false, notes = "Late." }, Selection));

        // assert
        Assert.Equal(["STALE_VERSION input.version"], refused.UserErrors("recordSipMeeting"));
    }

    [Fact]
    public async Task CloseSip_ThenAMeeting_WrongState()
    {
        // arrange
        var family = NewFamily();
        var sip = await CreateAsync(family, await ConsentAsync(family, ["SOCIAL_SERVICES"]), family.Social);
        var closed = await hub.ClientFor("school-principal", "SIP").MutateAsync("closeSip", "CloseSipInput",
            new { sipId = (string?)sip["id"], version = (int)sip["version"]!, closedOn = "2026-11-23" }, Selection);
        var after = closed.Payload("closeSip")["sip"]!;

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("school-principal", "SIP").MutateAsync("recordSipMeeting", "RecordSipMeetingInput",
            new { sipId = (string?)after["id"], version = (int)after["version"]!, heldOn = "2026-11-23", followUp = false, notes = "After closing." }, Selection));

        // assert
        Assert.Equal("2026-11-23", (string?)after["closedOn"]);
        Assert.Equal(["WRONG_STATE input.sipId"], refused.UserErrors("recordSipMeeting"));
    }
}
