using Hub.Records;
using C = Hub.Records.DataCategory;

namespace Hub.Access;

/// <summary>
/// The most each role may read, on whatever basis (minimisation): a category outside a role's
/// list is denied even with a consent or a legal basis. Within the list, each read still needs a
/// basis for the pupil at hand (see <see cref="AccessDecisions"/>).
/// </summary>
public static class RolePolicy
{
    private static readonly Dictionary<Role, HashSet<DataCategory>> Readable = new()
    {
        [Role.Teacher] = [C.Identity, C.Enrolment, C.Placement, C.Absence, C.SocialServicesIntervention, C.SchoolSocialTeam, C.Sip],
        [Role.Principal] = [C.Identity, C.Guardians, C.Enrolment, C.Placement, C.Absence, C.ReportOfConcern, C.Investigation,
            C.SocialServicesIntervention, C.SchoolSocialTeam, C.BupContact, C.Sip, C.Consent, C.CsuAssessment],
        [Role.PupilHealthOfficer] = [C.Identity, C.Guardians, C.Enrolment, C.Placement, C.Absence, C.SocialServicesIntervention,
            C.SchoolSocialTeam, C.BupContact, C.Sip, C.Consent, C.CsuAssessment],
        // Investigators read what the duty to inform gives an investigation: the school's, BUP's and the police's records.
        [Role.Investigator] = [C.Identity, C.Guardians, C.Enrolment, C.Placement, C.Absence, C.ReportOfConcern, C.Investigation,
            C.SocialServicesIntervention, C.SchoolSocialTeam, C.BupContact, C.PoliceSspf, C.Sip, C.Consent],

        // The preventive unit's social workers do SSPF too: they read the police's SSPF cases under the exchange (OSL 10 kap. 18 a §).
        // They read the investigations of the pupils they work with (seed 004: school social teams tied to the investigators);
        // the relationship (PupilScope) keeps that to their own cases' pupils, and never gives them a report.
        [Role.SchoolSocialWorker] = [C.Identity, C.Guardians, C.Enrolment, C.Placement, C.Absence, C.Investigation, C.SocialServicesIntervention, C.SchoolSocialTeam,
            C.PoliceSspf, C.Sip, C.Consent],
        [Role.SocialContactPerson] = [C.Identity, C.ReportOfConcern],
        [Role.Clinician] = [C.Identity, C.Guardians, C.Enrolment, C.Placement, C.Absence, C.SocialServicesIntervention,
            C.SchoolSocialTeam, C.BupContact, C.Sip, C.Consent],
        // Under the SSPF exchange the police learn whether social services has interventions running; never its reports or investigations.
        [Role.PoliceOfficer] = [C.Identity, C.SocialServicesIntervention, C.PoliceSspf],

        // A leisure leader in SSPF learns, on consent only, that social services has an intervention running: what a youth
        // centre needs to pull the same way. Never health care, reports, investigations, the police's cases, guardians or school records.
        [Role.LeisureLeader] = [C.Identity, C.SocialServicesIntervention],
        [Role.DataProtectionOfficer] = [C.AccessLog, C.EmergencyFollowUp],

        // A manager reads no pupil's data by being one: only the follow-up of its own unit's emergency accesses (EmergencyFollowUp).
        [Role.UnitManager] = [C.EmergencyFollowUp],

        // The population register tells the hub what it records about everyone and learns nothing back: no category at all.
        [Role.PopulationRegister] = [],
    };

    private static readonly HashSet<Role> FullIdentityNumber = [Role.Investigator, Role.Principal, Role.PupilHealthOfficer];

    public static bool Reads(Role role, DataCategory category) =>
        category == C.Directory || Readable[role].Contains(category);

    public static IReadOnlySet<DataCategory> CategoriesOf(Role role) => Readable[role];

    /// <summary>
    /// The first of an agency's categories the role may not read, when it may read none of them;
    /// null when it reads at least one. What an agency writes about its own part with a pupil
    /// (a SIP responsibility) is as sensitive as its records, so it follows the same ceiling.
    /// </summary>
    public static DataCategory? AboveCeiling(Role role, Agency agency)
    {
        var keeper = DataCategories.SecretAs(agency);
        var produced = DataCategories.AboutPupils.Where(c => DataCategories.ProducedBy(c) == keeper).ToList();
        return produced.Count == 0 || produced.Exists(c => Reads(role, c)) ? null : produced[0];
    }

    /// <summary>Only roles that must tell people apart with certainty see the whole personal identity number.</summary>
    public static bool SeesFullIdentityNumber(Role role) => FullIdentityNumber.Contains(role);

    /// <summary>The category an intervention record belongs to.</summary>
    public static DataCategory CategoryOf(InterventionKind kind) => kind switch
    {
        InterventionKind.ReportOfConcern or InterventionKind.PreliminaryAssessment => C.ReportOfConcern,
        InterventionKind.Investigation => C.Investigation,
        InterventionKind.SocialServicesIntervention => C.SocialServicesIntervention,
        InterventionKind.SchoolSocialTeamCase => C.SchoolSocialTeam,
        InterventionKind.BupContact => C.BupContact,
        InterventionKind.SspfCase => C.PoliceSspf,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The categories intervention records fall into: the categories of the pupil's <c>interventions</c>.</summary>
    public static readonly DataCategory[] InterventionCategories = Enum.GetValues<InterventionKind>().Select(CategoryOf).Distinct().ToArray();

    /// <summary>The intervention kinds of a category.</summary>
    public static InterventionKind[] KindsOf(DataCategory category) =>
        Enum.GetValues<InterventionKind>().Where(k => CategoryOf(k) == category).ToArray();
}
