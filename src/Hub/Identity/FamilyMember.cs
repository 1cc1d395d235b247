using Hub.Records;

namespace Hub.Identity;

/// <summary>
/// A guardian, or a pupil from the consent age, signed in to the family's own view with a token of
/// their own (in production from the city's e-identification). Not staff: no agency, unit or staff
/// role, and never a <see cref="Caller"/>. Who their children are is decided in the access layer,
/// from the custody rows of guardians with this personal identity number.
/// </summary>
public sealed record FamilyMember(string PersonId, string Name, Role Role, string PersonalIdentityNumber)
{
    /// <summary>The roles a family token may carry.</summary>
    public static bool IsFamilyRole(Role role) => role is Role.Guardian or Role.Pupil;
}
