using Hub.Api;

namespace Hub.Tests.Support;

/// <summary>The enrolPupil input the tests start from: Nora Nyberg, grade 4, at Klubbacksskolan, registered in its district, from today.</summary>
public static class Enrolling
{
    public static Dictionary<string, object?> Input(HubFactory hub, string number) => hub.WithDb(db =>
    {
        var school = db.Units.Single(u => u.Code == "school:klubbacksskolan");
        return new Dictionary<string, object?>
        {
            ["personalIdentityNumber"] = number,
            ["givenName"] = "Nora",
            ["familyName"] = "Nyberg",
            ["grade"] = 4,
            ["schoolId"] = GlobalId.Encode("Unit", school.Id),
            ["registeredDistrictId"] = GlobalId.Encode("District", school.DistrictId!.Value),
            ["startsOn"] = HubFactory.Today,
        };
    });
}
