using GraphQL;
using Hub.Records;
using P = Hub.Records.SharingPurpose;

namespace Hub.Identity;

/// <summary>
/// What a caller may say it reads for (purpose limitation): each request declares one purpose, in
/// the <c>Hub-Purpose</c> header over HTTP or as <c>purpose</c> in the WebSocket's
/// <c>connection_init</c> payload, by its name in the schema (<c>SCHOOL_SUPPORT</c>). Where none is
/// declared the role's default applies. A purpose outside the role's list is refused before
/// anything is read. A consent grants only for its provision's purpose, a legal basis only for its
/// own; the access log records the purpose of every read.
/// </summary>
public static class DeclaredPurposes
{
    /// <summary>The HTTP header a request declares its purpose in.</summary>
    public const string Header = "Hub-Purpose";

    /// <summary>The key in the WebSocket's <c>connection_init</c> payload.</summary>
    public const string PayloadKey = "purpose";

    private static readonly Dictionary<Role, P[]> Permitted = new()
    {
        // The first is the role's default.
        [Role.Teacher] = [P.SchoolSupport, P.Sip],
        [Role.Principal] = [P.SchoolSupport, P.Sip, P.SchoolSocialTeam, P.Sspf, P.Bus],
        [Role.PupilHealthOfficer] = [P.SchoolSupport, P.Sip, P.Bus],
        [Role.Investigator] = [P.Investigation, P.Sip, P.Sspf, P.Bus],
        [Role.SchoolSocialWorker] = [P.SchoolSocialTeam, P.Sip, P.Sspf],
        [Role.SocialContactPerson] = [P.Investigation],
        [Role.Clinician] = [P.Bus, P.Sip],
        [Role.PoliceOfficer] = [P.Sspf],
        [Role.LeisureLeader] = [P.Sspf],
        [Role.DataProtectionOfficer] = [],
        [Role.UnitManager] = [],
        [Role.PopulationRegister] = [],

        // The family reads its own children's data through its own door, for no sharing purpose.
        [Role.Guardian] = [],
        [Role.Pupil] = [],
    };

    /// <summary>The purpose a request of this role reads for when it declares none; null for a role that reads no pupil's data across agencies.</summary>
    public static P? DefaultFor(Role role) => Permitted[role] is [var first, ..] ? first : null;

    public static IReadOnlyList<P> PermittedFor(Role role) => Permitted[role];

    /// <summary>The purpose's name as the header spells it: the schema's own name for the enum value (SchoolSupport is SCHOOL_SUPPORT).</summary>
    public static string NameOf(P purpose) => purpose.ToString().ToConstantCase();

    /// <summary>
    /// The purpose a request declared (null: none) for the role: the purpose, or the reason it is refused.
    /// Only the exact schema name of a purpose the role may declare is taken.
    /// </summary>
    public static (P? Purpose, string? Refusal) Resolve(Role role, string? declared)
    {
        if (declared is null)
        {
            return (DefaultFor(role), null);
        }

        var permitted = Permitted[role];
        var match = Enum.GetValues<P>().Where(p => NameOf(p) == declared).Cast<P?>().FirstOrDefault();
        if (match is P purpose && permitted.Contains(purpose))
        {
            return (purpose, null);
        }

        var allowed = permitted.Length == 0 ? "none: the role reads no pupil's data from other agencies" : string.Join(", ", permitted.Select(NameOf));
        return (null, match is null
            ? $"'{declared}' is not a purpose the hub knows. A {role} may declare: {allowed}."
            : $"A {role} may not read for {declared}. It may declare: {allowed}.");
    }
}
