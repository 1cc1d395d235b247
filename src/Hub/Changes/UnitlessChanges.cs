using Hub.Data;
using Hub.Records;

namespace Hub.Changes;

/// <summary>
/// A change made by an actor that is no unit of the directory (a family member, the hub itself), in
/// the record of changes like any other: the actor by id, name and role, with unit 0.
/// </summary>
internal static class UnitlessChanges
{
    public static void Record(HubDbContext db, string operation, object record, int recordId, int pupilId, DateTime at, string actorId, string actorName, string actorRole) =>
        db.Changes.Add(new ChangeRecord
        {
            At = at,
            Operation = operation,
            EntityType = RecordKinds.StoredNameOf(record.GetType()),
            EntityId = recordId,
            PupilId = pupilId,
            ActorId = actorId,
            ActorName = actorName,
            ActorUnitId = 0,
            ActorRole = actorRole,
        });
}
