using GraphQL.Types;
using Hub.Access;
using Hub.Changes;
using Hub.Organisation;
using Hub.Records;

namespace Hub.Consents;

public sealed class RecordConsentInput : MutationInput
{
    public string PupilId { get; set; } = "";
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }
    public string FormReference { get; set; } = "";
    public string? PupilView { get; set; }
    public List<ProvisionInput> Provisions { get; set; } = [];
    public List<SignatureInput> Signatures { get; set; } = [];
    public string? ConsentRequestId { get; set; }
}

public sealed class ProvisionInput
{
    public DataCategory Category { get; set; }
    public Agency FromAgency { get; set; }
    public Agency ToAgency { get; set; }
    public string? ToUnitId { get; set; }
    public SharingPurpose Purpose { get; set; }
    public string? FromAuthority { get; set; }
}

/// <summary>A guardian's signature (by guardian id) or the pupil's own (byPupil), with its day.</summary>
public sealed class SignatureInput
{
    public string? GuardianId { get; set; }
    public bool? ByPupil { get; set; }
    public DateOnly SignedOn { get; set; }
}

public sealed class RecordConsentInputType : MutationInputType<RecordConsentInput>
{
    public RecordConsentInputType()
        : base("RecordConsentInput", "A signed consent form, as the agency that met the family recorded it.")
    {
        Field<NonNullGraphType<IdGraphType>>("pupilId").Description("The pupil, one the caller has a relationship with.");
        Field(i => i.ValidFrom).Description("First day the consent covers.");
        Field(i => i.ValidTo).Description("Last day it covers: after validFrom, at most twelve months later.");
        Field(i => i.FormReference).Description($"Reference to the signed form in the caller's archive (at most {ConsentMutations.MaxFormReference} characters).");
        Field(i => i.PupilView, nullable: true).Description($"The pupil's own view (at most {ConsentMutations.MaxPupilView} characters).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsentProvisionInputType>>>>("provisions")
            .Description("What may cross: at least one; each from the agency that produces the category to another agency.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsentSignatureInputType>>>>("signatures")
            .Description("The signatures on the form. Missing ones may be added later; until the consent is complete it grants nothing.");
        Field<IdGraphType>("consentRequestId")
            .Description("The open request for consent (askForConsent) this form answers: it is recorded as GIVEN, today, naming this consent.");
    }
}

public sealed class ConsentProvisionInputType : InputObjectGraphType<ProvisionInput>
{
    public ConsentProvisionInputType()
    {
        Name = "ConsentProvisionInput";
        Description = "One thing a consent covers.";
        Field<NonNullGraphType<DataCategoryType>>("category").Description("A category of one agency's records.");
        Field<NonNullGraphType<AgencyType>>("fromAgency").Description("The agency that produces the category.");
        Field<NonNullGraphType<AgencyType>>("toAgency").Description("The agency that receives it; not the giving one.");
        Field<IdGraphType>("toUnitId").Description("Only this unit of the receiving agency (default: the whole agency).");
        Field<NonNullGraphType<SharingPurposeType>>("purpose").Description("What it may be used for.");
        Field<StringGraphType>("fromAuthority")
            .Description("The authority that keeps the records (a unit's `authority`, e.g. social:hagersten-alvsjo). Default: the caller's own when it is of "
                + "fromAgency; otherwise the one that keeps them for this pupil (the registered district's social services, the enrolled school's "
                + "authority, the catchment's BUP, the district's police). Unless it is the caller's own, the provision waits for that authority to confirm it.");
    }
}

public sealed class ConsentSignatureInputType : InputObjectGraphType<SignatureInput>
{
    public ConsentSignatureInputType()
    {
        Name = "ConsentSignatureInput";
        Description = "One signature: a guardian's (guardianId) or the pupil's own (byPupil: true).";
        Field<IdGraphType>("guardianId").Description("A guardian with custody of the pupil today.");
        Field(i => i.ByPupil, nullable: true).Description("True for the pupil's own signature.");
        Field(i => i.SignedOn).Description("Day of the signature; not in the future.");
    }
}

public sealed class AddConsentSignatureInput : MutationInput
{
    public string ConsentId { get; set; } = "";
    public int Version { get; set; }
    public string? GuardianId { get; set; }
    public bool? ByPupil { get; set; }
    public DateOnly SignedOn { get; set; }
}

public sealed class AddConsentSignatureInputType : MutationInputType<AddConsentSignatureInput>
{
    public AddConsentSignatureInputType()
        : base("AddConsentSignatureInput", "A signature that was missing when the consent was recorded: a guardian's or the pupil's own.")
    {
        Field<NonNullGraphType<IdGraphType>>("consentId").Description("The consent.");
        Field(i => i.Version).Description("The consent's version as last read.");
        Field<IdGraphType>("guardianId").Description("A guardian with custody of the pupil today.");
        Field(i => i.ByPupil, nullable: true).Description("True for the pupil's own signature.");
        Field(i => i.SignedOn).Description("Day of the signature; not in the future.");
    }
}

public sealed class WithdrawConsentInput : MutationInput
{
    public string ConsentId { get; set; } = "";
    public int Version { get; set; }
    public string? GuardianId { get; set; }
    public bool? ByPupil { get; set; }
    public List<string>? ProvisionIds { get; set; }
}

public sealed class WithdrawConsentInputType : MutationInputType<WithdrawConsentInput>
{
    public WithdrawConsentInputType()
        : base("WithdrawConsentInput", "A guardian's (or the pupil's) withdrawal of a consent or of some of its provisions: they grant nothing from this moment.")
    {
        Field<NonNullGraphType<IdGraphType>>("consentId").Description("The consent.");
        Field(i => i.Version).Description("The consent's version as last read.");
        Field<IdGraphType>("guardianId").Description("The guardian who withdrew it: one with custody of the pupil today.");
        Field(i => i.ByPupil, nullable: true).Description("True when the pupil withdrew it.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("provisionIds")
            .Description("Only these provisions of the consent (ConsentProvision.id); none or null withdraws the whole consent.");
    }
}

public sealed class ConsentPayloadType : PayloadType<ConsentType, ConsentRecord>
{
    public ConsentPayloadType()
        : base("ConsentPayload", "consent", "a consent", RecordKinds.Consent)
    {
    }
}
