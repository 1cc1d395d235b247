using Hub.Data;

namespace Hub.Changes;

/// <summary>
/// A change the hub makes itself, by no caller (the school-year rollover), in the record of changes
/// like any other: the hub as actor (id <see cref="ActorId"/>, role <see cref="ActorRole"/>), with
/// no unit (0), since the hub is no unit of the directory.
/// </summary>
public static class SystemChanges
{
    public const string ActorId = "hub";
    public const string ActorName = "Hub";
    public const string ActorRole = "System";

    /// <summary>Records a change to <paramref name="record"/> (a pupil, or a record of one), already saved under <paramref name="recordId"/>.</summary>
    public static void Record(HubDbContext db, string operation, object record, int recordId, int pupilId, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(record);
        UnitlessChanges.Record(db, operation, record, recordId, pupilId, at, ActorId, ActorName, ActorRole);
    }
}
