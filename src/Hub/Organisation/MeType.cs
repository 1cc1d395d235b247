using GraphQL.Types;
using Hub.Access;
using Hub.Identity;
using Hub.Records;

namespace Hub.Organisation;

/// <summary>Who the token says the caller is.</summary>
public sealed class MeType : ObjectGraphType<Caller>
{
    public MeType()
    {
        Name = "Me";
        Description = "Who the token says the caller is, as the hub understood it.";
        Field(c => c.PersonId).Description("The person's id at the identity provider (the token's subject).");
        Field(c => c.Name).Description("The person's name.");
        Field<NonNullGraphType<AgencyType>>("agency").Description("The caller's agency.").Resolve(c => c.Source.Agency);
        Field<NonNullGraphType<RoleType>>("role").Description("The caller's role.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<UnitType>>("unit").Description("The unit the caller acts for.")
            .ResolveUnit(s => s.UnitId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataCategoryType>>>>("readableCategories")
            .Description("The most the caller's role may read, each category still needing a basis for the pupil at hand.")
            .Resolve(c => RolePolicy.CategoriesOf(c.Source.Role).Order().ToList());
        Field<SharingPurposeType>("purpose")
            .Description($"The purpose this request reads for: as declared ({DeclaredPurposes.Header} header, or purpose in connection_init), or the role's default. "
                + "Consents grant only for their provision's purpose; null for a role that reads no pupil's data from other agencies.")
            .Resolve(c => c.Source.Purpose);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SharingPurposeType>>>>("permittedPurposes")
            .Description("The purposes the caller's role may declare; the first is its default.")
            .Resolve(c => DeclaredPurposes.PermittedFor(c.Source.Role));
        this.TagAllFields(DataCategory.Directory);
    }
}
