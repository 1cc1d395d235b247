using Hub.Records;

namespace Hub.Seeding;

/// <summary>A period of enrolment; adjacent periods share their boundary day (the end is exclusive).</summary>
internal sealed record Stay(Unit School, DateOnly StartsOn, DateOnly? EndsOn);

/// <summary>A placement decided in planning, written once the pupil has an id.</summary>
internal sealed record PlacementPlan(
    PlacementLevel Level,
    Unit Group,
    Unit DecidedBy,
    Unit EnrolledAt,
    DateOnly DecidedOn,
    DateOnly StartsOn,
    DateOnly? EndsOn,
    string? EndReason,
    DateOnly? NextReviewOn,
    Unit? CameFrom = null);

/// <summary>A seeded SIP, for its consent to name the agencies that take part and for the SIP to name its consent.</summary>
internal sealed record SipFacts(Unit[] Units, Unit Lead, DateOnly CreatedOn, DateOnly? ClosedOn, Sip Record)
{
    /// <summary>The consent that shares the plan, once the consent phase has made it.</summary>
    public ConsentRecord? Consent { get; set; }
}

/// <summary>A guardian and the custody period they hold over every child of the family.</summary>
internal sealed record GuardianPlan(Guardian Guardian, DateOnly? CustodyFrom, DateOnly? CustodyEndsOn);

/// <summary>
/// A pupil as planned in memory before any row is written: the later phases read it to keep
/// placements, cases, SIPs and consents consistent with enrolments and custody.
/// </summary>
internal sealed class PupilPlan
{
    public int Id { get; set; }
    public required string IdentityNumber { get; init; }
    public required string GivenName { get; init; }
    public required string FamilyName { get; init; }
    public required DateOnly BirthDate { get; init; }
    public required int Grade { get; init; }
    public bool ProtectedIdentity { get; init; }

    /// <summary>The school responsible for the pupil; a CSU placement moves it to the group's host.</summary>
    public required Unit HomeSchool { get; set; }
    public required DistrictUnits District { get; init; }
    public required List<GuardianPlan> Guardians { get; init; }
    public ScriptedPupil? Script { get; init; }
    public List<Stay> Stays { get; } = [];
    public List<PlacementPlan> Placements { get; } = [];

    /// <summary>What the case phase left: the units that work with the pupil, for SIPs and consents.</summary>
    public Unit? SocialUnit { get; set; }
    public Unit? BupClinic { get; set; }
    public Unit? PoliceArea { get; set; }
    public bool SchoolSocialTeam { get; set; }
    public SipFacts? Sip { get; set; }

    public Stay CurrentStay => Stays[^1];

    public PlacementPlan? ActivePlacement => Placements.Find(p => p.EndsOn is null);

    public Unit SchoolOn(DateOnly date) => (Stays.FindLast(s => s.StartsOn <= date) ?? Stays[0]).School;

    public DateOnly CustodyStartsOn(GuardianPlan guardian) =>
        guardian.CustodyFrom is { } from && from > BirthDate ? from : BirthDate;

    public IEnumerable<GuardianPlan> CustodiansOn(DateOnly date) =>
        Guardians.Where(g => CustodyStartsOn(g) <= date && (g.CustodyEndsOn is null || g.CustodyEndsOn > date));
}
