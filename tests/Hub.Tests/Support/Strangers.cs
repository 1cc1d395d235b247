using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Support;

/// <summary>
/// Pupils that only their own school knows: for the mutations that name a pupil by personal
/// identity number, whose answers must not depend on pupils or guardians out of the caller's reach.
/// </summary>
public static class Strangers
{
    /// <summary>
    /// A pupil enrolled at the school and registered in its district, with one guardian (the
    /// guardian's number and phone given back); no other unit has a relationship with the pupil.
    /// </summary>
    public static Stranger PupilAt(HubFactory hub, string schoolCode, bool protectedIdentity = false, int grade = 6, int enrolledInDays = -2000)
    {
        var birth = Scenario.Today.AddYears(-grade - 6).AddDays(-100);
        var number = IdentityNumbers.Fresh(hub, birth).Replace("-", "", StringComparison.Ordinal);
        var guardianNumber = IdentityNumbers.Fresh(hub, birth.AddYears(-35)).Replace("-", "", StringComparison.Ordinal);
        return hub.WithDb(db =>
        {
            var school = db.Units.AsNoTracking().Single(u => u.Code == schoolCode);
            var pupil = new Pupil
            {
                PersonalIdentityNumber = number,
                GivenName = "Hemlig",
                FamilyName = "Främling",
                BirthDate = birth,
                Grade = grade,
                ProtectedIdentity = protectedIdentity,
                HomeSchoolId = school.Id,
                RegisteredDistrictId = school.DistrictId!.Value,
            };
            pupil.Enrolments.Add(new Enrolment { SchoolId = school.Id, StartsOn = Scenario.Today.AddDays(enrolledInDays) });
            var guardian = new Guardian { PersonalIdentityNumber = guardianNumber, GivenName = "Dold", FamilyName = "Främling", Phone = "08-555 010 99" };
            pupil.Custodies.Add(new Custody { Guardian = guardian, StartsOn = birth });
            db.Pupils.Add(pupil);
            db.SaveChanges();
            return new Stranger(pupil.Id, PersonalIdentityNumber.Format(number), PersonalIdentityNumber.Format(guardianNumber));
        });
    }

    /// <summary>Places the pupil in the school's district RSU (decided by the school), from a month ago.</summary>
    public static void PlaceInRsu(HubFactory hub, Stranger pupil, string groupCode) => hub.WithDb(db =>
    {
        var group = db.Units.AsNoTracking().Single(u => u.Code == groupCode);
        var home = db.Pupils.AsNoTracking().Where(p => p.Id == pupil.Id).Select(p => p.HomeSchoolId).Single()!.Value;
        db.Placements.Add(new Placement
        {
            PupilId = pupil.Id,
            Level = PlacementLevel.Rsu,
            GroupId = group.Id,
            DecidedByUnitId = home,
            DecidedBy = "Test",
            DecidedOn = Scenario.Today.AddMonths(-1),
            EnrolledAtId = home,
            StartsOn = Scenario.Today.AddMonths(-1),
            NextReviewOn = Scenario.Today.AddMonths(2),
            OwnerAuthority = group.Authority,
        });
        return db.SaveChanges();
    });

    /// <summary>A valid number that no one in the hub has.</summary>
    public static string NumberNotInTheHub(HubFactory hub, int age = 12) => IdentityNumbers.Fresh(hub, Scenario.Today.AddYears(-age).AddDays(-40));
}

/// <summary>A pupil's id (in the store) and number, and the number of its one guardian, as YYYYMMDD-NNNN.</summary>
public sealed record Stranger(int Id, string Number, string GuardianNumber);

/// <summary>What one request wrote to the access log, without ids, times and hashes: for comparing two worlds.</summary>
public static class LoggedRows
{
    public static async Task<(Envelope Answer, string[] Rows)> OfAsync(HubFactory hub, Func<Task<Envelope>> request)
    {
        var before = hub.WithDb(db => db.AccessLog.Max(e => (long?)e.Id) ?? 0);
        var answer = await request();
        var rows = hub.WithDb(db => db.AccessLog.AsNoTracking().Where(e => e.Id > before).OrderBy(e => e.Id).ToList());
        return (answer, rows.Select(e => string.Join('|', e.PersonId, e.Agency, e.UnitCode, e.Role, e.Operation, e.PupilId, e.Categories, e.Basis,
            e.Emergency, e.ProtectedIdentity)).ToArray());
    }
}
