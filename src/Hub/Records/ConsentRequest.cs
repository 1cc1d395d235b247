namespace Hub.Records;

/// <summary>
/// That staff asked the family for a consent: which provisions, when, how and by whom, and what
/// came of it: given (with the consent that answered it), declined, or no answer. The seeds'
/// complaint is that consent is never asked for; this is the record that it was, and of what the
/// family said. It lets nothing cross: only a consent does.
/// </summary>
public sealed class ConsentRequest : IPupilRecord, IVersioned
{
    public int Id { get; set; }
    public int PupilId { get; set; }
    public Pupil Pupil { get; set; } = null!;

    /// <summary>The day the family was asked.</summary>
    public DateOnly AskedOn { get; set; }
    public ConsentRequestChannel How { get; set; }
    public required string AskedBy { get; set; }
    public int AskedByUnitId { get; set; }
    public Unit AskedByUnit { get; set; } = null!;
    public DateTime RecordedAt { get; set; }

    /// <summary>How many months, from the day it is given, the consent asked for would run.</summary>
    public int LastsMonths { get; set; }

    public ConsentRequestStatus Status { get; set; }

    /// <summary>The day the answer came (or, for no answer, the day staff stopped waiting for one).</summary>
    public DateOnly? AnsweredOn { get; set; }

    /// <summary>The guardian who gave or declined, when known; null when the pupil did, or nobody answered.</summary>
    public int? AnsweredByGuardianId { get; set; }
    public Guardian? AnsweredByGuardian { get; set; }
    public bool AnsweredByPupil { get; set; }

    /// <summary>The member of staff who recorded the answer; null when the family answered in the hub itself.</summary>
    public string? AnswerRecordedBy { get; set; }

    /// <summary>The consent that answered a request that was given.</summary>
    public int? ConsentId { get; set; }
    public ConsentRecord? Consent { get; set; }
    public int Version { get; set; }
    public List<ConsentRequestProvision> Provisions { get; } = [];
}

/// <summary>One thing the family is asked to let cross: as a consent's provision would say it.</summary>
public sealed class ConsentRequestProvision
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public DataCategory Category { get; set; }
    public Agency FromAgency { get; set; }
    public Agency ToAgency { get; set; }
    public int? ToUnitId { get; set; }
    public Unit? ToUnit { get; set; }
    public SharingPurpose Purpose { get; set; }

    /// <summary>The authority that keeps the records, named as a consent's provision names it.</summary>
    public required string FromAuthority { get; set; }
}

/// <summary>How the family was asked.</summary>
public enum ConsentRequestChannel
{
    Meeting,
    Phone,
    Letter,
    DigitalMessage,
}

/// <summary>Where a request for consent stands.</summary>
public enum ConsentRequestStatus
{
    /// <summary>Asked; no answer recorded yet.</summary>
    Open,

    /// <summary>The family gave the consent: the request names it.</summary>
    Given,

    /// <summary>The family said no.</summary>
    Declined,

    /// <summary>No answer came; staff closed the request.</summary>
    NoAnswer,
}

/// <summary>The answer staff record to a request for consent.</summary>
public enum ConsentAnswer
{
    /// <summary>The family gave it: the consent recorded from the signed form is named.</summary>
    Given,

    /// <summary>The family said no.</summary>
    Declined,

    /// <summary>No answer came, and staff stop waiting for one.</summary>
    NoAnswer,
}
