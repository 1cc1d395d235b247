using Hub.Changes;
using Hub.Organisation;
using Hub.Records;

namespace Hub.ContactPersons;

public sealed class NameContactPersonInput : MutationInput
{
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public DateOnly StartsOn { get; set; }
}

public sealed class NameContactPersonInputType : MutationInputType<NameContactPersonInput>
{
    public NameContactPersonInputType()
        : base("NameContactPersonInput", "The person the caller's district names for schools to turn to, from a day on; the one before is kept on record.")
    {
        Field(i => i.Name).Description($"Name of the contact person (at most {ContactPersonMutations.MaxName} characters).");
        Field(i => i.Phone).Description($"Work phone: digits, spaces, + and - (at most {ContactPersonMutations.MaxPhone} characters).");
        Field(i => i.Email).Description($"Work e-mail (at most {ContactPersonMutations.MaxEmail} characters).");
        Field(i => i.StartsOn).Description("First day in the role: not before the current person's, at most three months ahead.");
    }
}

public sealed class ContactPersonPayloadType : PayloadType<ContactPersonType, ContactPerson>
{
    public ContactPersonPayloadType()
        : base("ContactPersonPayload", "contactPerson", "a district's contact person", RecordKinds.ContactPerson)
    {
    }
}
