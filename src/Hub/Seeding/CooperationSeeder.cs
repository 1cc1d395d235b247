using System.Globalization;
using Hub.Records;

namespace Hub.Seeding;

/// <summary>
/// Seeds each district's local cooperation agreement (2016 motion, point 3): its social services,
/// BUP clinic, police area and municipal schools are parties, and independent schools in some
/// districts only (point 4: they take part less). Some districts revise theirs on time, some have
/// let the revision lapse.
/// </summary>
internal static class CooperationSeeder
{
    public static async Task SeedAsync(BatchWriter writer, CityMap city, DateOnly today, CancellationToken cancellationToken)
    {
        var random = new Random(9009);
        for (var i = 0; i < city.Districts.Count; i++)
        {
            var district = city.Districts[i];
            var signedOn = today.AddDays(-random.Next(120, 1100));
            var agreement = new CooperationAgreement
            {
                DistrictId = district.District.Id,
                Title = $"Lokal samverkansöverenskommelse, {district.District.Name}",
                DocumentReference = string.Create(CultureInfo.InvariantCulture, $"SDN-{signedOn.Year}-{1000 + i}"),
                SignedOn = signedOn,
                RecordedBy = city.Lead(district.Investigation),
                RecordedByUnitId = district.Investigation.Id,
                RecordedAt = signedOn.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
            };
            Unit[] parties = [district.Reception, district.Investigation, district.Preventive, district.BupClinic, district.PoliceArea];
            var independentsJoin = random.NextDouble() < 0.3;
            foreach (var unit in parties.Concat(district.Schools.Where(s => CityMap.IsMunicipal(s) || independentsJoin)).DistinctBy(u => u.Id))
            {
                agreement.Parties.Add(new CooperationAgreementParty { UnitId = unit.Id });
            }

            // Revised every year where the district keeps to it; elsewhere the last revision set a day now passed.
            var (last, months) = (signedOn, 12 + (6 * (i % 3)));
            while (i % 2 == 0 && last.AddMonths(12) < today.AddDays(-30))
            {
                var revisedOn = last.AddMonths(12);
                agreement.Revisions.Add(new CooperationAgreementRevision
                {
                    RevisedOn = revisedOn,
                    RevisedBy = city.Lead(district.Investigation),
                    Note = "Kontaktvägar och mötesformer genomgångna; parterna oförändrade.",
                    NextRevisionDueOn = revisedOn.AddMonths(months),
                });
                last = revisedOn;
            }

            agreement.RevisionDueOn = last.AddMonths(months);
            writer.Add(agreement, rows: 1 + agreement.Parties.Count + agreement.Revisions.Count);
        }

        await writer.SaveAsync(cancellationToken).ConfigureAwait(false);
    }
}
