using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Changes;
using Hub.Records;
using static Hub.Changes.Write;
using static Hub.Interventions.InterventionWrite;

namespace Hub.Interventions;

/// <summary>
/// The duty to report concern (anmälningsskyldighet), through the hub: a school, BUP or the police
/// files a report of concern, and it lands at the reception of the pupil's registered district, as
/// social services' own record. The reporter gets a receipt, not the report: what social services
/// does with it is theirs, shared back only under consent or a legal basis. A report of concern is
/// always received: a child the hub does not know is recorded from the identity number (not
/// enrolled), and the receipt is the same either way.
/// </summary>
public static class ConcernReportMutations
{
    private static readonly Who Reporters =
        Who.Of(Agency.School, "school staff (teachers, principals, the pupil-health unit)", Role.Teacher, Role.Principal, Role.PupilHealthOfficer)
            .Or(Who.Of(Agency.Bup, "BUP clinicians", Role.Clinician))
            .Or(Who.Of(Agency.Police, "police officers", Role.PoliceOfficer));

    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<ReportConcernInputType, ReportConcernInput, ConcernReceiptPayloadType>("reportConcern",
            "Files a report of concern (orosanmälan) about a pupil with social services of the pupil's registered district. "
            + "The reporter and the reporting unit are recorded from the caller's token; the preliminary assessment is due in 14 days.",
            Reporters, ReportAsync);

    private static async Task<object> ReportAsync(Write w, ReportConcernInput input)
    {
        if ((input.PupilId is null) == (input.PersonalIdentityNumber is null))
        {
            throw Refuse(UserErrorCode.Invalid, "pupilId", "Give exactly one of pupilId (a pupil you have a relationship with) and personalIdentityNumber.");
        }

        var summary = Text(input.Summary, "summary", MaxSummaryLength);
        var contact = Text(input.ReporterContact, "reporterContact", MaxNameLength, required: false);
        var pupil = input.PupilId is not null ? await w.PupilAsync(input.PupilId) : await ReportedChild.FindOrRecordAsync(w, input);
        var reception = (await w.UnitsAsync()).OrderBy(u => u.Id)
            .FirstOrDefault(u => u.Kind == UnitKind.SocialServicesReception && u.DistrictId == pupil.RegisteredDistrictId)
            ?? throw Refuse(UserErrorCode.WrongState, "pupilId", "The pupil's registered district has no social-services reception in the directory.");
        var report = new ReportOfConcern
        {
            OwnerAuthority = reception.Authority,
            ReporterKind = w.Caller.Agency switch
            {
                Agency.School => ReporterKind.School,
                Agency.Bup => ReporterKind.Bup,
                _ => ReporterKind.Police,
            },
            ReporterUnitId = w.Caller.UnitKind is UnitKind.School or UnitKind.BupClinic or UnitKind.PoliceArea ? w.Caller.UnitId : null,
            ReporterName = w.Caller.Name,
            ReporterContact = contact,
            Summary = summary,
        };
        return await ReceiveReportAsync(w, report, pupil.Id, w.Today, reception);
    }
}

public sealed class ReportConcernInput : MutationInput
{
    public string? PupilId { get; set; }
    public string? PersonalIdentityNumber { get; set; }
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    public string? DistrictId { get; set; }
    public string Summary { get; set; } = "";
    public string? ReporterContact { get; set; }
}

public sealed class ReportConcernInputType : MutationInputType<ReportConcernInput>
{
    public ReportConcernInputType()
        : base("ReportConcernInput", "A report of concern (orosanmälan) filed by a school, BUP or the police.")
    {
        Field<IdGraphType>("pupilId").Description("The pupil, if the caller has a relationship with the pupil; or give personalIdentityNumber.");
        Field<StringGraphType>("personalIdentityNumber").Description("The child's personal identity number, for a child the caller has no relationship with: any child, "
            + "also one the hub does not know; the receipt is the same either way.");
        Field<StringGraphType>("givenName").Description("With personalIdentityNumber: the child's given name, as the reporter knows it (recorded only for a child the hub does not know).");
        Field<StringGraphType>("familyName").Description("With personalIdentityNumber: the child's family name, as the reporter knows it (recorded only for a child the hub does not know).");
        Field<IdGraphType>("districtId").Description("With personalIdentityNumber: the district where the child lives, as far as the reporter knows; it decides the receiving "
            + "social services only for a child the hub does not know (default: the district of the caller's unit; required for a unit that belongs to no district).");
        Field(i => i.Summary).Description($"What the concern is (at most {MaxSummaryLength} characters).");
        Field(i => i.ReporterContact, nullable: true).Description($"How social services reaches the reporter (at most {MaxNameLength} characters).");
    }
}

/// <summary>What the reporter gets back: that the report was received, and by when it is assessed. Nothing of social services' record.</summary>
public sealed class ConcernReceiptType : ObjectGraphType<ReportOfConcern>
{
    public ConcernReceiptType()
    {
        Name = "ConcernReceipt";
        Description = "Receipt for a report of concern (orosanmälan): the report reached social services.";
        Field<NonNullGraphType<IdGraphType>>("reportId").Description("Global id of the report, to quote when social services calls.")
            .Resolve(c => GlobalId.Encode(RecordKinds.Intervention.TypeName, c.Source.Id));
        Field<NonNullGraphType<DateOnlyGraphType>>("receivedOn").Description("Day social services received it.").Resolve(c => c.Source.OpenedOn);
        Field(r => r.AssessmentDueOn).Description("Day the preliminary assessment (förhandsbedömning) is due: 14 days after receipt.");
        Field(r => r.ReporterName).Description("The reporter, as recorded.");
        Field<NonNullGraphType<ConcernReportOutcomeType>>("outcome")
            .Description("What a professional reporter may be told, and nothing more: whether an investigation was opened, is not opened, "
                + "or was already running; AWAITING_ASSESSMENT until social services decides. Each read is in the access log.")
            .Resolve(c =>
            {
                var services = c.RequestServices!;
                var recorder = services.GetRequiredService<AccessRecorder>();
                return services.GetRequiredService<Loaders>().ReportsTold.Load(c.Source.Id).Then(told =>
                {
                    if (told.Count == 0)
                    {
                        // Only the unit that made the report reads what became of it; no receipt reaches anyone else.
                        return ConcernReportOutcome.AwaitingAssessment;
                    }

                    var report = told[0];
                    recorder.Read(report.PupilId, DataCategory.ReportOfConcern, ReporterBasis, emergency: false, report.ProtectedIdentity);
                    return report.Decision switch
                    {
                        AssessmentDecision.OpenInvestigation => ConcernReportOutcome.InvestigationOpened,
                        AssessmentDecision.NoInvestigation => ConcernReportOutcome.NoInvestigation,
                        AssessmentDecision.AlreadyInvestigated => ConcernReportOutcome.AlreadyInvestigated,
                        _ => ConcernReportOutcome.AwaitingAssessment,
                    };
                });
            });
        Field(r => r.MeetingPlannedOn, nullable: true).Description("The day of the report meeting (anmälningsmöte) the reporter is invited to, once planned.");
        Field(r => r.MeetingHeldOn, nullable: true).Description("The day of the report meeting (anmälningsmöte) the reporter takes part in, once held.");
        this.TagAllFields(DataCategory.Directory);
    }

    /// <summary>The basis the access log names for a reporter's read of its report's outcome.</summary>
    public const string ReporterBasis = "reporter's right to be told whether an investigation was opened (socialtjänstlagen)";
}

/// <summary>What a professional reporter is told of its report of concern.</summary>
public enum ConcernReportOutcome
{
    AwaitingAssessment,
    InvestigationOpened,
    NoInvestigation,
    AlreadyInvestigated,
}

public sealed class ConcernReportOutcomeType : EnumerationGraphType<ConcernReportOutcome>
{
    public ConcernReportOutcomeType()
    {
        Name = "ConcernReportOutcome";
        Description = "What became of a report of concern, as its professional reporter may be told (no more).";
    }
}

/// <summary>The reports of concern the caller's unit made, as receipts: what the reporter may read back.</summary>
public static class ConcernReportQueries
{
    public const int Max = 100;

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConcernReceiptType>>>>("concernReportsMade")
            .Description($"The reports of concern the caller's unit made, newest first (at most {Max}): each receipt with its outcome, as the reporter may be told.")
            .Category(DataCategory.Directory)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<PersonalData>().ReportsMadeByCallersUnitAsync(Max, c.CancellationToken));
}

public sealed class ConcernReceiptPayloadType : PayloadType<ConcernReceiptType, ReportOfConcern>, IOwnRecordPayload
{
    public ConcernReceiptPayloadType()
        : base("ReportConcernPayload", "receipt", "a report of concern, as its reporter sees it", DataCategory.Directory,
            data => data.ReportsMadeByCallersUnit)
    {
    }
}
