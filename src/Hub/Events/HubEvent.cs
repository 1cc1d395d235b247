using Hub.Access;
using Hub.Records;

namespace Hub.Events;

/// <summary>
/// One committed change as subscribers see it: its place in the outbox (the record of changes),
/// when, by which mutation, and which record of which pupil. It carries ids only: what a
/// subscriber gets to read of the record is decided when it is delivered.
/// </summary>
public sealed record HubEvent(long Sequence, DateTime At, string Operation, EventKind Kind, int EntityId, int? PupilId, int? DistrictId)
    : IPupilDataRoot
{
    public static HubEvent From(ChangeRecord change) => new(
        change.Sequence, change.At, change.Operation, KindOf(change.EntityType), change.EntityId, change.PupilId, change.DistrictId);

    private static EventKind KindOf(string entityType) => entityType switch
    {
        "Pupil" => EventKind.Pupil,
        "Placement" => EventKind.Placement,
        "Intervention" => EventKind.Intervention,
        "ConsentRecord" => EventKind.Consent,
        "Sip" => EventKind.Sip,
        "AbsenceRecord" => EventKind.Absence,
        "ContactPerson" => EventKind.ContactPerson,
        _ => EventKind.Other,
    };
}

/// <summary>What kind of record an event is about.</summary>
public enum EventKind
{
    Pupil,
    Placement,
    Intervention,
    Consent,
    Sip,
    Absence,
    ContactPerson,
    Other,
}
