using Hub.Records;

namespace Hub.Identity;

/// <summary>
/// A fictitious member of staff in the demo city, with a token the hub signs in Development.
/// <see cref="Sees"/> says what the persona may see; the persona page, the <c>personas</c> command
/// and the README's persona table all show it (a test holds the README to it).
/// </summary>
/// <remarks>A family persona (agency <see cref="Agency.Family"/>) has no unit; its token carries its personal identity number instead.</remarks>
public sealed record Persona(string Name, string PersonId, string DisplayName, Agency Agency, Role Role, string UnitCode, string Sees, string? PersonalIdentityNumber = null);

public static class Personas
{
    public static readonly IReadOnlyList<Persona> All =
    [
        new("school-teacher", "p-1001", "Sara Lind", Agency.School, Role.Teacher, "school:klubbacksskolan",
            "Pupils enrolled at Klubbacksskolan or placed in its groups: identity, enrolment, placements, absence."),
        new("school-principal", "p-1002", "Johan Ek", Agency.School, Role.Principal, "school:klubbacksskolan",
            "As the teacher, plus guardians and the SIPs the school takes part in."),
        new("rsu-teacher", "p-1003", "Maria Holm", Agency.School, Role.Teacher, "group:tellusborgsskolan-rsu",
            "Pupils placed in Tellusborgsskolan's RSU (Hägersten-Älvsjö)."),
        new("csu-teacher", "p-1004", "Per Strand", Agency.School, Role.Teacher, "group:csu-bromma",
            "Pupils placed in the CSU group in Bromma."),
        new("csu-host-principal", "p-1006", "Maja Viklund", Agency.School, Role.Principal, "school:nockebyhovsskolan",
            "As a principal, for Nockebyhovsskolan, the school CSU Bromma belongs to: its pupils and the group's, and the pupil-health unit's recommendations of a place in CSU Bromma that wait for her decision (`csuRecommendationsToDecide`, `placeInCsu`)."),
        new("elevhalsa-officer", "p-1005", "Lena Berg", Agency.School, Role.PupilHealthOfficer, "education:pupil-health",
            "Pupils the central pupil-health unit has assessed for a CSU place while the principal's decision is pending, and pupils placed in CSU on its assessment."),
        new("social-investigator", "p-2001", "Karin Åberg", Agency.SocialServices, Role.Investigator, "social:hagersten-alvsjo:investigation",
            "Pupils with an open report, assessment, investigation or intervention at Hägersten-Älvsjö social services, with the district's records of them (school social team work included); not pupils whose only case is the team's."),
        new("sst-social-worker", "p-2002", "Ali Hassan", Agency.SocialServices, Role.SchoolSocialWorker, "social:hagersten-alvsjo:preventive",
            "Pupils with an open case of Hägersten-Älvsjö's school social team itself: its work with them, the district's investigation of them (with its handler), and the consents it takes part in; the RSU pupils of the schools it works at whose family consented to the school telling it; not pupils whose only case is a pending report."),
        new("social-contact-person", "p-2003", "Eva Nord", Agency.SocialServices, Role.SocialContactPerson, "social:hagersten-alvsjo:reception",
            "Pupils with an open report of concern or assessment at Hägersten-Älvsjö social services, and only the reports; not pupils whose only case is school social team work or an intervention."),
        new("social-manager", "p-2004", "Helena Strömberg", Agency.SocialServices, Role.UnitManager, "social:hagersten-alvsjo:investigation",
            "No pupil's data: the manager of Hägersten-Älvsjö's investigation unit follows up the emergency accesses the unit's own staff opened (`emergencyAccesses`, `reviewEmergencyAccess`); never another unit's, nor one of her own."),
        new("bup-clinician", "p-3001", "Nils Dahl", Agency.Bup, Role.Clinician, "bup:liljeholmen",
            "Pupils with an active contact at BUP Liljeholmen."),
        new("forsta-linjen-clinician", "p-3101", "Sofia Lund", Agency.FirstLinePsychiatry, Role.Clinician, "forsta-linjen:liljeholmen",
            "Pupils in an open SIP that Vårdcentralen Liljeholmen's first-line unit takes part in, while the SIP's consent lets it cross to first-line psychiatry: the plan, and what else a consent gives it."),
        new("habilitation-clinician", "p-3201", "Omar Said", Agency.Habilitation, Role.Clinician, "habilitering:liljeholmen",
            "Pupils in an open SIP that Habiliteringen Liljeholmen takes part in, while the SIP's consent lets it cross to habilitation: the plan, and what else a consent gives it."),
        new("fritid-leader", "p-5001", "Jonas Berg", Agency.Leisure, Role.LeisureLeader, "leisure:hagersten-alvsjo",
            "Pupils of whom a consent lets social services tell Hägersten-Älvsjö's leisure (fritidsgårdar) for SSPF, and only that: who the pupil is and the interventions running. Never health care, reports, investigations, the police's cases, guardians or school records."),
        new("police-sspf", "p-4001", "Anna Sjö", Agency.Police, Role.PoliceOfficer, "police:stockholm-syd",
            "Pupils with an open SSPF case in police area Stockholm syd."),
        new("dpo", "p-9001", "Gustav Falk", Agency.Oversight, Role.DataProtectionOfficer, "oversight:dpo",
            "No pupil's data: the data-protection officer follows up the access log, guardian reports and the record of changes."),
        new("population-register", "s-5001", "Folkbokföringens avisering", Agency.PopulationRegister, Role.PopulationRegister, "register:folkbokforing",
            "No pupil's data: the population register's system client tells the hub of any child's registered district, protected identity and custody (`notifyRegisteredDistrict`, `notifyProtectedIdentity`, `notifyCustody`) and gets the same receipt whether or not the hub holds the child."),
        new("guardian", "f-0001", "Ingrid Hansson", Agency.Family, Role.Guardian, "", GuardianSees, GuardianNumber),
    ];

    /// <summary>The demo guardian's personal identity number: the seeding gives it to a guardian of Theo Hansson, the README's worked example.</summary>
    public const string GuardianNumber = "198204152386";

    private const string GuardianSees =
        "The family's own view (`family`): her children's consents, what the family was asked for, and who has read their data; she can sign, withdraw a consent or one provision, and give or decline a request; no staff names.";

    /// <summary>The staff personas: every one but the family's.</summary>
    public static IEnumerable<Persona> Staff => All.Where(p => p.Agency != Agency.Family);

    public static Persona? Find(string name) => All.FirstOrDefault(p => p.Name == name);
}
