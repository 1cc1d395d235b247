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
    /// <summary>When the whole consent was withdrawn; each provision then carries the same withdrawal.</summary>
    public DateTime? WithdrawnAt { get; set; }

    /// <summary>The guardian who withdrew it; null when the pupil did (<see cref="WithdrawnByPupil"/>) or it stands.</summary>
    public int? WithdrawnByGuardianId { get; set; }
    public Guardian? WithdrawnByGuardian { get; set; }
    public bool WithdrawnByPupil { get; set; }
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
    /// The authority that keeps the records and whose secrecy the provision would lift (a district's
    /// social services, the education administration, an independent school, the region's BUP, the
    /// police), named when the consent is recorded.
    /// </summary>
    public required string FromAuthority { get; set; }

    /// <summary>
    /// The authority whose records the provision lets cross: <see cref="FromAuthority"/>, once it
    /// recorded or confirmed the provision. Null while it waits for that confirmation (or after a
    /// refusal): secrecy is lifted only by the authority that holds the data, so until then it grants nothing.
    /// </summary>
    public string? DisclosedByAuthority { get; set; }

    /// <summary>Who of the disclosing authority confirmed it; null when that authority recorded the consent itself.</summary>
    public string? ConfirmedBy { get; set; }
    public DateTime? ConfirmedAt { get; set; }

    /// <summary>When the disclosing authority refused to let its records cross, who did, and why; a refused provision never takes effect.</summary>
    public DateTime? RefusedAt { get; set; }
    public string? RefusedBy { get; set; }
    public string? RefusalReason { get; set; }

    /// <summary>When a guardian or the pupil withdrew this provision (alone, or with the whole consent): from then on it grants nothing.</summary>
    public DateTime? WithdrawnAt { get; set; }
    public int? WithdrawnByGuardianId { get; set; }
    public Guardian? WithdrawnByGuardian { get; set; }
    public bool WithdrawnByPupil { get; set; }

    /// <summary>
    /// A provision that waits for its disclosing authority (<see cref="ProvisionStatus.Pending"/>), as a
    /// query the database evaluates: not withdrawn, not confirmed, not refused.
    /// </summary>
    public static readonly System.Linq.Expressions.Expression<Func<ConsentProvision, bool>> IsPending =
        p => p.WithdrawnAt == null && p.DisclosedByAuthority == null && p.RefusedAt == null;

    /// <summary>Where the provision stands: waiting for the disclosing authority, in effect, refused by it, or withdrawn by the family.</summary>
    public ProvisionStatus Status => WithdrawnAt is not null ? ProvisionStatus.Withdrawn
        : DisclosedByAuthority is not null ? ProvisionStatus.InEffect
        : RefusedAt is not null ? ProvisionStatus.Refused
        : ProvisionStatus.Pending;
}

/// <summary>Where a consent's provision stands with the authority that keeps its records.</summary>
public enum ProvisionStatus
{
    /// <summary>Recorded by another authority; waits for the disclosing authority to confirm or refuse it.</summary>
    Pending,

    /// <summary>The disclosing authority recorded or confirmed it: it grants while its consent does.</summary>
    InEffect,

    /// <summary>The disclosing authority refused it, with a reason: it never grants.</summary>
    Refused,

    /// <summary>A guardian or the pupil withdrew it (alone or with its consent): it grants nothing from the next request on.</summary>
    Withdrawn,
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
