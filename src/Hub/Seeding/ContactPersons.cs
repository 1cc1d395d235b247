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
        writer.Add(Create(district, name, random, startsOn, endsOn: null));
        if (replaced)
        {
            writer.Add(Create(district, Names.Staff(random), random, startsOn.AddYears(-3), endsOn: startsOn));
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
