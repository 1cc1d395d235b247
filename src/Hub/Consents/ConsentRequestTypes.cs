using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Changes;
using Hub.Organisation;
using Hub.Records;

namespace Hub.Consents;

public sealed class ConsentRequestType : ObjectGraphType<ConsentRequest>
{
    public ConsentRequestType()
    {
        Name = RecordKinds.ConsentRequest.TypeName;
        Description = "That the family was asked for a consent, what for, and what they answered. It lets nothing cross: only a consent does.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the request.")
            .Resolve(c => GlobalId.Encode(RecordKinds.ConsentRequest.TypeName, c.Source.Id));
        Field(r => r.Version).Description("Version for optimistic concurrency: pass it back when recording the answer.");
        Field(r => r.AskedOn).Description("The day the family was asked.");
        Field<NonNullGraphType<ConsentRequestChannelType>>("how").Description("How they were asked.").Resolve(c => c.Source.How);
        Field(r => r.AskedBy, nullable: true).Description("Who asked; withheld for a protected identity.").Location();
        Field<UnitType>("askedByUnit").Description("The unit that asked; withheld for a protected identity.").Location().ResolveUnit(c => c.AskedByUnitId);
        Field(r => r.RecordedAt).Description("When the request was recorded in the hub (UTC).");
        Field(r => r.LastsMonths).Description("How many months the consent asked for would run from the day it is given.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsentRequestProvisionType>>>>("provisions")
            .Description("What the family is asked to let cross: only what the reader's role reads.")
            .Resolve(c => c.Source.Provisions.OrderBy(p => p.Id).Select(p => new PupilPart<ConsentRequestProvision>(c.Source.PupilId, p)).ToList());
        Field<NonNullGraphType<ConsentRequestStatusType>>("status").Description("OPEN until an answer is recorded; then GIVEN, DECLINED or NO_ANSWER.")
            .Resolve(c => c.Source.Status);
        Field(r => r.AnsweredOn, nullable: true).Description("The day the answer came (for NO_ANSWER, the day staff stopped waiting).");
        Field<ConsentGuardianType>("answeredByGuardian").Description("The guardian who answered, when recorded; withheld for a protected identity.").Location()
            .Resolve(c => c.Source.AnsweredByGuardian);
        Field(r => r.AnsweredByPupil).Description("Whether the pupil answered.");
        Field(r => r.AnswerRecordedBy, nullable: true).Description("Who recorded the answer; null when the family answered in the hub. Withheld for a protected identity.")
            .Location();
        Field<IdGraphType>("consentId").Description("The consent that answered a request that was GIVEN.")
            .Resolve(c => c.Source.ConsentId is int id ? GlobalId.Encode(RecordKinds.Consent.TypeName, id) : null);
        this.TagAllFields(DataCategory.Consent);
    }
}

public sealed class ConsentRequestProvisionType : ObjectGraphType<PupilPart<ConsentRequestProvision>>
{
    public ConsentRequestProvisionType()
    {
        Name = "ConsentRequestProvision";
        Description = "One thing the family is asked to let cross, as the consent's provision would say it.";
        Field<NonNullGraphType<DataCategoryType>>("category").Description("The data category.").Resolve(c => c.Source.Part.Category);
        Field<NonNullGraphType<AgencyType>>("fromAgency").Description("The agency that would give it.").Resolve(c => c.Source.Part.FromAgency);
        Field<NonNullGraphType<AgencyType>>("toAgency").Description("The agency that would receive it.").Resolve(c => c.Source.Part.ToAgency);
        Field<UnitType>("toUnit").Description("When set, only this unit of the receiving agency; withheld for a protected identity.").Location()
            .ResolveUnit(c => c.Part.ToUnitId);
        Field<NonNullGraphType<SharingPurposeType>>("purpose").Description("What it would be used for.").Resolve(c => c.Source.Part.Purpose);
        Field<StringGraphType>("fromAuthority").Description("The authority that keeps the records; withheld for a protected identity.").Location()
            .Resolve(c => c.Source.Part.FromAuthority);
        this.TagAllFields(DataCategory.Consent);
    }
}

public sealed class ConsentRequestChannelType : EnumerationGraphType<ConsentRequestChannel>
{
    public ConsentRequestChannelType()
    {
        Name = "ConsentRequestChannel";
        Description = "How the family was asked for a consent.";
    }
}

public sealed class ConsentRequestStatusType : EnumerationGraphType<ConsentRequestStatus>
{
    public ConsentRequestStatusType()
    {
        Name = "ConsentRequestStatus";
        Description = "Where a request for consent stands.";
    }
}

public sealed class ConsentAnswerType : EnumerationGraphType<ConsentAnswer>
{
    public ConsentAnswerType()
    {
        Name = "ConsentAnswer";
        Description = "The family's answer to a request for consent, as staff record it.";
    }
}

public sealed class AskForConsentInput : MutationInput
{
    public string PupilId { get; set; } = "";
    public DateOnly AskedOn { get; set; }
    public ConsentRequestChannel How { get; set; }
    public int? LastsMonths { get; set; }
    public List<ProvisionInput> Provisions { get; set; } = [];
}

public sealed class AskForConsentInputType : MutationInputType<AskForConsentInput>
{
    public AskForConsentInputType()
        : base("AskForConsentInput", "That the family was asked for a consent, and what for.")
    {
        Field<NonNullGraphType<IdGraphType>>("pupilId").Description("The pupil, one the caller has a relationship with.");
        Field(i => i.AskedOn).Description("The day the family was asked; not in the future.");
        Field<NonNullGraphType<ConsentRequestChannelType>>("how").Description("How they were asked.");
        Field(i => i.LastsMonths, nullable: true).Description($"How many months the consent would run from the day it is given (1–{ConsentRules.MaxMonths}; default {ConsentRules.MaxMonths}).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsentProvisionInputType>>>>("provisions")
            .Description("What the family is asked to let cross, checked as a consent's provisions are: at least one.");
    }
}

public sealed class RecordConsentAnswerInput : MutationInput
{
    public string RequestId { get; set; } = "";
    public int Version { get; set; }
    public ConsentAnswer Answer { get; set; }
    public DateOnly AnsweredOn { get; set; }
    public string? ConsentId { get; set; }
    public string? GuardianId { get; set; }
    public bool? ByPupil { get; set; }
}

public sealed class RecordConsentAnswerInputType : MutationInputType<RecordConsentAnswerInput>
{
    public RecordConsentAnswerInputType()
        : base("RecordConsentAnswerInput", "The family's answer to an open request for consent.")
    {
        Field<NonNullGraphType<IdGraphType>>("requestId").Description("The request (ConsentRequest.id).");
        Field(i => i.Version).Description("The request's version as last read.");
        Field<NonNullGraphType<ConsentAnswerType>>("answer").Description("GIVEN, DECLINED or NO_ANSWER.");
        Field(i => i.AnsweredOn).Description("The day the answer came (for NO_ANSWER, today); not before the day they were asked, not in the future.");
        Field<IdGraphType>("consentId").Description("For GIVEN: the consent recorded from the signed form (recordConsent), about the same pupil. Required then, refused otherwise.");
        Field<IdGraphType>("guardianId").Description("The guardian who answered, when known: one with custody of the pupil today.");
        Field(i => i.ByPupil, nullable: true).Description("True when the pupil answered (from the consent age).");
    }
}

public sealed class ConsentRequestPayloadType : PayloadType<ConsentRequestType, ConsentRequest>
{
    public ConsentRequestPayloadType()
        : base("ConsentRequestPayload", "consentRequest", "a request for consent", RecordKinds.ConsentRequest)
    {
    }
}
