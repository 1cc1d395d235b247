using System.Security.Claims;

namespace Hub.Identity;

/// <summary>The claims a token must carry for the hub: who, for which agency and unit, in which role.</summary>
public static class HubClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Agency = "agency";
    public const string Unit = "unit";
    public const string Role = "role";

    /// <summary>A family member's personal identity number, as the city's e-identification asserts it (twelve digits).</summary>
    public const string PersonalIdentityNumber = "personal_identity_number";

    /// <summary>
    /// The purpose a WebSocket declared in its <c>connection_init</c>, carried on the socket's user
    /// by the hub itself; the same claim in a token is dropped, so a token cannot declare it.
    /// </summary>
    public const string DeclaredPurpose = "hub:declared_purpose";

    /// <summary>
    /// An enum-like claim (agency, role) read strictly: exactly one of the names the README lists,
    /// case and all. <see cref="Enum.TryParse{TEnum}(string?, out TEnum)"/> would also take
    /// <c>"1"</c>, <c>" Principal "</c> or <c>"Teacher,Principal"</c>, so an issuer's odd value
    /// would become a role nobody granted.
    /// </summary>
    public static bool TryParseExact<TEnum>(string? value, out TEnum parsed)
        where TEnum : struct, Enum
    {
        parsed = default;
        return value is not null && Enum.GetNames<TEnum>().Contains(value, StringComparer.Ordinal) && Enum.TryParse(value, out parsed);
    }

    /// <summary>The claim's value when the token carries it exactly once; two roles or two units are no answer.</summary>
    public static string? OnlyValue(ClaimsPrincipal user, string type)
    {
        using var claims = user.FindAll(type).GetEnumerator();
        if (!claims.MoveNext())
        {
            return null;
        }

        var value = claims.Current.Value;
        return claims.MoveNext() ? null : value;
    }

    /// <summary>A claim that names someone (sub, name) must say something: absent, empty or blank is refused.</summary>
    public static bool IsPresent(string? value) => !string.IsNullOrWhiteSpace(value);

    /// <summary>A role only exists within its agency: a token claiming a police investigator is refused.</summary>
    public static bool RoleFitsAgency(Records.Role role, Records.Agency agency) => agency switch
    {
        Records.Agency.School => role is Records.Role.Teacher or Records.Role.Principal or Records.Role.PupilHealthOfficer,
        Records.Agency.SocialServices => role is Records.Role.Investigator or Records.Role.SchoolSocialWorker or Records.Role.SocialContactPerson
            or Records.Role.UnitManager,
        Records.Agency.Bup => role is Records.Role.Clinician or Records.Role.UnitManager,

        // First-line psychiatry and habilitation have clinicians in the hub; no manager follows up emergency accesses there, since they open none.
        Records.Agency.FirstLinePsychiatry or Records.Agency.Habilitation => role is Records.Role.Clinician,
        Records.Agency.Leisure => role is Records.Role.LeisureLeader,
        Records.Agency.Police => role is Records.Role.PoliceOfficer,
        Records.Agency.Oversight => role is Records.Role.DataProtectionOfficer,
        Records.Agency.PopulationRegister => role is Records.Role.PopulationRegister,
        _ => false,
    };
}
