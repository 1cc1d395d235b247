using Hub.Records;

namespace Hub.Seeding;

/// <summary>
/// Each district's contact person for schools (2016 motion, point 2). Hägersten-Älvsjö changed
/// theirs recently, so the demo shows the replacement that schools must be told about.
/// </summary>
internal static class ContactPersons
{
    public const string ReplacedIn = "hagersten-alvsjo";

    public static void Add(BatchWriter writer, DistrictUnits district, Random random, DateOnly today)
    {
        var replaced = district.District.Code == ReplacedIn;
        var startsOn = replaced ? today.AddDays(-75) : today.AddDays(-random.Next(100, 1500));
        var name = CityPlan.NamedLeads.GetValueOrDefault(district.Reception.Code) ?? Names.Staff(random);
        var current = Create(district, name, random, startsOn, endsOn: null);
        writer.Add(current);
        if (replaced)
        {
            writer.Add(Create(district, Names.Staff(random), random, startsOn.AddYears(-3), endsOn: startsOn));
            Notices(writer, district, current);
        }
    }

    /// <summary>
    /// The replacement was sent to every school of the district, as nameContactPerson sends it,
    /// ten days before the person started; all but the first school have acknowledged it, so the
    /// demo shows one still to acknowledge.
    /// </summary>
    private static void Notices(BatchWriter writer, DistrictUnits district, ContactPerson person)
    {
        var sentAt = person.StartsOn.AddDays(-10).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var schools = district.Schools.Where(s => s.Kind == UnitKind.School).OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        for (var i = 0; i < schools.Count; i++)
        {
            var acknowledged = i > 0;
            writer.Add(new ContactPersonNotice
            {
                District = district.District,
                ContactPerson = person,
                School = schools[i],
                EffectiveOn = person.StartsOn,
                SentAt = sentAt,
                AcknowledgedAt = acknowledged ? sentAt.AddDays(1 + (i % 4)).AddHours(i % 7) : null,
                AcknowledgedBy = acknowledged ? $"Rektor, {schools[i].Name}" : null,
            });
        }
    }

    private static ContactPerson Create(DistrictUnits district, string name, Random random, DateOnly startsOn, DateOnly? endsOn) => new()
    {
        District = district.District,
        Unit = district.Reception,
        Name = name,
        Phone = People.Landline(random.Next(100)),
        Email = Names.Email(name),
        StartsOn = startsOn,
        EndsOn = endsOn,
    };
}
