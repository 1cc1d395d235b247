using Hub.Data;
using Hub.Identity;
using Hub.Records;

namespace Hub.Access;

internal static partial class PupilScope
{
    /// <summary>
    /// The agencies whose units keep no records in the hub, so that no record of their own can bring
    /// a pupil into their sight; each reaches a pupil only through a consent, for one purpose:
    /// <list type="bullet">
    /// <item>first-line psychiatry and habilitation (the region's care in BUS beside BUP): the pupils of
    /// the open SIPs their unit takes part in, while the SIP's consent has a SIP provision in effect to
    /// them (their agency, or their unit). Health data is as secret as BUP's (OSL 25 kap.), and with no
    /// contact kept here the plan is their only reason to know the child;</item>
    /// <item>leisure (the F in SSPF): the pupils of whom a consent has a provision in effect to leisure
    /// (its agency, or its unit) for SSPF, of a category its role reads. No statute lets the police or
    /// social services tell a youth centre about a child, so only the family's consent does.</item>
    /// </list>
    /// A withdrawal, an expiry, a missing signature or an unconfirmed provision takes the pupil out of
    /// sight at once, since the provisions in effect are evaluated with every query.
    /// </summary>
    private static readonly Dictionary<Agency, (UnitKind Unit, SharingPurpose Purpose)> ByConsent = new()
    {
        [Agency.FirstLinePsychiatry] = (UnitKind.FirstLineUnit, SharingPurpose.Sip),
        [Agency.Habilitation] = (UnitKind.HabilitationUnit, SharingPurpose.Sip),
        [Agency.Leisure] = (UnitKind.LeisureUnit, SharingPurpose.Sspf),
    };

    /// <summary>Whether the agency's units see pupils only through a consent (<see cref="ByConsent"/>).</summary>
    public static bool SeesOnlyByConsent(Agency agency) => ByConsent.ContainsKey(agency);

    private static IQueryable<int> ThroughConsent(HubDbContext db, Caller caller, Grants grants, DateOnly today)
    {
        var (unitKind, purpose) = ByConsent[caller.Agency];
        if (caller.UnitKind != unitKind)
        {
            return db.Pupils.Where(_ => false).Select(p => p.Id);
        }

        var unit = caller.UnitId;
        var readable = RolePolicy.CategoriesOf(caller.Role).Where(c => c != DataCategory.Identity).ToList();
        var toCaller = grants.ProvisionsToCallerFor(purpose);
        if (purpose == SharingPurpose.Sip)
        {
            var sharing = toCaller.Select(p => p.ConsentId);
            return db.SipParticipants
                .Where(sp => sp.UnitId == unit && (sp.Sip.ClosedOn == null || sp.Sip.ClosedOn > today) && sp.Sip.ConsentId != null && sharing.Contains(sp.Sip.ConsentId.Value))
                .Select(sp => sp.Sip.PupilId);
        }

        var consents = toCaller.Where(p => readable.Contains(p.Category)).Select(p => p.ConsentId);
        return db.Consents.Where(c => consents.Contains(c.Id)).Select(c => c.PupilId);
    }
}
