using GraphQL.Types;

namespace Hub.Access;

/// <summary>
/// Which parts of the schema a family token reaches: deny by default. A family member reaches only
/// the types and fields marked here (the family's own types, and the guardians' access report);
/// every other field, staff roots and staff types alike, answers ACCESS_DENIED before it resolves.
/// Staff never reach what is marked family-only (the <c>family</c> root and its types).
/// </summary>
public static class FamilyAccess
{
    private const string Key = "hub:family";
    private const string Only = "only";
    private const string Shared = "shared";

    /// <summary>For the family alone: staff tokens are refused.</summary>
    public static void FamilyOnly(this IMetadataWriter part) => part.Metadata[Key] = Only;

    /// <summary>Reached by the family as well as by the staff it was made for (the access report).</summary>
    public static void OpenToFamily(this IMetadataWriter part) => part.Metadata[Key] = Shared;

    internal static bool FamilyReaches(IMetadataReader part) => part.GetMetadata<string?>(Key) is not null;

    internal static bool FamilyOnlyPart(IMetadataReader part) => part.GetMetadata<string?>(Key) == Only;
}
