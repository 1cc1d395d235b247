using System.Linq.Expressions;
using Hub.Data;
using Hub.Identity;
using Hub.Records;

namespace Hub.Access;

/// <summary>
/// The relationship rule, as predicates the database evaluates: a caller sees a pupil only through
/// an active relationship of its own unit. Anything not listed here sees nobody. Each rule starts
/// from the unit's own rows (its enrolments, placements, cases) through their indexes, so it costs
/// the unit's pupils, not the city's.
/// </summary>
internal static class PupilScope
{
    private static readonly InterventionKind[] SocialServicesCases =
    [
        InterventionKind.ReportOfConcern, InterventionKind.PreliminaryAssessment, InterventionKind.Investigation,
        InterventionKind.SocialServicesIntervention, InterventionKind.SchoolSocialTeamCase,
    ];

    public static Expression<Func<Pupil, bool>> Relationship(HubDbContext db, Caller caller, DateOnly today)
    {
        var related = RelatedPupilIds(db, caller, today);
        return p => related.Contains(p.Id);
    }

    /// <summary>
    /// Who may know where a pupil with a protected identity is: the principal of the school the
    /// pupil is enrolled at, and the social-services unit investigating the pupil's situation.
    /// </summary>
    public static Expression<Func<Pupil, bool>> ClearedForProtectedLocation(HubDbContext db, Caller caller, DateOnly today)
    {
        var unit = caller.UnitId;
        IQueryable<int> cleared = caller.Role switch
        {
            Role.Principal => db.Enrolments.Where(e => e.SchoolId == unit && e.StartsOn <= today && (e.EndsOn == null || e.EndsOn > today)).Select(e => e.PupilId),
            Role.Investigator => db.Interventions.Where(i => i.UnitId == unit && i.Kind == InterventionKind.Investigation
                && i.OpenedOn <= today && (i.ClosedOn == null || i.ClosedOn > today)).Select(i => i.PupilId),
            _ => db.Pupils.Where(_ => false).Select(p => p.Id),
        };
        return p => cleared.Contains(p.Id);
    }

    private static IQueryable<int> RelatedPupilIds(HubDbContext db, Caller caller, DateOnly today)
    {
        var unit = caller.UnitId;
        var authority = caller.Authority;
        var placements = db.Placements.Where(pl => pl.StartsOn <= today && (pl.EndsOn == null || pl.EndsOn > today));
        var open = db.Interventions.Where(i => i.OpenedOn <= today && (i.ClosedOn == null || i.ClosedOn > today));
        return (caller.Agency, caller.UnitKind) switch
        {
            // The school where the pupil is enrolled, or which hosts the group the pupil is placed in.
            (Agency.School, UnitKind.School) => db.Enrolments
                .Where(e => e.SchoolId == unit && e.StartsOn <= today && (e.EndsOn == null || e.EndsOn > today)).Select(e => e.PupilId)
                .Concat(placements.Where(pl => pl.GroupId == unit || pl.Group.HostSchoolId == unit).Select(pl => pl.PupilId)),

            // The group the pupil is placed in; the pupil-health unit, for the placements it decided.
            (Agency.School, UnitKind.TeachingGroup) => placements.Where(pl => pl.GroupId == unit).Select(pl => pl.PupilId),
            (Agency.School, UnitKind.PupilHealthUnit) => placements.Where(pl => pl.DecidedByUnitId == unit).Select(pl => pl.PupilId),

            // The district's social services, with an open case in any of its units.
            (Agency.SocialServices, _) => open.Where(i => i.OwnerAuthority == authority && SocialServicesCases.Contains(i.Kind)).Select(i => i.PupilId),

            // The BUP clinic treating the pupil; the police area with an SSPF case.
            (Agency.Bup, UnitKind.BupClinic) => open.Where(i => i.UnitId == unit && i.Kind == InterventionKind.BupContact).Select(i => i.PupilId),
            (Agency.Police, UnitKind.PoliceArea) => open.Where(i => i.UnitId == unit && i.Kind == InterventionKind.SspfCase).Select(i => i.PupilId),

            _ => db.Pupils.Where(_ => false).Select(p => p.Id),
        };
    }
}
