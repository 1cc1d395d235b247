using Hub.Records;

namespace Hub.Seeding;

/// <summary>
/// Writes the planned placements and termly absence: for every placed or scripted pupil and a
/// sample of the others, reported by the school the pupil was enrolled at when it was reported.
/// </summary>
internal static class PlacementSeeder
{
    public static async Task SeedAsync(BatchWriter writer, CityMap city, List<PupilPlan> pupils, SeedProfile profile, DateOnly today, CancellationToken cancellationToken)
    {
        var random = new Random(5005);
        var terms = SchoolCalendar.TermStarts(today).Take(3).ToArray();
        foreach (var pupil in pupils)
        {
            foreach (var placement in pupil.Placements)
            {
                writer.Add(new Placement
                {
                    PupilId = pupil.Id,
                    Level = placement.Level,
                    GroupId = placement.Group.Id,
                    DecidedByUnitId = placement.DecidedBy.Id,
                    DecidedBy = city.Lead(placement.DecidedBy),
                    DecidedOn = placement.DecidedOn,
                    EnrolledAtId = placement.EnrolledAt.Id,
                    StartsOn = placement.StartsOn,
                    EndsOn = placement.EndsOn,
                    EndReason = placement.EndReason,
                    NextReviewOn = placement.NextReviewOn,
                    OwnerAuthority = placement.DecidedBy.Authority,
                    ReturnSchoolId = placement.CameFrom?.Id,
                    CsuAssessment = placement.Level == PlacementLevel.Csu ? Assessment(city, pupil, placement) : null,
                    AppealableUntil = placement.Level == PlacementLevel.Csu ? placement.DecidedOn.AddDays(Placement.CsuAppealDays) : null,
                });
            }

            if (pupil.Script?.CsuRecommended == true)
            {
                writer.Add(Recommendation(city, pupil, today));
            }

            if (pupil.Placements.Count > 0 || pupil.Script is not null || random.NextDouble() < profile.AbsenceSample)
            {
                foreach (var term in terms.Where(t => t >= pupil.Stays[0].StartsOn))
                {
                    var reportedOn = SchoolCalendar.AbsenceReportedOn(term, today);
                    var school = pupil.SchoolOn(reportedOn);
                    writer.Add(new AbsenceRecord
                    {
                        PupilId = pupil.Id,
                        SchoolId = school.Id,
                        Term = SchoolCalendar.Term(term),
                        Percent = Absence(random, pupil.ActivePlacement?.Level),
                        ReportedOn = reportedOn,
                        OwnerAuthority = school.Authority,
                    });
                }
            }

            await writer.CheckpointAsync(cancellationToken).ConfigureAwait(false);
        }

        await writer.SaveAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The pupil-health unit's recommendation that the host school's principal decided on, a week or two before.</summary>
    private static CsuAssessment Assessment(CityMap city, PupilPlan pupil, PlacementPlan placement) => new()
    {
        PupilId = pupil.Id,
        AssessedByUnitId = city.PupilHealth.Id,
        AssessedBy = city.Lead(city.PupilHealth),
        AssessedOn = placement.DecidedOn.AddDays(-7 - (pupil.Id % 8)),
        Recommendation = CsuRecommendation.Recommended,
        GroupId = placement.Group.Id,
        HomeSchoolId = placement.CameFrom?.Id,
        Reasons = Texts.CsuAssessment,
        Status = CsuAssessmentStatus.Decided,
        OwnerAuthority = city.PupilHealth.Authority,
    };

    /// <summary>A recommendation of a place in CSU Bromma, made last week, that waits for the principal of the school the group belongs to.</summary>
    private static CsuAssessment Recommendation(CityMap city, PupilPlan pupil, DateOnly today) => new()
    {
        PupilId = pupil.Id,
        AssessedByUnitId = city.PupilHealth.Id,
        AssessedBy = city.Lead(city.PupilHealth),
        AssessedOn = today.AddDays(-5),
        Recommendation = CsuRecommendation.Recommended,
        GroupId = city["group:csu-bromma"].Id,
        HomeSchoolId = pupil.HomeSchool.Id,
        Reasons = Texts.CsuAssessment,
        Status = CsuAssessmentStatus.Open,
        OwnerAuthority = city.PupilHealth.Authority,
    };

    // Pupils in RSU and CSU groups often have problematic absence; most others have little.
    private static double Absence(Random random, PlacementLevel? level) => Math.Round(
        level switch
        {
            PlacementLevel.Rsu or PlacementLevel.Csu => 12 + (random.NextDouble() * 58),
            PlacementLevel.SchoolLevel => 5 + (random.NextDouble() * 40),
            _ => random.NextDouble() switch
            {
                < 0.85 => Math.Pow(random.NextDouble(), 2) * 18,
                < 0.97 => 15 + (random.NextDouble() * 25),
                _ => 40 + (random.NextDouble() * 35),
            },
        },
        1);
}
