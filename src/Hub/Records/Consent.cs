namespace Hub.Records;

/// <summary>
/// Samtycke: the guardians' (and with age the pupil's) permission for named data to cross from
/// one agency to another, for a purpose and a period. It grants nothing when a required
/// signature is missing, outside its period, or once withdrawn.
/// </summary>
public sealed class ConsentRecord : IPupilRecord, IVersioned
{
    public int Id { get; set; }
    public int PupilId { get; set; }
    public Pupil Pupil { get; set; } = null!;
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }
    public required string RecordedBy { get; set; }
    public int RecordedByUnitId { get; set; }
    public Unit RecordedByUnit { get; set; } = null!;
    public DateTime RecordedAt { get; set; }

    /// <summary>Reference to the signed form in the recording agency's own archive.</summary>
    public required string FormReference { get; set; }

    /// <summary>The pupil's own view, recorded whatever the pupil's age.</summary>
    public string? PupilView { get; set; }
    public DateTime? WithdrawnAt { get; set; }
    public string? WithdrawnBy { get; set; }
    public int Version { get; set; }
    public List<ConsentProvision> Provisions { get; } = [];
    public List<ConsentSignature> Signatures { get; } = [];
}

/// <summary>One thing a consent covers: a data category from one agency to another, for a purpose.</summary>
public sealed class ConsentProvision
{
    public int Id { get; set; }
    public int ConsentId { get; set; }
    public DataCategory Category { get; set; }
    public Agency FromAgency { get; set; }
    public Agency ToAgency { get; set; }

    /// <summary>When set, only this unit of the receiving agency.</summary>
    public int? ToUnitId { get; set; }
    public Unit? ToUnit { get; set; }
    public SharingPurpose Purpose { get; set; }

    /// <summary>
    /// The authority whose records the provision lets cross: the recorder's, when it keeps the
    /// category, or the one that confirmed it. Null while it waits for that confirmation: secrecy
    /// is lifted only by the authority that holds the data, so until then it grants nothing.
    /// </summary>
    public string? DisclosedByAuthority { get; set; }

    /// <summary>Who of the disclosing authority confirmed it; null when that authority recorded the consent itself.</summary>
    public string? ConfirmedBy { get; set; }
    public DateTime? ConfirmedAt { get; set; }
}

/// <summary>A signature on a consent: a guardian's, or the pupil's own.</summary>
public sealed class ConsentSignature
{
    public int Id { get; set; }
    public int ConsentId { get; set; }
    public int? GuardianId { get; set; }
    public Guardian? Guardian { get; set; }
    public bool ByPupil { get; set; }
    public DateOnly SignedOn { get; set; }
}

public enum SharingPurpose
{
    Sip,
    Investigation,
    SchoolSocialTeam,
    Sspf,
    Bus,
    SchoolSupport,
}
