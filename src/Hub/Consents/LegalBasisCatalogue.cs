using GraphQL.Types;
using Hub.Access;
using Hub.Organisation;
using Hub.Records;

namespace Hub.Consents;

/// <summary>The catalogue of legal bases as the schema shows it: directory data, for anyone signed in.</summary>
public static class LegalBasisCatalogue
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalBasisKindInfoType>>>>("legalBasisKinds")
            .Description("The kinds of legal basis the hub knows: each with its citation, who discloses what to whom, for what purpose, and what opens and ends it.")
            .Category(DataCategory.Directory)
            .Resolve(_ => LegalBasisKinds.All);
}

public sealed class LegalBasisKindInfoType : ObjectGraphType<LegalBasisKindInfo>
{
    public LegalBasisKindInfoType()
    {
        Name = "LegalBasisKindInfo";
        Description = "One kind of legal basis: a statute that lets named data cross from one agency to another without consent.";
        Field<NonNullGraphType<LegalBasisKindType>>("kind").Description("The kind, as bases name it.").Resolve(c => c.Source.Kind);
        Field(k => k.Name).Description("Its name in English.");
        Field(k => k.SwedishName).Description("Its name in Swedish.");
        Field<NonNullGraphType<CitationType>>("citation").Description("The provision the disclosure rests on.").Resolve(c => c.Source.Citation);
        Field(k => k.DutyIn).Description("Where the duty or permission behind it is laid down, in words.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BasisFlowType>>>>("flows")
            .Description("What crosses, from whom to whom; empty when each decision names its own (a disclosure decision).").Resolve(c => c.Source.Flows);
        Field<SharingPurposeType>("purpose").Description("The purpose the data serves; null when each decision states its own.").Resolve(c => c.Source.Purpose);
        Field(k => k.OpensWhen).Description("What opens a basis of this kind.");
        Field(k => k.EndsWhen).Description("What ends it.");
        Field(k => k.Note, nullable: true).Description("A limit or a simplification worth knowing.");
        this.TagAllFields(DataCategory.Directory);
    }
}

public sealed class CitationType : ObjectGraphType<Citation>
{
    public CitationType()
    {
        Name = "Citation";
        Description = "A place in Swedish statute.";
        Field(c => c.Law).Description("The law's name, e.g. Offentlighets- och sekretesslag.");
        Field(c => c.SfsNumber).Description("Its number in the Swedish Code of Statutes (SFS), e.g. 2009:400.");
        Field(c => c.Chapter, nullable: true).Description("The chapter (kap.).");
        Field(c => c.Section).Description("The section (§), e.g. 18 a.");
        Field<NonNullGraphType<StringGraphType>>("text").Description("As cited: law (SFS) chapter kap. section §.").Resolve(c => c.Source.ToString());
        this.TagAllFields(DataCategory.Directory);
    }
}

public sealed class BasisFlowType : ObjectGraphType<BasisFlow>
{
    public BasisFlowType()
    {
        Name = "BasisFlow";
        Description = "One direction of a legal basis: a category of one agency's records to units of one kind of another.";
        Field<NonNullGraphType<AgencyType>>("from").Description("The disclosing agency.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<AgencyType>>("to").Description("The receiving agency.").Resolve(c => c.Source.To);
        Field<UnitKindType>("toUnitKind").Description("The kind of the receiving unit.").Resolve(c => c.Source.ToUnitKind);
        Field<NonNullGraphType<DataCategoryType>>("category").Description("The category that crosses.").Resolve(c => c.Source.Category);
        this.TagAllFields(DataCategory.Directory);
    }
}
