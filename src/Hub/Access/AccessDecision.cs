using Hub.Records;

namespace Hub.Access;

public enum BasisKind
{
    /// <summary>The caller's unit has an active relationship with the pupil.</summary>
    Relationship,

    /// <summary>The records are the caller's own authority's.</summary>
    OwnRecords,

    /// <summary>The caller's authority takes part (in a SIP, in a consent).</summary>
    Participation,
    Consent,
    LegalBasis,
    EmergencyAccess,
}

/// <summary>One reason a caller may read a category of a pupil's data; for a legal basis, its catalogue kind and citation.</summary>
public sealed record AccessBasis(BasisKind Kind, int? SourceId = null, string? Statute = null, LegalBasisKind? LegalKind = null)
{
    /// <summary>As the access log and <c>Pupil.access</c> state it: "consent 12", "legal basis 7 (OSL …)".</summary>
    public string Describe() => Kind switch
    {
        BasisKind.Relationship => "relationship",
        BasisKind.OwnRecords => "own records",
        BasisKind.Participation => "participation",
        BasisKind.Consent => $"consent {SourceId}",
        BasisKind.LegalBasis => $"legal basis {SourceId} ({Statute})",
        _ => $"emergency access {SourceId}",
    };
}

/// <summary>The decision for one (caller, pupil, category): permitted on these bases, or what is missing.</summary>
public sealed record AccessDecision(DataCategory Category, IReadOnlyList<AccessBasis> Bases, string? Missing)
{
    public bool Permitted => Bases.Count > 0;

    public bool ByEmergency => Bases.Any(b => b.Kind == BasisKind.EmergencyAccess);

    public string DescribeBases() => string.Join(", ", Bases.Select(b => b.Describe()));
}

/// <summary>Everything the access layer decided about one pupil for the current caller.</summary>
public sealed record PupilAccess(int PupilId, bool ProtectedIdentity, bool ClearedForLocation, IReadOnlyDictionary<DataCategory, AccessDecision> Decisions)
{
    public AccessDecision this[DataCategory category] => Decisions[category];

    /// <summary>Whether the school, group and district of this pupil may be shown to the caller.</summary>
    public bool LocationVisible => !ProtectedIdentity || ClearedForLocation;
}
