using Hub.Records;
using static Hub.Seeding.CaseScenario;
using static Hub.Seeding.ConsentScenario;
using static Hub.Seeding.ScriptedPlacement;
using static Hub.Seeding.SharingContext;

namespace Hub.Seeding;

internal enum ScriptedPlacement
{
    None,
    Rsu,
    RsuReviewOverdue,
    RsuEnded,
    RsuAfterSchoolLevel,
    SchoolLevel,
    CsuBromma,
    CsuBrommaEnded,
}

internal sealed record ScriptedConsent(ConsentScenario Scenario, SharingContext Context);

/// <summary>A pupil the demo walk-throughs rely on; the random city is generated around them.</summary>
internal sealed record ScriptedPupil(
    string School,
    int Grade,
    ScriptedPlacement Placement,
    CaseScenario[] Cases,
    bool Sip = false,
    ScriptedConsent? Consent = null,
    bool Protected = false,
    bool DemoGuardian = false,
    ConsentRequestStatus? AskedForConsent = null,
    bool SchoolAsked = false,
    bool CsuRecommended = false);

/// <summary>
/// The pupils the demo personas meet: the RSU at Tellusborgsskolan with its Klubbacksskolan pupils,
/// Hägersten-Älvsjö's social services, BUP Liljeholmen, police area Stockholm syd and CSU Bromma.
/// They are seeded at every scale so that a demo reads the same on the city-sized database.
/// </summary>
internal static class ScriptedPupils
{
    private const string Klubbacken = "school:klubbacksskolan";
    private const string Tellusborg = "school:tellusborgsskolan";
    private const string Alvsjo = "school:alvsjo-skola";

    public static readonly ScriptedPupil[] All =
    [
        // Tellusborgsskolan's RSU: nine pupils now, five from Klubbacksskolan; three have no contact with social services.
        new(Klubbacken, 8, RsuReviewOverdue, [InvestigationOpen, SchoolSocialTeamOpen, BupOpen], Sip: true, Consent: new(Active, SocialToSchool)),
        new(Klubbacken, 7, Rsu, [ReportAssessmentOverdue, SchoolSocialTeamOpen, BupOpen], Sip: true, Consent: new(MissingSignature, SocialToSchool)),
        new(Klubbacken, 9, Rsu, [InvestigationOverdue, InterventionOpen, SspfOpen], Consent: new(Active, SocialToSchool), SchoolAsked: true),
        new(Klubbacken, 6, Rsu, [SchoolSocialTeamOpen, BupOpen], Sip: true, Consent: new(Active, SocialToSchool)),
        // Theo, the README's worked example: his mother is the demo guardian persona.
        new(Klubbacken, 9, RsuAfterSchoolLevel, [], DemoGuardian: true),
        new(Tellusborg, 8, Rsu, [ReportAwaitingAssessment, SchoolSocialTeamOpen], Consent: new(Withdrawn, SocialToSchool), Protected: true),
        new(Tellusborg, 5, RsuReviewOverdue, []),
        new(Alvsjo, 7, Rsu, [SspfOpen, InterventionClosed], Consent: new(Expired, SocialToSchool)),
        new(Alvsjo, 9, Rsu, []),
        new(Klubbacken, 8, RsuEnded, [InvestigationClosed]),

        // Around them in Hägersten-Älvsjö: a protected pupil, a school-level group, open and closed cases.
        new(Klubbacken, 4, None, [SchoolSocialTeamOpen], Consent: new(Active, SchoolSocialTeam), Protected: true),
        new(Klubbacken, 5, SchoolLevel, [ReportNoInvestigation]),
        // The pupil-health unit recommends the pupil for CSU Bromma: Nockebyhovsskolan's principal has it to decide.
        new(Tellusborg, 6, None, [InvestigationClosed, BupClosed], CsuRecommended: true),
        new(Alvsjo, 8, None, [SchoolSocialTeamClosed, SspfClosed, BupClosed]),
        new(Alvsjo, 3, None, [ReportAwaitingAssessment]),
        new(Tellusborg, 7, None, [ApplicationInvestigation], AskedForConsent: ConsentRequestStatus.Declined),

        // CSU Bromma: three pupils placed now (one from Hägersten-Älvsjö), one earlier.
        new("school:abrahamsbergsskolan", 6, CsuBromma, [BupOpen], Sip: true),
        new("school:tensta-grundskola", 8, CsuBromma, [InterventionOpen]),
        new(Alvsjo, 7, CsuBromma, [InvestigationOpen], AskedForConsent: ConsentRequestStatus.Open, SchoolAsked: true),
        new("school:kvarnbackaskolan", 9, CsuBrommaEnded, []),

        // The other police areas' own SSPF cases.
        new("school:rinkebyskolan", 8, None, [SspfOpen]),
        new("school:eriksdalsskolan", 9, None, [SspfClosed, BupOpen]),
    ];
}
