using GraphQL.Types;
using Hub.Changes;
using Hub.Records;

namespace Hub.Attendance;

public sealed class ReportAbsenceInput : MutationInput
{
    public string PupilId { get; set; } = "";
    public string Term { get; set; } = "";
    public double Percent { get; set; }
    public int? Version { get; set; }
}

public sealed class ReportAbsenceInputType : MutationInputType<ReportAbsenceInput>
{
    public ReportAbsenceInputType()
        : base("ReportAbsenceInput", "A school's report of a pupil's absence for one term, or its correction.")
    {
        Field<NonNullGraphType<IdGraphType>>("pupilId").Description("The pupil, enrolled at the caller's school.");
        Field(i => i.Term).Description("The term, e.g. 2026-HT (autumn) or 2026-VT (spring); one that has started.");
        Field(i => i.Percent).Description("Absence in percent of scheduled time, 0–100.");
        Field(i => i.Version, nullable: true)
            .Description("Left out for the term's first report; to correct a report, the version of the school's report for the term as last read.");
    }
}

public sealed class AbsencePayloadType : PayloadType<AbsenceType, AbsenceRecord>
{
    public AbsencePayloadType()
        : base("AbsencePayload", "absence", "a term's absence report", RecordKinds.Absence)
    {
    }
}
