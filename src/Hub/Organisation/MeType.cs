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
        this.TagAllFields(DataCategory.Directory);
    }
}
