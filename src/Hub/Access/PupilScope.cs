using System.Linq.Expressions;
using Hub.Interventions;
using Hub.Organisation;
using Hub.Pupils;

namespace Hub.Access;

/// <summary>
/// The relationship rule, as predicates the database evaluates: a caller sees a pupil only through
/// an active relationship of its own unit. Anything not listed here sees nobody.
/// </summary>
internal static class PupilScope
{
    private static readonly InterventionKind[] SocialServicesCases =
    [
        InterventionKind.ReportOfConcern, InterventionKind.PreliminaryAssessment, InterventionKind.Investigation,
        InterventionKind.SocialServicesIntervention, InterventionKind.SchoolSocialTeamCase,
    ];

    public static Expression<Func<Pupil, bool>> Relationship(Caller caller, DateOnly today)
    {
        var unit = caller.UnitId;
        var authority = caller.Authority;
        return (caller.Agency, caller.UnitKind) switch
        {
            // The school where the pupil is enrolled, or which hosts the group the pupil is placed in.
            (Agency.School, UnitKind.School) => p =>
                p.Enrolments.Any(e => e.SchoolId == unit && e.StartsOn <= today && (e.EndsOn == null || e.EndsOn > today))
                || p.Placements.Any(pl => (pl.GroupId == unit || pl.Group.HostSchoolId == unit)
                    && pl.StartsOn <= today && (pl.EndsOn == null || pl.EndsOn > today)),

            // The group the pupil is placed in.
            (Agency.School, UnitKind.TeachingGroup) => p =>
                p.Placements.Any(pl => pl.GroupId == unit && pl.StartsOn <= today && (pl.EndsOn == null || pl.EndsOn > today)),

            // The pupil-health unit, for the placements it decided.
            (Agency.School, UnitKind.PupilHealthUnit) => p =>
                p.Placements.Any(pl => pl.DecidedByUnitId == unit && pl.StartsOn <= today && (pl.EndsOn == null || pl.EndsOn > today)),

            // The district's social services, with an open case in any of its units.
            (Agency.SocialServices, _) => p => p.Interventions.Any(i =>
                i.OwnerAuthority == authority && SocialServicesCases.Contains(i.Kind)
                && i.OpenedOn <= today && (i.ClosedOn == null || i.ClosedOn > today)),

            // The BUP clinic treating the pupil; the police area with an SSPF case.
            (Agency.Bup, UnitKind.BupClinic) => p => p.Interventions.Any(i =>
                i.UnitId == unit && i.Kind == InterventionKind.BupContact && i.OpenedOn <= today && (i.ClosedOn == null || i.ClosedOn > today)),
            (Agency.Police, UnitKind.PoliceArea) => p => p.Interventions.Any(i =>
                i.UnitId == unit && i.Kind == InterventionKind.SspfCase && i.OpenedOn <= today && (i.ClosedOn == null || i.ClosedOn > today)),

            _ => p => false,
        };
    }

    /// <summary>
    /// Who may know where a pupil with a protected identity is: the principal of the school the
    /// pupil is enrolled at, and the social-services unit investigating the pupil's situation.
    /// </summary>
    public static Expression<Func<Pupil, bool>> ClearedForProtectedLocation(Caller caller, DateOnly today)
    {
        var unit = caller.UnitId;
        return caller.Role switch
        {
            Role.Principal => p => p.Enrolments.Any(e => e.SchoolId == unit && e.StartsOn <= today && (e.EndsOn == null || e.EndsOn > today)),
            Role.Investigator => p => p.Interventions.Any(i =>
                i.UnitId == unit && i.Kind == InterventionKind.Investigation && i.OpenedOn <= today && (i.ClosedOn == null || i.ClosedOn > today)),
            _ => p => false,
        };
    }
}
