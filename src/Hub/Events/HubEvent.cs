using Hub.Access;
using Hub.Records;

namespace Hub.Events;

/// <summary>
/// One committed change as subscribers see it: its place in the outbox (the record of changes),
/// when, by which mutation, and which record of which pupil. It carries ids only: what a
/// subscriber gets to read of the record is decided when it is delivered.
/// </summary>
public sealed record HubEvent(long Sequence, DateTime At, string Operation, RecordKind Kind, int EntityId, int? PupilId, int? DistrictId)
    : IPupilDataRoot
{
    public static HubEvent From(ChangeRecord change) => new(
        change.Sequence, change.At, change.Operation, RecordKinds.OfStored(change.EntityType)?.Kind ?? RecordKind.Other,
        change.EntityId, change.PupilId, change.DistrictId);
}
