using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Organisation;
using Hub.Records;

namespace Hub.Consents;

public sealed class ProvisionStatusType : EnumerationGraphType<ProvisionStatus>
{
    public ProvisionStatusType()
    {
        Name = "ProvisionStatus";
        Description = "Where a provision stands with the authority that keeps its records.";
    }
}

public sealed class ConsentType : ObjectGraphType<ConsentRecord>
{
    public ConsentType()
    {
        Name = RecordKinds.Consent.TypeName;
        Description = "A consent (samtycke) to let named data cross from one agency to another, for a purpose and a period.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the consent.").Resolve(c => GlobalId.Encode(RecordKinds.Consent.TypeName, c.Source.Id));
        Field(c => c.Version).Description("Version for optimistic concurrency: pass it back when changing the consent.");
        Field(c => c.ValidFrom).Description("First day the consent covers.");
        Field(c => c.ValidTo).Description("Last day the consent covers.");
        Field(c => c.RecordedBy, nullable: true).Description("Who recorded the signed form in the hub; withheld for a protected identity.").Location();
        Field<UnitType>("recordedByUnit").Description("The unit that recorded it; withheld for a protected identity.").Location()
            .ResolveUnit(c => c.RecordedByUnitId);
        Field(c => c.RecordedAt).Description("When it was recorded (UTC).");
        Field(c => c.FormReference).Description("Reference to the signed form in the recording agency's own archive.");
        Field(c => c.PupilView, nullable: true).Description("The pupil's own view, recorded whatever the pupil's age.");
        Field(c => c.WithdrawnAt, nullable: true).Description("When it was withdrawn (UTC), if it was: from then on it grants nothing.");
        Field<ConsentGuardianType>("withdrawnByGuardian").Description("The guardian who withdrew it, if one did; withheld for a protected identity.").Location()
            .Resolve(c => c.Source.WithdrawnByGuardian);
        Field(c => c.WithdrawnByPupil).Description("Whether the pupil withdrew it.");
        Field<NonNullGraphType<BooleanGraphType>>("effective")
            .Description("Whether it grants today: in its period, not withdrawn, and signed by every guardian with custody (and the pupil, from the age the hub requires).")
            .Resolve(c => c.RequestServices!.GetRequiredService<Loaders>().EffectiveConsents.Load(c.Source.Id).Then(ids => ids.Count > 0));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsentProvisionType>>>>("provisions")
            .Description("What it lets cross, from whom to whom, for what: only the provisions whose category the reader's role reads.")
            .Resolve(c => c.Source.Provisions.OrderBy(p => p.Id).Select(p => new PupilPart<ConsentProvision>(c.Source.PupilId, p)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsentSignatureType>>>>("signatures").Description("Who signed, and when.")
            .Resolve(c => c.Source.Signatures.OrderBy(s => s.Id).ToList());
        this.TagAllFields(DataCategory.Consent);
    }
}

public sealed class ConsentProvisionType : ObjectGraphType<PupilPart<ConsentProvision>>
{
    public ConsentProvisionType()
    {
        Name = RecordKinds.ConsentProvisionTypeName;
        Description = "One thing a consent covers: a data category from one agency to another, for a purpose.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the provision: to confirm, refuse or withdraw it by itself.")
            .Resolve(c => GlobalId.Encode(RecordKinds.ConsentProvisionTypeName, c.Source.Part.Id));
        Field<NonNullGraphType<DataCategoryType>>("category").Description("The data category that may cross.").Resolve(c => c.Source.Part.Category);
        Field<NonNullGraphType<AgencyType>>("fromAgency").Description("The agency that gives it.").Resolve(c => c.Source.Part.FromAgency);
        Field<NonNullGraphType<AgencyType>>("toAgency").Description("The agency that receives it.").Resolve(c => c.Source.Part.ToAgency);
        Field<UnitType>("toUnit").Description("When set, only this unit of the receiving agency; withheld for a protected identity.").Location()
            .ResolveUnit(c => c.Part.ToUnitId);
        Field<NonNullGraphType<SharingPurposeType>>("purpose").Description("What it may be used for.").Resolve(c => c.Source.Part.Purpose);
        Field<StringGraphType>("fromAuthority")
            .Description("The authority that keeps the records and lifts their secrecy (a unit's authority code); withheld for a protected identity.").Location()
            .Resolve(c => c.Source.Part.FromAuthority);
        Field<NonNullGraphType<ProvisionStatusType>>("status")
            .Description("Pending until the authority that keeps the records confirms it (or recorded the consent itself); refused when it will not.")
            .Resolve(c => c.Source.Part.Status);
        Field<NonNullGraphType<BooleanGraphType>>("confirmed")
            .Description("Whether the authority that keeps the records recorded the consent or has confirmed this provision (confirmConsentProvision); "
                + "until then it lets nothing cross, whatever the signatures. The same as status IN_EFFECT.")
            .Resolve(c => c.Source.Part.DisclosedByAuthority is not null);
        Field<DateTimeGraphType>("confirmedAt").Description("When the disclosing authority confirmed it (UTC); null when it recorded the consent itself, or has not.")
            .Resolve(c => c.Source.Part.ConfirmedAt);
        Field<DateTimeGraphType>("refusedAt").Description("When the disclosing authority refused it (UTC).").Resolve(c => c.Source.Part.RefusedAt);
        Field<StringGraphType>("refusalReason").Description("Why the disclosing authority refused it, in its words.").Resolve(c => c.Source.Part.RefusalReason);
        Field<DateTimeGraphType>("withdrawnAt").Description("When it was withdrawn (UTC), alone or with its consent: from then on it grants nothing.")
            .Resolve(c => c.Source.Part.WithdrawnAt);
        Field<ConsentGuardianType>("withdrawnByGuardian").Description("The guardian who withdrew it, if one did; withheld for a protected identity.").Location()
            .Resolve(c => c.Source.Part.WithdrawnByGuardian);
        Field<NonNullGraphType<BooleanGraphType>>("withdrawnByPupil").Description("Whether the pupil withdrew it.").Resolve(c => c.Source.Part.WithdrawnByPupil);
        this.TagAllFields(DataCategory.Consent);
    }
}

public sealed class ConsentSignatureType : ObjectGraphType<ConsentSignature>
{
    public ConsentSignatureType()
    {
        Name = "ConsentSignature";
        Description = "A signature on a consent: a guardian's, or the pupil's own.";
        Field<ConsentGuardianType>("guardian").Description("The guardian who signed; null for the pupil's own signature.").Resolve(c => c.Source.Guardian);
        Field(s => s.ByPupil).Description("Whether this is the pupil's own signature.");
        Field(s => s.SignedOn).Description("Day it was signed.");
        this.TagAllFields(DataCategory.Consent);
    }
}

public sealed class ConsentGuardianType : ObjectGraphType<Guardian>
{
    public ConsentGuardianType()
    {
        Name = "ConsentGuardian";
        Description = "A guardian who signed a consent, by name only.";
        Field(g => g.GivenName).Description("Given name.");
        Field(g => g.FamilyName).Description("Family name.");
        this.TagAllFields(DataCategory.Consent);
    }
}
