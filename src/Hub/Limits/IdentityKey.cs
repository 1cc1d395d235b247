using Hub.Identity;

namespace Hub.Limits;

/// <summary>Who a limit counts against: one person acting for one unit in one role (the unit implies the agency).</summary>
internal static class IdentityKey
{
    public static string Of(Caller caller) => $"{caller.PersonId}|{caller.UnitId}|{caller.Role}";

    /// <summary>A family member has no unit: the person and the role (Guardian or Pupil).</summary>
    public static string Of(FamilyMember member) => $"{member.PersonId}|family|{member.Role}";
}
