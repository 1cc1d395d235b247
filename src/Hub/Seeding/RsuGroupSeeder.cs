using Hub.Records;

namespace Hub.Seeding;

/// <summary>
/// Seeds what each district's principals decided about its RSU group (seed 001: orientation, age
/// and extent): a neuropsychiatric or a social-emotional orientation, the grades the group takes
/// from grade 3 or 4 to 9 (down to the youngest pupil placed there now), and some places more than
/// its placements hold today, set by the principal of the host school.
/// </summary>
internal static class RsuGroupSeeder
{
    private static readonly string[] Orientations = ["Neuropsykiatriska funktionsnedsättningar (NPF)", "Socioemotionella svårigheter"];

    public static async Task SeedAsync(BatchWriter writer, CityMap city, List<PupilPlan> pupils, DateOnly today, CancellationToken cancellationToken)
    {
        var random = new Random(6006);
        for (var i = 0; i < city.Districts.Count; i++)
        {
            if (city.Districts[i].Rsu is not { } group)
            {
                continue;
            }

            var placed = pupils.Where(p => p.Placements.Any(pl => pl.Group.Id == group.Id && (pl.EndsOn is null || pl.EndsOn > today))).ToList();
            var host = group.HostSchool!;
            writer.Add(new RsuGroup
            {
                GroupId = group.Id,
                DistrictId = city.Districts[i].District.Id,
                Orientation = Orientations[(i + 1) % Orientations.Length],
                LowestGrade = Math.Min(3 + (i % 2), placed.Select(p => p.Grade).DefaultIfEmpty(9).Min()),
                HighestGrade = 9,
                Capacity = Math.Max(8, placed.Count + random.Next(5, 9)),
                SetBy = city.Lead(host),
                SetByUnitId = host.Id,
                SetOn = today.AddDays(-random.Next(30, 400)),
            });
        }

        await writer.SaveAsync(cancellationToken).ConfigureAwait(false);
    }
}
