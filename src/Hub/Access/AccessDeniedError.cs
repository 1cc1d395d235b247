using GraphQL;
using Hub.Records;

namespace Hub.Access;

/// <summary>
/// The error a field answers with when the caller may not read its category of this pupil: it
/// names the category and what is missing, and is the same whether or not any data exists.
/// </summary>
public sealed class AccessDeniedError : ExecutionError
{
    public const string ErrorCode = "ACCESS_DENIED";

    public AccessDeniedError(DataCategory category, string requirement)
        : base($"Access denied to {DataCategories.Describe(category)}: requires {requirement}.")
    {
        Code = ErrorCode;
        Data["category"] = category.ToString();
        Data["requirement"] = requirement;
    }

    /// <summary>What a role lacks when the category is above its ceiling, whatever the bases.</summary>
    public static string RoleRequirement(DataCategory category, Role role) =>
        $"a role that reads {DataCategories.Describe(category)} (the role {role} does not)";

    public static AccessDeniedError ForRole(DataCategory category, Role role) => new(category, RoleRequirement(category, role));

    /// <summary>A mutation the caller's agency and role may not make at all, whatever the pupil.</summary>
    public static AccessDeniedError ForMutation(string mutation, string who) => new("mutation", mutation, who);

    /// <summary>A field outside the family's view, asked with a family token.</summary>
    public static AccessDeniedError ForFamily(string field) => new("field", field, "a member of staff: a family token reaches only the family's view (`family` and the family's mutations)");

    /// <summary>The family's view, asked with a staff token.</summary>
    public static AccessDeniedError ForStaff(string field) => new("field", field, "a family token (a guardian, or the pupil from the consent age): staff read consents and reports through their own fields");

    private AccessDeniedError(string kind, string name, string who)
        : base($"Access denied to the {kind} '{name}': requires {who}.")
    {
        Code = ErrorCode;
        Data[kind] = name;
        Data["requirement"] = who;
    }
}

/// <summary>
/// Where a pupil with a protected identity is (school, group, district), and anything that would
/// tell it (a unit, a member of staff at a unit, a way to reach the family), is withheld from the caller.
/// </summary>
public sealed class ProtectedIdentityError : ExecutionError
{
    public const string ErrorCode = "PROTECTED_IDENTITY";

    public ProtectedIdentityError()
        : base("Withheld: the pupil has a protected identity (skyddade personuppgifter). Only the principal of the school "
            + "the pupil is enrolled at and the unit investigating the pupil's situation see the school, group and district, "
            + "and the staff and contact details that would tell them.")
    {
        Code = ErrorCode;
    }
}
