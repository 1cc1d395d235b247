namespace Hub.Records;

/// <summary>
/// A record one agency keeps about its work with a pupil. The kinds share one table
/// (discriminated by <see cref="Kind"/>) so that "a pupil's open cases" is one indexed query.
/// </summary>
public abstract class Intervention : IPupilRecord, IVersioned
{
    public int Id { get; set; }
    public InterventionKind Kind { get; set; }
    public int PupilId { get; set; }
    public Pupil Pupil { get; set; } = null!;

    /// <summary>The unit that keeps the record.</summary>
    public int UnitId { get; set; }
    public Unit Unit { get; set; } = null!;
    public Agency OwnerAgency { get; set; }

    /// <summary>The authority of <see cref="Unit"/>, kept on the row so access filters need no join.</summary>
    public required string OwnerAuthority { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? Summary { get; set; }

    /// <summary>Why an act came after its statutory deadline (a late assessment, an investigation past four months).</summary>
    public string? DelayReason { get; set; }

    /// <summary>How it ended, as the agency recorded it.</summary>
    public string? ClosingNote { get; set; }

    /// <summary>The named handler (handläggare) of the case, and how to reach them; null until one is named.</summary>
    public string? HandlerName { get; set; }
    public string? HandlerContact { get; set; }
    public int Version { get; set; }
}

public enum InterventionKind
{
    ReportOfConcern,
    PreliminaryAssessment,
    Investigation,
    SocialServicesIntervention,
    SchoolSocialTeamCase,
    BupContact,
    SspfCase,
}

/// <summary>Orosanmälan: a report of concern about a child, received by social services.</summary>
public sealed class ReportOfConcern : Intervention
{
    public ReporterKind ReporterKind { get; set; }
    public int? ReporterUnitId { get; set; }
    public Unit? ReporterUnit { get; set; }
    public required string ReporterName { get; set; }
    public string? ReporterContact { get; set; }

    /// <summary>Days from receipt to the preliminary assessment's deadline.</summary>
    public const int AssessmentDays = 14;

    /// <summary>The preliminary assessment is due within <see cref="AssessmentDays"/> days of receipt.</summary>
    public DateOnly AssessmentDueOn { get; set; }

    /// <summary>The day social services plans the report meeting for; the reporting unit, invited, sees it.</summary>
    public DateOnly? MeetingPlannedOn { get; set; }

    /// <summary>Anmälningsmöte: child, family, reporter and social services.</summary>
    public DateOnly? MeetingHeldOn { get; set; }

    /// <summary>Who took part in the report meeting held; none while it is not held.</summary>
    public ReportMeetingParticipants MeetingParticipants { get; set; }

    /// <summary>Why no report meeting is held, when holding one would be against the child's best interests.</summary>
    public string? MeetingWaivedReason { get; set; }
}

/// <summary>Who takes part in a report meeting (anmälningsmöte): social services always, the others unless it is against the child's best interests.</summary>
[Flags]
public enum ReportMeetingParticipants
{
    None = 0,
    Child = 1,
    Guardians = 2,
    Reporter = 4,
    SocialServices = 8,
}

/// <summary>Förhandsbedömning: whether a report leads to an investigation.</summary>
public sealed class PreliminaryAssessment : Intervention
{
    public int ReportId { get; set; }
    public ReportOfConcern Report { get; set; } = null!;
    public AssessmentDecision? Decision { get; set; }
    public DateOnly? DecidedOn { get; set; }

    /// <summary>For <see cref="AssessmentDecision.AlreadyInvestigated"/>: the open investigation the report was joined to.</summary>
    public int? JoinedInvestigationId { get; set; }
}

/// <summary>Barnavårdsutredning structured by BBIC; normally finished within four months.</summary>
public sealed class Investigation : Intervention
{
    public DateOnly DueOn { get; set; }
    public InvestigationOrigin Origin { get; set; }

    /// <summary>Whether BBIC's need area "education" is investigated, which means contacting the school.</summary>
    public bool EducationInvestigated { get; set; }
}

/// <summary>Insats: family treatment, a contact person, out-of-home care.</summary>
public sealed class SocialServicesIntervention : Intervention
{
    public SocialInterventionType Type { get; set; }
}

/// <summary>Work of a school social team (skolsocialt team), including the SST 2.0/RSU track.</summary>
public sealed class SchoolSocialTeamCase : Intervention
{
    public SchoolSocialTeamTrack Track { get; set; }

    /// <summary>Why the team works with the pupil; absence at start is required for absence, optional otherwise.</summary>
    public SchoolSocialTeamReason Reason { get; set; }
    public double? AbsencePercentAtStart { get; set; }
}

/// <summary>Contact with child and adolescent psychiatry (BUP).</summary>
public sealed class BupContact : Intervention;

/// <summary>A case in SSPF (school, social services, police, leisure).</summary>
public sealed class SspfCase : Intervention;

public enum ReporterKind { School, Bup, Police, Other }

/// <summary>
/// What a preliminary assessment decides: open an investigation, open none, or join the report to the
/// investigation of the child already running in the district (the report is then part of it).
/// </summary>
public enum AssessmentDecision { OpenInvestigation, NoInvestigation, AlreadyInvestigated }

public enum InvestigationOrigin { ReportOfConcern, Application, Other }

public enum SocialInterventionType { FamilyTreatment, ContactPerson, OutOfHomeCare }

public enum SchoolSocialTeamTrack { Sst, Sst2Rsu }

/// <summary>A school social team's remit (seed 001 and 004): absence, behaviour, or another reason the school and family raise.</summary>
public enum SchoolSocialTeamReason { Absence, Behaviour, Other }
