using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Changes;
using Hub.Data;
using Hub.Organisation;
using Hub.Records;

namespace Hub.Consents;

public sealed class RecordDisclosureDecisionInput : MutationInput
{
    public string PupilId { get; set; } = "";
    public string ToUnitId { get; set; } = "";
    public List<DataCategory> Categories { get; set; } = [];
    public SharingPurpose Purpose { get; set; }
    public LegalBasisKind Kind { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidUntil { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class RecordDisclosureDecisionInputType : MutationInputType<RecordDisclosureDecisionInput>
{
    public RecordDisclosureDecisionInputType()
        : base("RecordDisclosureDecisionInput", "A decision of the caller's authority to disclose some of its own records about a pupil.")
    {
        Field<NonNullGraphType<IdGraphType>>("pupilId").Description("The pupil, one the caller has a relationship with.");
        Field<NonNullGraphType<IdGraphType>>("toUnitId").Description("The receiving unit, of another authority.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataCategoryType>>>>("categories").Description("Categories of the caller's own agency's records.");
        Field<NonNullGraphType<SharingPurposeType>>("purpose").Description("What the receiving unit needs them for.");
        Field<NonNullGraphType<LegalBasisKindType>>("kind")
            .Description("The provision it rests on: DISCLOSURE_NECESSARY (OSL 10 kap. 2 §) or DISCLOSURE_OVERRIDING_INTEREST (OSL 10 kap. 27 §, not for BUP or social services).");
        Field(i => i.ValidFrom).Description("First day it applies: today or later.");
        Field(i => i.ValidUntil).Description($"Last day it applies: at most {DisclosureDecisionMutations.MaxMonths} months after validFrom.");
        Field(i => i.Reason).Description($"Why the disclosure is needed (1–{DisclosureDecisionMutations.MaxReasonLength} characters).");
    }
}

public sealed class EndDisclosureDecisionInput : MutationInput
{
    public string DecisionId { get; set; } = "";
    public int Version { get; set; }
}

public sealed class EndDisclosureDecisionInputType : MutationInputType<EndDisclosureDecisionInput>
{
    public EndDisclosureDecisionInputType()
        : base("EndDisclosureDecisionInput", "Ends a disclosure decision of the caller's authority from today.")
    {
        Field<NonNullGraphType<IdGraphType>>("decisionId").Description("The decision.");
        Field(i => i.Version).Description("The version read.");
    }
}

public sealed class DisclosureDecisionType : ObjectGraphType<DisclosureDecision>
{
    public const string TypeName = "DisclosureDecision";

    public DisclosureDecisionType()
    {
        Name = TypeName;
        Description = "A documented decision of a disclosing authority to let named categories of its records about a pupil cross to one unit, for a period.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the decision.").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field(d => d.Version).Description("Version for optimistic concurrency.");
        Field<NonNullGraphType<IdGraphType>>("pupilId").Description("Global id of the pupil.").Resolve(c => GlobalId.Encode(RecordKinds.Pupil.TypeName, c.Source.PupilId));
        Field<NonNullGraphType<LegalBasisKindType>>("kind").Description("The catalogue kind: which provision it rests on.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("citation").Description("The provision, as cited.").Resolve(c => LegalBasisKinds.Of(c.Source.Kind).Citation.ToString());
        Field<NonNullGraphType<AgencyType>>("fromAgency").Description("The disclosing agency.").Resolve(c => c.Source.FromAgency);
        Field(d => d.FromAuthority).Description("The disclosing authority.");
        Field<UnitType>("decidedByUnit").Description("The unit of the person who decided.").ResolveUnit(c => c.DecidedByUnitId);
        Field(d => d.DecidedByName).Description("Who decided.");
        Field<NonNullGraphType<RoleType>>("decidedByRole").Description("In what role.").Resolve(c => c.Source.DecidedByRole);
        Field(d => d.DecidedAt).Description("When it was recorded (UTC).");
        Field<UnitType>("toUnit").Description("The receiving unit.").ResolveUnit(c => c.ToUnitId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataCategoryType>>>>("categories").Description("What it discloses.")
            .Resolve(c => DataCategorySet.Parse(c.Source.Categories).ToList());
        Field<NonNullGraphType<SharingPurposeType>>("purpose").Description("What for.").Resolve(c => c.Source.Purpose);
        Field(d => d.ValidFrom).Description("First day it applies.");
        Field(d => d.ValidUntil).Description("Last day it applies, unless ended earlier.");
        Field(d => d.Reason).Description("Why, as the decider wrote it.");
        Field(d => d.EndedOn, nullable: true).Description("The day it was ended early, from which it grants nothing.");
        Field(d => d.EndedByName, nullable: true).Description("Who ended it early.");
        this.TagAllFields(DataCategory.Identity);
    }
}

/// <summary>Reads the decision back as its authority sees it.</summary>
public sealed class DisclosureDecisionPayloadType : PayloadType<DisclosureDecisionType, DisclosureDecision>
{
    public DisclosureDecisionPayloadType()
        : base("DisclosureDecisionPayload", "decision", "a disclosure decision", DataCategory.Identity, data => data.DisclosureDecisionsOfCallersAuthority)
    {
    }
}

/// <summary>The data-protection officer's list of disclosure decisions.</summary>
public static class DisclosureDecisionQueries
{
    public const int MaxRows = 500;

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DisclosureDecisionType>>>>("disclosureDecisions")
            .Description($"Disclosure decisions recorded in a period, newest first (at most {MaxRows}), every authority's, for the data-protection officer.")
            .Argument<DateTimeGraphType>("from", "Recorded at or after this instant.")
            .Argument<DateTimeGraphType>("to", "Recorded before this instant.")
            .Argument<BooleanGraphType>("running", "True: only those that apply today. False or left out: all.")
            .Category(DataCategory.AccessLog)
            .ResolveAsync(async c =>
            {
                var (from, to) = PeriodArguments.Read(c);

                DateOnly? runningOn = c.GetArgument<bool?>("running") == true ? c.RequestServices!.GetRequiredService<HubClock>().Today : null;
                var rows = await c.RequestServices!.GetRequiredService<OversightData>().DisclosureDecisionsAsync(from, to, runningOn, MaxRows, c.CancellationToken);

                // The decisions' fields are a pupil record's, decided per pupil like any other (the officer's role reads none of them
                // through a relationship); each pupil the officer reads a decision about is a read of its own, as in emergencyAccesses.
                await c.RequestServices!.GetRequiredService<AccessDecisions>().PrepareAsync(rows.Select(d => d.Pupil).ToList(), c.CancellationToken);
                var oversight = c.RequestServices!.GetRequiredService<OversightReads>();
                foreach (var pupilId in rows.Select(d => d.PupilId).Distinct())
                {
                    oversight.Read(pupilId);
                }

                return rows;
            });
}
