using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Organisation;
using Hub.Records;

namespace Hub.Audit;

public sealed class GuardianReportType : ObjectGraphType<GuardianReport>
{
    public GuardianReportType()
    {
        Name = "GuardianReport";
        Description = "Who has read a pupil's data, for the pupil's guardians: agencies and units by day, never individual staff.";
        this.OpenToFamily();
        Field<IdGraphType>("pupilId").Description("Global id of the pupil; null when no pupil in the hub has the personal identity number asked about (the report then has no lines).")
            .Resolve(c => c.Source.PupilId is int pupilId ? GlobalId.Encode(RecordKinds.Pupil.TypeName, pupilId) : null);
        Field(r => r.UnitsWithheld).Description("Whether units are left out because the pupil has a protected identity: a unit would tell where the child is.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GuardianReportLineType>>>>("lines")
            .Description("One line per day, agency and unit, newest day first.").Resolve(c => c.Source.Lines);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GuardianReportEmergencyType>>>>("emergencyAccesses")
            .Description("Every emergency access (break-glass) opened to the pupil's data, newest first, with its follow-up; never who opened it or why.")
            .Resolve(c => c.Source.Emergencies);
        this.TagAllFields(DataCategory.AccessLog);
    }
}

public sealed class GuardianReportEmergencyType : ObjectGraphType<GuardianReportEmergency>
{
    public GuardianReportEmergencyType()
    {
        Name = "GuardianReportEmergency";
        Description = "An emergency access to the pupil's data, as the guardians are told of it.";
        Field(e => e.OpenedOn).Description("The day it was opened (Stockholm time).");
        Field<NonNullGraphType<AgencyType>>("agency").Description("The agency whose staff opened it.").Resolve(c => c.Source.Agency);
        Field(e => e.Unit, nullable: true).Description("The unit's name; null when units are withheld.");
        Field(e => e.ReviewDueOn).Description("The day by which it is to be reviewed.");
        Field<EmergencyReviewOutcomeType>("outcome").Description("The review's outcome; null until it is reviewed.").Resolve(c => c.Source.Outcome);
        this.TagAllFields(DataCategory.AccessLog);
    }
}

public sealed class GuardianReportLineType : ObjectGraphType<GuardianReportLine>
{
    public GuardianReportLineType()
    {
        Name = "GuardianReportLine";
        Description = "What one unit of an agency read of the pupil's data on one day, and why.";
        this.OpenToFamily();
        Field(l => l.Day).Description("The day (Stockholm time).");
        Field<NonNullGraphType<AgencyType>>("agency").Description("The agency that read.").Resolve(c => c.Source.Agency);
        Field(l => l.Unit, nullable: true).Description("The unit's name; null when units are withheld.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataCategoryType>>>>("categories")
            .Description("The data categories read.").Resolve(c => c.Source.Categories);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("bases")
            .Description("On which basis each category was read, e.g. `Placement: own records`.").Resolve(c => c.Source.Bases);
        Field(l => l.Reads).Description("How many requests read the pupil's data.");
        Field(l => l.Emergency).Description("Whether any of them was made by emergency access (break-glass).");
        this.TagAllFields(DataCategory.AccessLog);
    }
}
