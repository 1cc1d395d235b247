using GraphQL.Types;
using Hub.Api;
using Hub.Records;

namespace Hub.Access;

public sealed class BasisKindType : EnumerationGraphType<BasisKind>
{
    public BasisKindType() => Description = "What a read rests on: a relationship, own records, participation, a consent, a legal basis or emergency access.";
}

/// <summary>What the caller may read of one category of a pupil's data, and why.</summary>
public sealed class CategoryAccessType : ObjectGraphType<AccessDecision>
{
    public CategoryAccessType()
    {
        Name = "CategoryAccess";
        Description = "Whether the caller may read one category of the pupil's data, on which bases, or what it lacks.";
        Field<NonNullGraphType<DataCategoryType>>("category").Description("The data category.").Resolve(c => c.Source.Category);
        Field(d => d.Permitted).Description("Whether the caller may read it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccessBasisType>>>>("bases").Description("The bases the caller reads it on; empty when denied.")
            .Resolve(c => c.Source.Bases);
        Field(d => d.Missing, nullable: true).Description("When denied: what would permit it, e.g. the guardians' consent.");
        this.TagAllFields(DataCategory.Identity);
    }
}

public sealed class AccessBasisType : ObjectGraphType<AccessBasis>
{
    public AccessBasisType()
    {
        Name = "AccessBasis";
        Description = "One basis of a read.";
        Field<NonNullGraphType<BasisKindType>>("kind").Description("What kind of basis.").Resolve(c => c.Source.Kind);
        Field<IdGraphType>("reference").Description("The consent, legal basis or emergency access it is.")
            .Resolve(c => c.Source.SourceId is int id ? GlobalId.Encode(c.Source.Kind.ToString(), id) : null);
        Field(b => b.Statute, nullable: true).Description("For a legal basis: the statute it rests on (law, SFS number, chapter, section).");
        Field<LegalBasisKindType>("legalBasisKind").Description("For a legal basis: its kind, as the catalogue (legalBasisKinds) describes it.")
            .Resolve(c => c.Source.LegalKind);
        Field<NonNullGraphType<StringGraphType>>("description").Description("The basis in words, as the access log states it.").Resolve(c => c.Source.Describe());
        this.TagAllFields(DataCategory.Identity);
    }
}

public sealed class SharingPurposeType : EnumerationGraphType<SharingPurpose>
{
    public SharingPurposeType()
    {
        Name = "SharingPurpose";
        Description = "What data crosses between agencies for: a SIP, an investigation, school social team work, SSPF, BUS or support in school.";
    }
}

public sealed class RoleType : EnumerationGraphType<Role>
{
    public RoleType() => Description = "What the caller does in its agency; bounds the data categories it may read. "
        + "A clinician works in the region's care (BUP, första linjen, habilitering); a leisure leader (fritidsledare) at a district's youth centre.";
}

public sealed class DataCategoryType : EnumerationGraphType<DataCategory>
{
    public DataCategoryType() => Description = "A category of data the access layer decides on.";
}

public sealed class EmergencyReviewOutcomeType : EnumerationGraphType<EmergencyReviewOutcome>
{
    public EmergencyReviewOutcomeType()
    {
        Name = "EmergencyReviewOutcome";
        Description = "The outcome of a review of an emergency access.";
    }
}

public sealed class LegalBasisKindType : EnumerationGraphType<LegalBasisKind>
{
    public LegalBasisKindType()
    {
        Name = "LegalBasisKind";
        Description = "A kind of legal basis in the catalogue (legalBasisKinds).";
    }
}
