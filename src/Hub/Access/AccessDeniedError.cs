using GraphQL;

namespace Hub.Access;

/// <summary>
/// The error a field answers with when the caller's role may not read its category. It names
/// the category and what is missing, and is the same whether or not any data exists.
/// </summary>
public sealed class AccessDeniedError : ExecutionError
{
    public const string ErrorCode = "ACCESS_DENIED";

    public AccessDeniedError(DataCategory category, Role role)
        : base($"Access denied to {category}: the role {role} does not read this category.")
    {
        Code = ErrorCode;
        Data["category"] = category.ToString();
        Data["requirement"] = $"a role that reads {category}";
    }
}
