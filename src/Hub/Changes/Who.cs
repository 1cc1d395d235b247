using Hub.Identity;
using Hub.Records;

namespace Hub.Changes;

/// <summary>Which callers may make a mutation at all, in words (for the schema and the refusal) and as a rule.</summary>
public sealed record Who(string Description, Func<Caller, bool> Allows)
{
    /// <summary>Callers of one agency in one of the roles.</summary>
    public static Who Of(Agency agency, string description, params Role[] roles) =>
        new(description, c => c.Agency == agency && roles.Contains(c.Role));

    public Who Or(Who other) => new($"{Description} or {other.Description}", c => Allows(c) || other.Allows(c));
}
