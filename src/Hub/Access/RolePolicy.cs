using Hub.Interventions;
using C = Hub.Access.DataCategory;

namespace Hub.Access;

/// <summary>
/// The least each role needs (minimisation): categories outside a role's list are denied even on
/// records the caller's own authority produced.
/// </summary>
public static class RolePolicy
{
    private static readonly Dictionary<Role, HashSet<DataCategory>> Readable = new()
    {
        [Role.Teacher] = [C.Identity, C.Enrolment, C.Placement, C.Absence],
        [Role.Principal] = [C.Identity, C.Guardians, C.Enrolment, C.Placement, C.Absence, C.Sip, C.Consent],
        [Role.PupilHealthOfficer] = [C.Identity, C.Guardians, C.Enrolment, C.Placement, C.Absence, C.Sip, C.Consent],
        [Role.Investigator] = [C.Identity, C.Guardians, C.ReportOfConcern, C.Investigation, C.SocialServicesIntervention, C.SchoolSocialTeam, C.Sip, C.Consent],
        [Role.SchoolSocialWorker] = [C.Identity, C.Guardians, C.SchoolSocialTeam, C.Sip],
        [Role.SocialContactPerson] = [C.Identity, C.ReportOfConcern],
        [Role.Clinician] = [C.Identity, C.Guardians, C.BupContact, C.Sip, C.Consent],
        [Role.PoliceOfficer] = [C.Identity, C.PoliceSspf],
        [Role.DataProtectionOfficer] = [C.AccessLog],
    };

    public static bool Permits(Role role, DataCategory category) =>
        category == C.Directory || Readable[role].Contains(category);

    public static IReadOnlySet<DataCategory> CategoriesOf(Role role) => Readable[role];

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

    /// <summary>The intervention kinds whose category the role may read.</summary>
    public static InterventionKind[] ReadableKinds(Role role) =>
        Enum.GetValues<InterventionKind>().Where(k => Permits(role, CategoryOf(k))).ToArray();
}
