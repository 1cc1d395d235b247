using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Records;

namespace Hub.Organisation;

public sealed class AgencyType : EnumerationGraphType<Agency>
{
    public AgencyType() => Description = "An agency taking part in the cooperation around a pupil: the school; social services; the region's care in BUS "
        + "(BUP, barn- och ungdomspsykiatri; first-line psychiatry, första linjen at a vårdcentral; habilitation, habilitering); the police "
        + "and leisure (fritid), with school and social services in SSPF; the data-protection office; the family.";
}

public sealed class UnitKindType : EnumerationGraphType<UnitKind>
{
    public UnitKindType() => Description = "What a unit is: a school, a special teaching group, a social-services unit, a BUP clinic, a health centre's "
        + "first-line unit (vårdcentral, första linjen), a habilitation centre (habilitering), a district's leisure unit (fritidsgårdar)…";
}

public sealed class SchoolOwnershipType : EnumerationGraphType<SchoolOwnership>
{
    public SchoolOwnershipType() => Description = "Municipal (kommunal) or independent (fristående) school.";
}

public sealed class PlacementLevelType : EnumerationGraphType<PlacementLevel>
{
    public PlacementLevelType() =>
        Description = "Level of a special teaching group (särskild undervisningsgrupp): school level, RSU (regional) or CSU (central).";
}

public sealed class DistrictType : ObjectGraphType<District>
{
    public DistrictType()
    {
        Name = "District";
        Description = "One of Stockholm's 13 districts (stadsdelsområde); each runs its own social services.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the district.").Resolve(c => GlobalId.Encode("District", c.Source.Id));
        Field(d => d.Code).Description("Stable code of the district, e.g. hagersten-alvsjo.");
        Field(d => d.Name).Description("The district's name.");
        Field<ContactPersonType>("contactPerson")
            .Description("The social-services contact person that schools in the district turn to (kontaktperson).")
            .Resolve(c => c.RequestServices!.GetRequiredService<DirectoryLoaders>().ContactPersons.Load(c.Source.Id)
                .Then(list => list.Count > 0 ? list[^1] : null));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactPersonType>>>>("contactPersonHistory")
            .Description("Every contact person the district has named, newest first, including one named to start later.")
            .Resolve(c => c.RequestServices!.GetRequiredService<DirectoryLoaders>().ContactPersonHistory.Load(c.Source.Id));
        this.TagAllFields(DataCategory.Directory);
    }
}

public sealed class ContactPersonType : ObjectGraphType<ContactPerson>
{
    public ContactPersonType()
    {
        Name = RecordKinds.ContactPerson.TypeName;
        Description = "A district social-services contact person (kontaktperson) for schools; schools are told when the person changes.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the contact person.").Resolve(c => GlobalId.Encode(RecordKinds.ContactPerson.TypeName, c.Source.Id));
        Field(c => c.Name).Description("Name of the contact person.");
        Field(c => c.Phone).Description("Work phone.");
        Field(c => c.Email).Description("Work e-mail.");
        Field(c => c.StartsOn).Description("First day in the role.");
        Field(c => c.EndsOn, nullable: true).Description("Day the person was replaced, if they were.");
        Field<NonNullGraphType<UnitType>>("unit").Description("The social-services unit the person works at.")
            .ResolveUnit(s => s.UnitId);
        this.TagAllFields(DataCategory.Directory);
    }
}
