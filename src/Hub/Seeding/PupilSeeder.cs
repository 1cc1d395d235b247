using Hub.Records;

namespace Hub.Seeding;

/// <summary>Writes the planned pupils with their enrolments, guardians and custody.</summary>
internal static class PupilSeeder
{
    public static async Task SeedAsync(BatchWriter writer, List<PupilPlan> pupils, CancellationToken cancellationToken)
    {
        for (var i = 0; i < pupils.Count; i++)
        {
            var plan = pupils[i];
            var pupil = new Pupil
            {
                PersonalIdentityNumber = plan.IdentityNumber,
                GivenName = plan.GivenName,
                FamilyName = plan.FamilyName,
                BirthDate = plan.BirthDate,
                Grade = plan.Grade,
                ProtectedIdentity = plan.ProtectedIdentity,
                HomeSchoolId = plan.HomeSchool.Id,
                RegisteredDistrictId = plan.District.District.Id,
            };
            foreach (var stay in plan.Stays)
            {
                pupil.Enrolments.Add(new Enrolment { SchoolId = stay.School.Id, StartsOn = stay.StartsOn, EndsOn = stay.EndsOn });
            }

            // Siblings share their guardians' rows, so a family goes into one batch and the guardian
            // row is joined by navigation; its id exists only after the save.
            foreach (var guardian in plan.Guardians)
            {
                pupil.Custodies.Add(new Custody
                {
                    Guardian = guardian.Guardian,
                    StartsOn = plan.CustodyStartsOn(guardian),
                    EndsOn = guardian.CustodyEndsOn,
                });
            }

            writer.Add(pupil, rows: 1 + plan.Stays.Count + (2 * plan.Guardians.Count));
            writer.AfterSave(() => plan.Id = pupil.Id);
            var siblingFollows = i + 1 < pupils.Count && pupils[i + 1].Guardians == plan.Guardians;
            if (!siblingFollows)
            {
                await writer.CheckpointAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await writer.SaveAsync(cancellationToken).ConfigureAwait(false);
    }
}
