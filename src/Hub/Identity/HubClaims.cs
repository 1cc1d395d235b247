
namespace Hub.Identity;

/// <summary>The claims a token must carry for the hub: who, for which agency and unit, in which role.</summary>
public static class HubClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Agency = "agency";
    public const string Unit = "unit";
    public const string Role = "role";

    /// <summary>A role only exists within its agency: a token claiming a police investigator is refused.</summary>
    public static bool RoleFitsAgency(Access.Role role, Organisation.Agency agency) => agency switch
    {
        Organisation.Agency.School => role is Access.Role.Teacher or Access.Role.Principal or Access.Role.PupilHealthOfficer,
        Organisation.Agency.SocialServices => role is Access.Role.Investigator or Access.Role.SchoolSocialWorker or Access.Role.SocialContactPerson,
        Organisation.Agency.Bup => role is Access.Role.Clinician,
        Organisation.Agency.Police => role is Access.Role.PoliceOfficer,
        Organisation.Agency.Oversight => role is Access.Role.DataProtectionOfficer,
        _ => false,
    };
}
