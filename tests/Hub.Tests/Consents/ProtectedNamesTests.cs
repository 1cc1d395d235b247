using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Consents;

/// <summary>
/// For a pupil with a protected identity, what names a person at a unit (who decided, who reported,
/// who coordinates, who recorded) or reaches the family is withheld with the unit: a name that other
/// answers tie to a school tells the school. Each field is asked under an alias, by a caller who
/// reads its category but is not cleared for the location, and by one who is (the positive control).
/// </summary>
public sealed class ProtectedNamesTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Query = "query($id: ID!) { pupil(id: $id) { a: SELECTION } }";

    /// <summary>Field, the selection that asks it under the alias <c>b</c>, the value kept, a caller not cleared, a cleared one.</summary>
    public static TheoryData<string, string, string, string, string> Fields => new()
    {
        { "Placement.decidedBy", "placements { b: decidedBy }", "Placement Decider", "school-teacher", "school-principal" },
        { "ReportOfConcern.reporterName", "interventions(kinds: [REPORT_OF_CONCERN]) { ... on ReportOfConcern { b: reporterName } }", "Concern Reporter", "social-contact-person", "social-investigator" },
        { "ReportOfConcern.reporterContact", "interventions(kinds: [REPORT_OF_CONCERN]) { ... on ReportOfConcern { b: reporterContact } }", "reporter@klubbacksskolan.example", "social-contact-person", "social-investigator" },
        { "SipParticipant.coordinatorName", "sips { participants { b: coordinatorName } }", "Sip Coordinator", "school-teacher", "school-principal" },
        { "SipMeeting.recordedBy", "sips { meetings { b: recordedBy } }", "Meeting Recorder", "school-teacher", "school-principal" },
        { "Consent.recordedBy", "consents { b: recordedBy }", "Consent Recorder", "sst-social-worker", "social-investigator" },
        { "Consent.withdrawnByGuardian", "consents { b: withdrawnByGuardian { familyName } }", "Consent Withdrawer", "sst-social-worker", "social-investigator" },
        { "Guardian.phone", "guardians { b: phone }", "070-000 11 22", "sst-social-worker", "social-investigator" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task NameField_ProtectedPupilForCallerNotCleared_IsWithheld(string field, string selection, string kept, string notCleared, string cleared)
    {
        // arrange
        _ = (field, cleared);
        var id = PupilWithNamedRecords(protectedIdentity: true);

        // act
        var response = await hub.ClientFor(notCleared).PostAsync(Query.Replace("SELECTION", selection, StringComparison.Ordinal), new { id });

        // assert
        var values = response.Body.SelectTokens("$.data..b").ToList();
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.Equal(JTokenType.Null, v.Type));
        Assert.All(response.Errors!, e => Assert.Equal("PROTECTED_IDENTITY", (string?)e["extensions"]!["code"]));
        Assert.DoesNotContain(kept, response.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task NameField_ProtectedPupilForClearedCaller_IsShown(string field, string selection, string kept, string notCleared, string cleared)
    {
        // arrange
        _ = (field, notCleared);
        var id = PupilWithNamedRecords(protectedIdentity: true);

        // act
        var response = await hub.ClientFor(cleared).PostAsync(Query.Replace("SELECTION", selection, StringComparison.Ordinal), new { id });

        // assert
        Assert.Null(response.Errors);
        Assert.Contains(response.Body.SelectTokens("$.data..b"), v => v.ToString().Contains(kept, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task NameField_UnprotectedPupilForTheSameCaller_IsShown(string field, string selection, string kept, string notCleared, string cleared)
    {
        // arrange
        _ = (field, cleared);
        var id = PupilWithNamedRecords(protectedIdentity: false);

        // act
        var response = await hub.ClientFor(notCleared).PostAsync(Query.Replace("SELECTION", selection, StringComparison.Ordinal), new { id });

        // assert
        Assert.Null(response.Errors);
        Assert.Contains(response.Body.SelectTokens("$.data..b"), v => v.ToString().Contains(kept, StringComparison.Ordinal));
    }

    /// <summary>
    /// A pupil of Klubbacksskolan with an open report at the district's reception, an open
    /// investigation (so the investigating unit is cleared) and a school social team's case (so the
    /// team, not cleared, sees the pupil), a placement, a SIP with a meeting, a
    /// withdrawn consent, and guardians' phone numbers, each naming someone.
    /// </summary>
    private string PupilWithNamedRecords(bool protectedIdentity) => hub.WithDb(db =>
    {
        var s = new Scenario(db);
        var pupil = s.PupilRelatedTo("school-principal", protectedIdentity);
        var today = Scenario.Today;
        var reception = s.Unit("social:hagersten-alvsjo:reception");
        var investigation = s.Unit("social:hagersten-alvsjo:investigation");
        var school = s.Unit("school:klubbacksskolan");
        var group = s.Unit("group:tellusborgsskolan-rsu");
        db.Interventions.Add(new ReportOfConcern
        {
            PupilId = pupil.Id,
            UnitId = reception.Id,
            OwnerAgency = Agency.SocialServices,
            OwnerAuthority = reception.Authority,
            OpenedOn = today.AddDays(-3),
            AssessmentDueOn = today.AddDays(11),
            ReporterKind = ReporterKind.School,
            ReporterName = "Concern Reporter",
            ReporterContact = "reporter@klubbacksskolan.example",
        });
        db.Interventions.Add(new Investigation
        {
            PupilId = pupil.Id,
            UnitId = investigation.Id,
            OwnerAgency = Agency.SocialServices,
            OwnerAuthority = investigation.Authority,
            OpenedOn = today.AddDays(-2),
            DueOn = today.AddMonths(4),
            Origin = InvestigationOrigin.ReportOfConcern,
        });
        var team = s.Unit("social:hagersten-alvsjo:preventive");
        db.Interventions.Add(new SchoolSocialTeamCase
        {
            PupilId = pupil.Id,
            UnitId = team.Id,
            OwnerAgency = Agency.SocialServices,
            OwnerAuthority = team.Authority,
            OpenedOn = today.AddDays(-20),
            Track = SchoolSocialTeamTrack.Sst,
        });
        db.Placements.Add(new Placement
        {
            PupilId = pupil.Id,
            Level = PlacementLevel.Rsu,
            GroupId = group.Id,
            DecidedByUnitId = school.Id,
            DecidedBy = "Placement Decider",
            DecidedOn = today.AddMonths(-1),
            EnrolledAtId = school.Id,
            StartsOn = today.AddMonths(-1),
            NextReviewOn = today.AddMonths(3),
            OwnerAuthority = group.Authority,
        });
        var sip = new Sip { PupilId = pupil.Id, InitiatedByUnitId = school.Id, CreatedOn = today.AddMonths(-1), Goal = "Regular attendance." };
        sip.Participants.Add(new SipParticipant { UnitId = school.Id, Authority = school.Authority, CoordinatorName = "Sip Coordinator", LeadsCoordination = true, Responsibility = "Schooling." });
        sip.Participants.Add(new SipParticipant { UnitId = investigation.Id, Authority = investigation.Authority, CoordinatorName = "Sip Coordinator", Responsibility = "Support at home." });
        sip.Meetings.Add(new SipMeeting { HeldOn = today.AddDays(-7), Notes = "Agreed on a plan.", RecordedBy = "Meeting Recorder" });
        db.Sips.Add(sip);
        var guardians = s.GuardiansOf(pupil);
        foreach (var guardian in guardians)
        {
            guardian.Phone = "070-000 11 22";
        }

        db.SaveChanges();
        var consent = s.Consent(pupil, Agency.SocialServices, guardians, withdrawn: true);
        consent.RecordedBy = "Consent Recorder";
        consent.WithdrawnByGuardianId = guardians[0].Id;
        guardians[0].FamilyName = "Consent Withdrawer";
        db.SaveChanges();
        return GlobalId.Encode("Pupil", pupil.Id);
    });
}
