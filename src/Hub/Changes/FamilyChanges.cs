using Hub.Data;
using Hub.Identity;
using Hub.Records;

namespace Hub.Changes;

/// <summary>
/// A change a family member made in the family's view, in the record of changes like any other:
/// the member as actor, by role (Guardian or Pupil), with no unit (0), since a family is no unit.
/// </summary>
public static class FamilyChanges
{
    public static void Record(HubDbContext db, FamilyMember member, string operation, IPupilRecord record, int recordId, DateTime at) =>
        UnitlessChanges.Record(db, operation, record, recordId, record.PupilId, at, member.PersonId, member.Name, member.Role.ToString());
}
