using System.Linq.Expressions;
using Hub.Data;
using Hub.Identity;
using Hub.Records;

namespace Hub.Access;

/// <summary>
/// Which pupils a caller may name by personal identity number to start a relationship, as a paper
/// referral does: a district's social services, the pupils registered in the district; a police
/// area, the pupils registered in the districts it covers; a BUP clinic, those registered in its
/// catchment (both in the directory, on the district); schools and the pupil-health unit, the
/// city's pupils ever enrolled (CSU places are city-wide), never a child the hub knows only from a
/// report of concern. A report of concern itself reaches every child (see <c>ReportedChild</c>).
/// First-line psychiatry, habilitation and leisure name nobody by number: they start no
/// relationship, a consent brings a pupil to them (see <c>PupilScope.ByConsent</c>).
/// Emergency access reaches the city for the agencies that may open it.
/// </summary>
internal static class Jurisdiction
{
    public static Expression<Func<Pupil, bool>> Of(HubDbContext db, Caller caller, NumberReach reach)
    {
        var unit = caller.UnitId;
        var district = caller.DistrictId;
        return (reach, caller.Agency, caller.UnitKind) switch
        {
            // Break-glass is for acute danger, which a child from any district may be in; it stays logged and flagged.
            (NumberReach.Emergency, Agency.SocialServices or Agency.Bup, _) => p => true,
            (NumberReach.Emergency, _, _) => p => false,

            (_, Agency.SocialServices, _) => p => p.RegisteredDistrictId == district,
            (_, Agency.Police, UnitKind.PoliceArea) => p => db.Districts.Any(d => d.Id == p.RegisteredDistrictId && d.PoliceAreaId == unit),
            (_, Agency.Bup, UnitKind.BupClinic) => p => db.Districts.Any(d => d.Id == p.RegisteredDistrictId && d.BupClinicId == unit),
            (_, Agency.School, _) => p => p.HomeSchoolId != null,
            _ => p => false,
        };
    }
}

/// <summary>How far a look-up by personal identity number reaches.</summary>
public enum NumberReach
{
    /// <summary>The caller's jurisdiction: for mutations that start a relationship or file a report.</summary>
    Jurisdiction,

    /// <summary>Emergency access (break-glass): the whole city, for social services and BUP.</summary>
    Emergency,
}
