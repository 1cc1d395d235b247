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
internal static partial class PupilScope
{
    /// <summary>
    /// Need to know inside a district's social services: which open cases put a pupil in the scope
    /// of each role, and whose cases they are (the district's, or the caller's own unit's). One
    /// district is one authority, but its units do different work, so "any open case in the
    /// district" is not a reason to know a child:
    /// <list type="bullet">
    /// <item>reception (contact persons) receives reports and makes the preliminary assessment:
    /// pupils with an open report of concern or assessment at the district, and no others: a
    /// school social team's or an intervention's pupil is not its business;</item>
    /// <item>investigators work on the authority side: the district's open reports and assessments
    /// (an assessment may open their investigation, and they receive reports too), investigations and
    /// interventions. A school social team's case alone is not one of them: it is voluntary,
    /// preventive help that no report started, and the authority side has no need to
    /// know of it; once a report or an investigation brings the pupil in, the team's case is among
    /// the district's records the investigator reads (the tighter link the 2024 motion asks for);</item>
    /// <item>a school social team (preventive unit) sees the pupils it works with: open cases its own
    /// unit keeps (its team cases, and an intervention it runs). Of such a pupil it reads the district's
    /// investigation too, with its handler, so an investigation opening is an event the team receives and
    /// the team can reach the investigator (the 2024 motion); another district's investigation only with the
    /// family's consent, which that district's social services recorded. The schools it serves, the schools of
    /// its district in the directory, are where its pupils are, not a reason to see one: attending such
    /// a school, or its RSU group, says nothing about need: an RSU pupil comes into its sight only when
    /// the family consented to the school telling the team (<see cref="RsuPupilsOnConsent"/>). A pending
    /// report is reception's, so its pupil stays out of the team's sight (name, guardians' phone numbers)
    /// until the team opens a case.</item>
    /// </list>
    /// A role not in the table sees no pupil of social services.
    /// </summary>
    private static readonly Dictionary<Role, (KeptBy KeptBy, InterventionKind[] Kinds)> SocialServicesNeeds = new()
    {
        [Role.SocialContactPerson] = (KeptBy.District, [InterventionKind.ReportOfConcern, InterventionKind.PreliminaryAssessment]),
        [Role.Investigator] = (KeptBy.District,
        [
            InterventionKind.ReportOfConcern, InterventionKind.PreliminaryAssessment, InterventionKind.Investigation,
            InterventionKind.SocialServicesIntervention,
        ]),
        [Role.SchoolSocialWorker] = (KeptBy.OwnUnit, [InterventionKind.SchoolSocialTeamCase, InterventionKind.SocialServicesIntervention]),
    };

    public static Expression<Func<Pupil, bool>> Relationship(HubDbContext db, Caller caller, Grants grants, DateOnly today)
    {
        var related = RelatedPupilIds(db, caller, grants, today);
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

    private static IQueryable<int> RelatedPupilIds(HubDbContext db, Caller caller, Grants grants, DateOnly today)
    {
        // A role that reads no pupil's data (a unit's manager) has no relationship with any pupil, whatever its unit's.
        if (!DataCategories.AboutPupils.Any(c => RolePolicy.Reads(caller.Role, c)))
        {
            return db.Pupils.Where(_ => false).Select(p => p.Id);
        }

        var unit = caller.UnitId;
        var authority = caller.Authority;
        var placements = db.Placements.Where(pl => pl.StartsOn <= today && (pl.EndsOn == null || pl.EndsOn > today));
        var open = db.Interventions.Where(i => i.OpenedOn <= today && (i.ClosedOn == null || i.ClosedOn > today));
        var openAssessments = db.CsuAssessments.Where(a => a.Status == CsuAssessmentStatus.Open);
        var principal = caller.Role == Role.Principal;
        return (caller.Agency, caller.UnitKind) switch
        {
            // The school where the pupil is enrolled, or which hosts the group the pupil is placed in; and its
            // principal, who decides, for a CSU place recommended in one of its groups and not yet decided.
            (Agency.School, UnitKind.School) => db.Enrolments
                .Where(e => e.SchoolId == unit && e.StartsOn <= today && (e.EndsOn == null || e.EndsOn > today)).Select(e => e.PupilId)
                .Concat(placements.Where(pl => pl.GroupId == unit || pl.Group.HostSchoolId == unit).Select(pl => pl.PupilId))
                .Concat(openAssessments.Where(a => principal && a.Recommendation == CsuRecommendation.Recommended && a.Group!.HostSchoolId == unit)
                    .Select(a => a.PupilId)),

            // The group the pupil is placed in; the pupil-health unit, for its assessments still to decide and the
            // CSU placements decided on its assessments.
            (Agency.School, UnitKind.TeachingGroup) => placements.Where(pl => pl.GroupId == unit).Select(pl => pl.PupilId),
            (Agency.School, UnitKind.PupilHealthUnit) => openAssessments.Where(a => a.AssessedByUnitId == unit).Select(a => a.PupilId)
                .Concat(placements.Where(pl => pl.CsuAssessment!.AssessedByUnitId == unit).Select(pl => pl.PupilId)),

            // The district's social services, by need to know: each role through its own kinds of open case (see SocialServicesNeeds).
            (Agency.SocialServices, _) => SocialServicesCases(open, caller).Concat(RsuPupilsOnConsent(db, placements, caller, grants)),

            // The BUP clinic treating the pupil; the police area with an SSPF case.
            (Agency.Bup, UnitKind.BupClinic) => open.Where(i => i.UnitId == unit && i.Kind == InterventionKind.BupContact).Select(i => i.PupilId),
            (Agency.Police, UnitKind.PoliceArea) => open.Where(i => i.UnitId == unit && i.Kind == InterventionKind.SspfCase).Select(i => i.PupilId),

            // First-line psychiatry, habilitation and leisure keep no records here: only a consent brings a pupil to them (see ByConsent).
            _ when ByConsent.ContainsKey(caller.Agency) => ThroughConsent(db, caller, grants, today),

            _ => db.Pupils.Where(_ => false).Select(p => p.Id),
        };
    }

    /// <summary>
    /// The pupils with an open case of the role's kinds: kept by the caller's unit (through the
    /// unit's index) or by its district's authority (through the authority's).
    /// </summary>
    private static IQueryable<int> SocialServicesCases(IQueryable<Intervention> open, Caller caller)
    {
        if (!SocialServicesNeeds.TryGetValue(caller.Role, out var need))
        {
            return open.Where(_ => false).Select(i => i.PupilId);
        }

        var (unit, authority, kinds) = (caller.UnitId, caller.Authority, need.Kinds);
        var cases = need.KeptBy == KeptBy.OwnUnit ? open.Where(i => i.UnitId == unit) : open.Where(i => i.OwnerAuthority == authority);
        return cases.Where(i => kinds.Contains(i.Kind)).Select(i => i.PupilId);
    }

    /// <summary>
    /// The pupils placed in an RSU group at a school the caller's school social team works at, whose
    /// family consented to the school telling the team of the placement (seed 001: SST 2.0/RSU works
    /// with the RSU group and the children who have a place there). The placement is the school's
    /// record, so the consent counts only as the school's authority recorded or confirmed it, and only
    /// for the purpose the team declared; an RSU place alone tells the team nothing.
    /// </summary>
    private static IQueryable<int> RsuPupilsOnConsent(HubDbContext db, IQueryable<Placement> placements, Caller caller, Grants grants)
    {
        if (caller.Role != Role.SchoolSocialWorker)
        {
            return placements.Where(_ => false).Select(pl => pl.PupilId);
        }

        var team = caller.UnitId;
        return placements.Where(pl => pl.Level == PlacementLevel.Rsu && db.SchoolSocialTeamSchools.Any(s => s.TeamId == team && s.SchoolId == pl.Group.HostSchoolId))
            .Where(grants.ConsentedFor<Placement>(DataCategory.Placement, Agency.School, pl => pl.PupilId, pl => pl.OwnerAuthority))
            .Select(pl => pl.PupilId);
    }

    /// <summary>Whose open cases bring a pupil into a social-services role's sight.</summary>
    private enum KeptBy
    {
        /// <summary>Any unit of the caller's district (its authority).</summary>
        District,

        /// <summary>The caller's own unit.</summary>
        OwnUnit,
    }
}
