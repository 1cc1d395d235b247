using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Changes;
using Hub.Identity;
using Hub.Organisation;
using Hub.Records;

namespace Hub.Cooperation;

public sealed class CooperationAgreementType : ObjectGraphType<CooperationAgreement>
{
    public CooperationAgreementType()
    {
        Name = RecordKinds.CooperationAgreement.TypeName;
        Description = "A district's local cooperation agreement (lokal samverkansöverenskommelse): its parties, and its regular revision.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the agreement.")
            .Resolve(c => GlobalId.Encode(RecordKinds.CooperationAgreement.TypeName, c.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("districtId").Description("Global id of the district.").Resolve(c => GlobalId.Encode("District", c.Source.DistrictId));
        Field(a => a.Title).Description("What the agreement is called.");
        Field(a => a.DocumentReference).Description("Where the signed document is kept (a diary number).");
        Field(a => a.SignedOn).Description("Day it was signed.");
        Field(a => a.RevisionDueOn).Description("Day the next revision is due.");
        Field<NonNullGraphType<BooleanGraphType>>("revisionOverdue").Description("Whether the revision due has passed.")
            .Resolve(c => c.Source.RevisionDueOn < c.RequestServices!.GetRequiredService<PersonalData>().Today);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("parties").Description("The units bound by it, by name.")
            .ResolveAsync(async c =>
            {
                var units = await c.RequestServices!.GetRequiredService<UnitDirectory>().UnitsAsync(c.CancellationToken);
                var ids = c.Source.Parties.Select(p => p.UnitId).ToHashSet();
                return units.Where(u => ids.Contains(u.Id)).OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationAgreementRevisionType>>>>("revisions").Description("Its revisions, oldest first.")
            .Resolve(c => c.Source.Revisions.OrderBy(r => r.RevisedOn).ThenBy(r => r.Id).ToList());
        Field(a => a.RecordedBy).Description("Who recorded it in the hub.");
        Field(a => a.Version).Description("Version for optimistic concurrency: pass it back when revising.");
        this.TagAllFields(DataCategory.Directory);
    }
}

public sealed class CooperationAgreementRevisionType : ObjectGraphType<CooperationAgreementRevision>
{
    public CooperationAgreementRevisionType()
    {
        Name = "CooperationAgreementRevision";
        Description = "One revision of a cooperation agreement.";
        Field(r => r.RevisedOn).Description("Day of the revision.");
        Field(r => r.RevisedBy).Description("Who recorded it.");
        Field(r => r.Note).Description("What changed.");
        Field(r => r.NextRevisionDueOn).Description("The next revision it set.");
        this.TagAllFields(DataCategory.Directory);
    }
}

public sealed class RecordCooperationAgreementInput : MutationInput
{
    public string Title { get; set; } = "";
    public string DocumentReference { get; set; } = "";
    public DateOnly SignedOn { get; set; }
    public DateOnly RevisionDueOn { get; set; }
    public List<string> PartyIds { get; set; } = [];
}

public sealed class RecordCooperationAgreementInputType : MutationInputType<RecordCooperationAgreementInput>
{
    public RecordCooperationAgreementInputType()
        : base("RecordCooperationAgreementInput", "The caller's district's local cooperation agreement, as signed.")
    {
        Field(i => i.Title).Description($"What it is called (at most {CooperationAgreementRules.MaxTitle} characters).");
        Field(i => i.DocumentReference).Description($"Where the signed document is kept (at most {CooperationAgreementRules.MaxReference} characters).");
        Field(i => i.SignedOn).Description("Day it was signed; not in the future.");
        Field(i => i.RevisionDueOn).Description($"Day the first revision is due: after signing, within {CooperationAgreementRules.MaxMonthsBetweenRevisions} months.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("partyIds")
            .Description("The units bound by it: the district's own social services and at least one other agency (schools of the district, the pupil-health unit, BUP, the police).");
    }
}

public sealed class ReviseCooperationAgreementInput : MutationInput
{
    public string AgreementId { get; set; } = "";
    public int Version { get; set; }
    public DateOnly RevisedOn { get; set; }
    public string Note { get; set; } = "";
    public DateOnly NextRevisionDueOn { get; set; }
    public List<string>? PartyIds { get; set; }
}

public sealed class ReviseCooperationAgreementInputType : MutationInputType<ReviseCooperationAgreementInput>
{
    public ReviseCooperationAgreementInputType()
        : base("ReviseCooperationAgreementInput", "A revision of the caller's district's cooperation agreement.")
    {
        Field<NonNullGraphType<IdGraphType>>("agreementId").Description("The agreement, one of the caller's district.");
        Field(i => i.Version).Description("The agreement's version as last read.");
        Field(i => i.RevisedOn).Description("Day of the revision: not before the last one, not in the future.");
        Field(i => i.Note).Description($"What changed (at most {CooperationAgreementRules.MaxNote} characters).");
        Field(i => i.NextRevisionDueOn).Description($"Day the next revision is due: after this one, within {CooperationAgreementRules.MaxMonthsBetweenRevisions} months.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("partyIds").Description("The parties from now on, when they change; left out, they stay.");
    }
}

public sealed class CooperationAgreementPayloadType : PayloadType<CooperationAgreementType, CooperationAgreement>
{
    public CooperationAgreementPayloadType()
        : base("CooperationAgreementPayload", "agreement", "a district's cooperation agreement", RecordKinds.CooperationAgreement)
    {
    }
}

/// <summary>The districts' cooperation agreements: directory data, for every member of staff.</summary>
public static class CooperationAgreementQueries
{
    public const int Max = 200;

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationAgreementType>>>>("cooperationAgreements")
            .Description("The districts' local cooperation agreements, by district and signing day; with overdue: true, only those whose revision is overdue.")
            .Argument<IdGraphType>("district", "Only this district's.")
            .Argument<BooleanGraphType>("overdue", "Only those whose revision due has passed (true), or has not (false).")
            .Category(DataCategory.Directory)
            .ResolveAsync(async c =>
            {
                var data = c.RequestServices!.GetRequiredService<PersonalData>();
                var district = c.GetArgument<string?>("district");
                var districtId = district is null ? 0 : GlobalId.DecodeArgument(district, "District", "district");
                var overdue = c.GetArgument<bool?>("overdue");
                return await data.CooperationAgreementsAsync(district is null ? null : districtId, overdue, Max, c.CancellationToken);
            });
}
