using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Organisation;
using Hub.Records;

namespace Hub.Attendance;

public sealed class AbsenceType : ObjectGraphType<AbsenceRecord>
{
    public AbsenceType()
    {
        Name = RecordKinds.Absence.TypeName;
        Description = "A school's report of a pupil's absence (frånvaro) for one term.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the report.").Resolve(c => GlobalId.Encode(RecordKinds.Absence.TypeName, c.Source.Id));
        Field(a => a.Term).Description("The term, e.g. 2026-HT (autumn, hösttermin) or 2026-VT (spring, vårtermin).");
        Field(a => a.Percent).Description("Absence in percent of scheduled time, 0–100.");
        Field(a => a.ReportedOn).Description("Day the school reported it (or last corrected it).");
        Field(a => a.Version).Description("Version for optimistic concurrency: pass it back when correcting the report.");
        Field<UnitType>("school").Description("The reporting school; withheld for a protected identity.").Location()
            .ResolveUnit(s => s.SchoolId);
        this.TagAllFields(DataCategory.Absence);
    }
}
