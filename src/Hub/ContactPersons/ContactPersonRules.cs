using System.Text.RegularExpressions;
using Hub.Changes;
using Hub.Records;

namespace Hub.ContactPersons;

/// <summary>
/// What makes a district's contact persons sound, whoever records them: <c>nameContactPerson</c>
/// refuses by these rules, and the demo city is held to them.
/// </summary>
public static partial class ContactPersonRules
{
    public const int MaxName = 200;
    public const int MaxPhone = 40;
    public const int MaxEmail = 200;

    /// <summary>A contact person is named at most three months ahead.</summary>
    public static bool StartsInTime(DateOnly startsOn, DateOnly today) => startsOn <= today.AddMonths(3);

    /// <summary>Digits, with spaces, + and - at most.</summary>
    public static bool IsPhone(string phone) => Phone().IsMatch(phone);

    /// <summary>name@example.se.</summary>
    public static bool IsEmail(string email) => Email().IsMatch(email);

    /// <summary>
    /// Every rule the district's contact persons break, in words: each is named by the district's
    /// social services, with a name, phone and e-mail address, and each replaces the last on the day it starts.
    /// </summary>
    public static IEnumerable<string> ProblemsOf(IEnumerable<ContactPerson> district, Func<int, Unit> unit, DateOnly today)
    {
        var chain = district.OrderBy(c => c.StartsOn).ThenBy(c => c.Id).ToList();
        foreach (var c in chain)
        {
            if (!Write.Fits(c.Name, MaxName) || !Write.Fits(c.Phone, MaxPhone) || !IsPhone(c.Phone) || !Write.Fits(c.Email, MaxEmail) || !IsEmail(c.Email))
            {
                yield return $"contact person {c.Id}: name '{c.Name}', phone '{c.Phone}' or e-mail '{c.Email}' is not one";
            }

            if (unit(c.UnitId) is var named && (named.Agency != Agency.SocialServices || named.DistrictId != c.DistrictId))
            {
                yield return $"contact person {c.Id} is named by {named.Name}, not the district's social services";
            }

            if (!StartsInTime(c.StartsOn, today) || c.EndsOn < c.StartsOn)
            {
                yield return $"contact person {c.Id} serves {c.StartsOn:yyyy-MM-dd}–{c.EndsOn:yyyy-MM-dd}: more than three months ahead, or ending before starting";
            }
        }

        // A new contact person ends the serving one's row on the day it starts: one at a time, never none once named.
        foreach (var (before, after) in chain.Zip(chain.Skip(1)))
        {
            if (before.EndsOn != after.StartsOn)
            {
                yield return $"contact person {before.Id} ends {before.EndsOn:yyyy-MM-dd}, but {after.Id} starts {after.StartsOn:yyyy-MM-dd}";
            }
        }

        if (chain.Count > 0 && chain[^1].EndsOn is DateOnly ended)
        {
            yield return $"the latest contact person ({chain[^1].Id}) ended {ended:yyyy-MM-dd} with no one after";
        }
    }

    /// <summary>
    /// Every rule a contact-person notice breaks, in words: sent to a school of the person's district,
    /// effective the day the person starts, acknowledged (by someone named) after it was sent, if at all.
    /// </summary>
    public static IEnumerable<string> NoticeProblemsOf(ContactPersonNotice notice, ContactPerson person, Unit school)
    {
        if (school.Kind != UnitKind.School || school.DistrictId != person.DistrictId || notice.DistrictId != person.DistrictId)
        {
            yield return $"notice {notice.Id} went to {school.Name}, not a school of the contact person's district";
        }

        if (notice.EffectiveOn != person.StartsOn)
        {
            yield return $"notice {notice.Id} takes effect {notice.EffectiveOn:yyyy-MM-dd}, not the day {person.Name} starts ({person.StartsOn:yyyy-MM-dd})";
        }

        if (notice.AcknowledgedAt < notice.SentAt || notice.AcknowledgedAt is null != notice.AcknowledgedBy is null || !Write.Fits(notice.AcknowledgedBy, MaxName, required: false))
        {
            yield return $"notice {notice.Id} acknowledged {notice.AcknowledgedAt:yyyy-MM-dd} by '{notice.AcknowledgedBy}': before it was sent, or by no one";
        }
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 \-]*[0-9]$")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")]
    private static partial Regex Email();
}
