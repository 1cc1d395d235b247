using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Organisation;
using Hub.Records;

namespace Hub.Pupils;

/// <summary>A guardian seen through a current custody row.</summary>
public sealed class GuardianType : ObjectGraphType<Custody>
{
    public GuardianType()
    {
        Name = "Guardian";
        Description = "A guardian (vårdnadshavare) with custody of the pupil.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the guardian.").Resolve(c => GlobalId.Encode("Guardian", c.Source.GuardianId));
        Field<NonNullGraphType<StringGraphType>>("givenName").Description("Given name.").Resolve(c => c.Source.Guardian.GivenName);
        Field<NonNullGraphType<StringGraphType>>("familyName").Description("Family name.").Resolve(c => c.Source.Guardian.FamilyName);
        Field<StringGraphType>("phone").Description("Phone number, if known; withheld for a protected identity.").Location().Resolve(c => c.Source.Guardian.Phone);
        Field<NonNullGraphType<DateOnlyGraphType>>("custodySince").Description("First day of the custody.").Resolve(c => c.Source.StartsOn);
        this.TagAllFields(DataCategory.Guardians);
    }
}

public sealed class EnrolmentType : ObjectGraphType<Enrolment>
{
    public EnrolmentType()
    {
        Name = "Enrolment";
        Description = "A period in which the pupil is enrolled (inskriven) at a school.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the enrolment.").Resolve(c => GlobalId.Encode("Enrolment", c.Source.Id));
        Field<UnitType>("school").Description("The school; withheld for a protected identity.").Location()
            .ResolveUnit(s => s.SchoolId);
        Field(e => e.StartsOn).Description("First day of the enrolment.");
        Field(e => e.EndsOn, nullable: true).Description("Day the enrolment ended, if it has.");
        this.TagAllFields(DataCategory.Enrolment);
    }
}
