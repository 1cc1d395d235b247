using GraphQL.Types;
using Hub.Changes;
using Hub.Records;
using static Hub.Changes.Write;

namespace Hub.ContactPersons;

/// <summary>
/// A district's social services names the contact person schools turn to (2016 motion, point 2).
/// A new person ends the current one's row on the day they start, so schools see who it is today
/// and every change stays on record.
/// </summary>
public static class ContactPersonMutations
{
    public const int MaxName = ContactPersonRules.MaxName;
    public const int MaxPhone = ContactPersonRules.MaxPhone;
    public const int MaxEmail = ContactPersonRules.MaxEmail;

    private static readonly Who DistrictSocialServices = Who.Of(Agency.SocialServices,
        "social services' investigators and contact persons", Role.Investigator, Role.SocialContactPerson);

    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<NameContactPersonInputType, NameContactPersonInput, ContactPersonPayloadType>("nameContactPerson",
            "Names the caller's district's contact person for schools (kontaktperson) from a day on; the current one is replaced on that day. "
            + "Every school of the district gets a notice with the day it takes effect, to acknowledge (contactPersonNotices).",
            DistrictSocialServices, NameAsync);

    private static async Task<object> NameAsync(Write w, NameContactPersonInput input)
    {
        var name = Text(input.Name, "name", MaxName)!;
        var phone = Text(input.Phone, "phone", MaxPhone)!;
        if (!ContactPersonRules.IsPhone(phone))
        {
            throw Refuse(UserErrorCode.Invalid, "phone", "A phone number is digits, with spaces, + and - at most.");
        }

        var email = Text(input.Email, "email", MaxEmail)!;
        if (!ContactPersonRules.IsEmail(email))
        {
            throw Refuse(UserErrorCode.Invalid, "email", "Not an e-mail address (name@example.se).");
        }

        var districtId = w.Caller.DistrictId
            ?? throw Refuse(UserErrorCode.NotPermitted, "", "Only a district's social services names a contact person.");
        if (!ContactPersonRules.StartsInTime(input.StartsOn, w.Today))
        {
            throw Refuse(UserErrorCode.Invalid, "startsOn", "A contact person is named at most three months ahead.");
        }

        var current = await w.Store.ServingContactPersonsAsync(districtId, w.Cancel);
        foreach (var person in current)
        {
            Order(person.StartsOn, input.StartsOn, "startsOn", $"the day {person.Name} started as contact person");
            person.EndsOn = input.StartsOn;
        }

        var named = new ContactPerson
        {
            DistrictId = districtId,
            UnitId = w.Caller.UnitId,
            Name = name,
            Phone = phone,
            Email = email,
            StartsOn = input.StartsOn,
        };
        w.Store.Add(named);

        // Every school of the district is told, and acknowledges it: the change reaches each whether or not it listens for events.
        foreach (var school in ContactPersonNotices.SchoolsOf(await w.UnitsAsync(), districtId))
        {
            w.Store.Add(new ContactPersonNotice { DistrictId = districtId, ContactPerson = named, SchoolId = school.Id, EffectiveOn = input.StartsOn, SentAt = w.Now });
        }

        return named;
    }
}
