using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Consents;
using Hub.Organisation;
using Hub.Records;

namespace Hub.Families;

/// <summary>A consent as the family sees it; <paramref name="UnitsWithheld"/> for a child with a protected identity.</summary>
public sealed record FamilyConsent(ConsentRecord Consent, bool UnitsWithheld);

/// <summary>A provision as the family sees it.</summary>
public sealed record FamilyProvision(ConsentProvision Provision, bool UnitsWithheld);

/// <summary>A request for consent as the family sees it.</summary>
public sealed record FamilyConsentRequest(ConsentRequest Request, bool UnitsWithheld);

/// <summary>A provision asked for, as the family sees it.</summary>
public sealed record FamilyRequestedProvision(ConsentRequestProvision Provision, bool UnitsWithheld);

public sealed class FamilyConsentRequestType : ObjectGraphType<FamilyConsentRequest>
{
    public FamilyConsentRequestType()
    {
        Name = "FamilyConsentRequest";
        Description = "A request for consent about the family's child: what the family is asked to let cross, and their answer. Names no staff.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the request: to answer it.")
            .Resolve(c => GlobalId.Encode(RecordKinds.ConsentRequest.TypeName, c.Source.Request.Id));
        Field<NonNullGraphType<IntGraphType>>("version").Description("Pass it back when answering.").Resolve(c => c.Source.Request.Version);
        Field<NonNullGraphType<DateOnlyGraphType>>("askedOn").Description("The day the family was asked.").Resolve(c => c.Source.Request.AskedOn);
        Field<NonNullGraphType<AgencyType>>("askedByAgency").Description("The agency that asked.").Resolve(c => c.Source.Request.AskedByUnit.Agency);
        Field<NonNullGraphType<ConsentRequestChannelType>>("how").Description("How the family was asked.").Resolve(c => c.Source.Request.How);
        Field<NonNullGraphType<IntGraphType>>("lastsMonths").Description("How many months the consent would run from the day it is given.")
            .Resolve(c => c.Source.Request.LastsMonths);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FamilyRequestedProvisionType>>>>("provisions").Description("Everything the family is asked to let cross.")
            .WithComplexityImpact(1, FamilyQueries.FewProvisions)
            .Resolve(c => c.Source.Request.Provisions.OrderBy(p => p.Id).Select(p => new FamilyRequestedProvision(p, c.Source.UnitsWithheld)).ToList());
        Field<NonNullGraphType<ConsentRequestStatusType>>("status").Description("OPEN until answered; GIVEN, DECLINED, or NO_ANSWER when staff stopped waiting.")
            .Resolve(c => c.Source.Request.Status);
        Field<DateOnlyGraphType>("answeredOn").Description("The day of the answer.").Resolve(c => c.Source.Request.AnsweredOn);
        Field<FamilyPersonType>("answeredByGuardian").Description("The guardian who answered, when known.").Resolve(c => c.Source.Request.AnsweredByGuardian);
        Field<NonNullGraphType<BooleanGraphType>>("answeredByPupil").Description("Whether the pupil answered.").Resolve(c => c.Source.Request.AnsweredByPupil);
        Field<IdGraphType>("consentId").Description("The consent that answered a GIVEN request (FamilyConsent.id).")
            .Resolve(c => c.Source.Request.ConsentId is int id ? GlobalId.Encode(RecordKinds.Consent.TypeName, id) : null);
        this.TagAllFields(DataCategory.Consent);
        this.FamilyOnly();
    }
}

public sealed class FamilyRequestedProvisionType : ObjectGraphType<FamilyRequestedProvision>
{
    public FamilyRequestedProvisionType()
    {
        Name = "FamilyRequestedProvision";
        Description = "One thing the family is asked to let cross: a category of one agency's records to another agency, for a purpose.";
        Field<NonNullGraphType<DataCategoryType>>("category").Description("What would cross.").Resolve(c => c.Source.Provision.Category);
        Field<NonNullGraphType<AgencyType>>("fromAgency").Description("The agency that would give it.").Resolve(c => c.Source.Provision.FromAgency);
        Field<NonNullGraphType<AgencyType>>("toAgency").Description("The agency that would receive it.").Resolve(c => c.Source.Provision.ToAgency);
        Field<StringGraphType>("toUnit").Description("The receiving unit's name when only one unit would receive it; null for a protected identity.")
            .Resolve(c => c.Source.UnitsWithheld ? null : c.Source.Provision.ToUnit?.Name);
        Field<NonNullGraphType<SharingPurposeType>>("purpose").Description("What it would be used for.").Resolve(c => c.Source.Provision.Purpose);
        this.TagAllFields(DataCategory.Consent);
        this.FamilyOnly();
    }
}

public sealed class FamilyConsentType : ObjectGraphType<FamilyConsent>
{
    public FamilyConsentType()
    {
        Name = "FamilyConsent";
        Description = "A consent about the family's child: what it lets cross, who signed, whether it was withdrawn. Names no staff.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the consent: to withdraw it.")
            .Resolve(c => GlobalId.Encode(RecordKinds.Consent.TypeName, c.Source.Consent.Id));
        Field<NonNullGraphType<IntGraphType>>("version").Description("Pass it back when withdrawing.").Resolve(c => c.Source.Consent.Version);
        Field<NonNullGraphType<DateOnlyGraphType>>("validFrom").Description("First day it covers.").Resolve(c => c.Source.Consent.ValidFrom);
        Field<NonNullGraphType<DateOnlyGraphType>>("validTo").Description("Last day it covers.").Resolve(c => c.Source.Consent.ValidTo);
        Field<NonNullGraphType<AgencyType>>("recordedByAgency").Description("The agency that recorded the signed form.")
            .Resolve(c => c.Source.Consent.RecordedByUnit.Agency);
        Field<DateTimeGraphType>("withdrawnAt").Description("When the whole consent was withdrawn (UTC).").Resolve(c => c.Source.Consent.WithdrawnAt);
        Field<FamilyPersonType>("withdrawnByGuardian").Description("The guardian who withdrew it.").Resolve(c => c.Source.Consent.WithdrawnByGuardian);
        Field<NonNullGraphType<BooleanGraphType>>("withdrawnByPupil").Description("Whether the pupil withdrew it.").Resolve(c => c.Source.Consent.WithdrawnByPupil);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FamilyProvisionType>>>>("provisions").Description("Everything it lets cross.")
            .WithComplexityImpact(1, FamilyQueries.FewProvisions)
            .Resolve(c => c.Source.Consent.Provisions.OrderBy(p => p.Id).Select(p => new FamilyProvision(p, c.Source.UnitsWithheld)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FamilySignatureType>>>>("signatures").Description("Who signed, and when.")
            .WithComplexityImpact(1, FamilyQueries.FewChildren)
            .Resolve(c => c.Source.Consent.Signatures.OrderBy(s => s.Id).ToList());
        this.TagAllFields(DataCategory.Consent);
        this.FamilyOnly();
    }
}

public sealed class FamilyProvisionType : ObjectGraphType<FamilyProvision>
{
    public FamilyProvisionType()
    {
        Name = "FamilyProvision";
        Description = "One thing a consent lets cross: a category of one agency's records to another agency, for a purpose.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the provision: to withdraw it by itself.")
            .Resolve(c => GlobalId.Encode(RecordKinds.ConsentProvisionTypeName, c.Source.Provision.Id));
        Field<NonNullGraphType<DataCategoryType>>("category").Description("What may cross.").Resolve(c => c.Source.Provision.Category);
        Field<NonNullGraphType<AgencyType>>("fromAgency").Description("The agency that gives it.").Resolve(c => c.Source.Provision.FromAgency);
        Field<NonNullGraphType<AgencyType>>("toAgency").Description("The agency that receives it.").Resolve(c => c.Source.Provision.ToAgency);
        Field<StringGraphType>("toUnit").Description("The receiving unit's name when only one unit receives it; null for a protected identity, whose units are never named.")
            .Resolve(c => c.Source.UnitsWithheld ? null : c.Source.Provision.ToUnit?.Name);
        Field<NonNullGraphType<SharingPurposeType>>("purpose").Description("What it may be used for.").Resolve(c => c.Source.Provision.Purpose);
        Field<NonNullGraphType<ProvisionStatusType>>("status")
            .Description("PENDING until the authority that keeps the records confirms it; IN_EFFECT; REFUSED by that authority; WITHDRAWN by the family.")
            .Resolve(c => c.Source.Provision.Status);
        Field<StringGraphType>("refusalReason").Description("Why the authority that keeps the records refused it, in its words.").Resolve(c => c.Source.Provision.RefusalReason);
        Field<DateTimeGraphType>("withdrawnAt").Description("When it was withdrawn (UTC).").Resolve(c => c.Source.Provision.WithdrawnAt);
        Field<FamilyPersonType>("withdrawnByGuardian").Description("The guardian who withdrew it.").Resolve(c => c.Source.Provision.WithdrawnByGuardian);
        Field<NonNullGraphType<BooleanGraphType>>("withdrawnByPupil").Description("Whether the pupil withdrew it.").Resolve(c => c.Source.Provision.WithdrawnByPupil);
        this.TagAllFields(DataCategory.Consent);
        this.FamilyOnly();
    }
}

public sealed class FamilySignatureType : ObjectGraphType<ConsentSignature>
{
    public FamilySignatureType()
    {
        Name = "FamilySignature";
        Description = "A signature on a consent: a guardian's or the pupil's own.";
        Field<FamilyPersonType>("guardian").Description("The guardian who signed; null for the pupil's own signature.").Resolve(c => c.Source.Guardian);
        Field(s => s.ByPupil).Description("Whether this is the pupil's own signature.");
        Field(s => s.SignedOn).Description("Day it was signed.");
        this.TagAllFields(DataCategory.Consent);
        this.FamilyOnly();
    }
}

public sealed class FamilyPersonType : ObjectGraphType<Guardian>
{
    public FamilyPersonType()
    {
        Name = "FamilyGuardian";
        Description = "A guardian of the child, by name: family, never staff.";
        Field(g => g.GivenName).Description("Given name.");
        Field(g => g.FamilyName).Description("Family name.");
        this.TagAllFields(DataCategory.Guardians);
        this.FamilyOnly();
    }
}
