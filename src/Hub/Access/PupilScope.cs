using Hub.Interventions;
using Hub.Organisation;
using Hub.Pupils;

namespace Hub.Access;

/// <summary>
/// The relationship rule, written into the query: a caller sees a pupil only through an active
/// relationship of its own unit. Anything not listed here sees nobody.
/// </summary>
internal static class PupilScope
{
    private static readonly InterventionKind[] SocialServicesCases =
    [
        InterventionKind.ReportOfConcern, InterventionKind.PreliminaryAssessment, InterventionKind.Investigation,
        InterventionKind.SocialServicesIntervention, InterventionKind.SchoolSocialTeamCase,
    ];

    public static IQueryable<Pupil> VisibleTo(this IQueryable<Pupil> pupils, Caller caller, DateOnly today)
    {
        var unit = caller.UnitId;
        return (caller.Agency, caller.UnitKind) switch
        {
            // The school where the pupil is enrolled, or which hosts the group the pupil is placed in.
            (Agency.School, UnitKind.School) => pupils.Where(p =>
                p.Enrolments.Any(e => e.SchoolId == unit && e.StartsOn <= today && (e.EndsOn == null || e.EndsOn > today))
                || p.Placements.Any(pl => (pl.GroupId == unit || pl.Group.HostSchoolId == unit)
                    && pl.StartsOn <= today && (pl.EndsOn == null || pl.EndsOn > today))),

            // The group the pupil is placed in.
            (Agency.School, UnitKind.TeachingGroup) => pupils.Where(p =>
                p.Placements.Any(pl => pl.GroupId == unit && pl.StartsOn <= today && (pl.EndsOn == null || pl.EndsOn > today))),

            // The pupil-health unit, for the placements it decided.
            (Agency.School, UnitKind.PupilHealthUnit) => pupils.Where(p =>
                p.Placements.Any(pl => pl.DecidedByUnitId == unit && pl.StartsOn <= today && (pl.EndsOn == null || pl.EndsOn > today))),

            // The district's social services, with an open case in any of its units.
            (Agency.SocialServices, _) => pupils.Where(p => p.Interventions.Any(i =>
                i.OwnerAuthority == caller.Authority && SocialServicesCases.Contains(i.Kind)
                && i.OpenedOn <= today && (i.ClosedOn == null || i.ClosedOn > today))),

            // The BUP clinic treating the pupil; the police area with an SSPF case.
            (Agency.Bup, UnitKind.BupClinic) => pupils.Where(p => p.Interventions.Any(i =>
                i.UnitId == unit && i.Kind == InterventionKind.BupContact && i.OpenedOn <= today && (i.ClosedOn == null || i.ClosedOn > today))),
            (Agency.Police, UnitKind.PoliceArea) => pupils.Where(p => p.Interventions.Any(i =>
                i.UnitId == unit && i.Kind == InterventionKind.SspfCase && i.OpenedOn <= today && (i.ClosedOn == null || i.ClosedOn > today))),

            _ => pupils.Where(_ => false),
        };
    }
}
