using static Hub.Seeding.CaseScenario;

namespace Hub.Seeding;

/// <summary>
/// Seeds every agency's records of its work with pupils: the scripted pupils' cases first, then
/// random ones until the scale's count is reached.
/// </summary>
internal static class CaseSeeder
{
    // How common each story is among pupils who have any record at all.
    private static readonly (CaseScenario Scenario, int Weight)[] Weights =
    [
        (ReportNoInvestigation, 18), (ReportAwaitingAssessment, 4), (ReportAssessmentOverdue, 3),
        (InvestigationOpen, 6), (InvestigationOverdue, 3), (InvestigationClosed, 8), (ApplicationInvestigation, 2),
        (InterventionOpen, 6), (InterventionClosed, 5), (SchoolSocialTeamOpen, 10), (SchoolSocialTeamClosed, 8),
        (BupOpen, 8), (BupClosed, 6), (SspfOpen, 4), (SspfClosed, 4),
    ];

    private static readonly int TotalWeight = Weights.Sum(w => w.Weight);

    public static async Task SeedAsync(BatchWriter writer, CityMap city, List<PupilPlan> pupils, SeedProfile profile, DateOnly today, CancellationToken cancellationToken)
    {
        var random = new Random(6006);
        foreach (var district in city.Districts)
        {
            foreach (var school in district.SchoolSocialTeamSchools)
            {
                writer.Add(new Records.SchoolSocialTeamSchool { TeamId = district.Preventive.Id, SchoolId = school.Id, Since = today.AddYears(-2) });
            }
        }

        var cases = new CaseBuilder(writer, city, random, today);
        foreach (var pupil in pupils.Where(p => p.Script is not null))
        {
            foreach (var scenario in pupil.Script!.Cases)
            {
                cases.Add(pupil, scenario);
            }

            await writer.CheckpointAsync(cancellationToken).ConfigureAwait(false);
        }

        // Placed pupils often carry risk factors, yet many have no contact with social services at
        // all: half of them come first, the rest are drawn with everybody else.
        var candidates = pupils.Where(p => p.Script is null).ToArray();
        random.Shuffle(candidates);
        var ordered = candidates.Select(p => (Pupil: p, First: p.Placements.Count > 0 && random.NextDouble() < 0.5))
            .OrderByDescending(c => c.First).Select(c => c.Pupil);
        foreach (var pupil in ordered)
        {
            if (cases.Rows >= profile.Interventions)
            {
                break;
            }

            var stories = random.NextDouble() < 0.25 ? 2 : 1;
            for (var i = 0; i < stories; i++)
            {
                cases.Add(pupil, Pick(random, pupil.Grade));
            }

            await writer.CheckpointAsync(cancellationToken).ConfigureAwait(false);
        }

        await writer.SaveAsync(cancellationToken).ConfigureAwait(false);
    }

    private static CaseScenario Pick(Random random, int grade)
    {
        var roll = random.Next(TotalWeight);
        var scenario = Weights[^1].Scenario;
        foreach (var (candidate, weight) in Weights)
        {
            if ((roll -= weight) < 0)
            {
                scenario = candidate;
                break;
            }
        }

        // School social teams work from grade 4, SSPF with pupils from about twelve.
        return scenario switch
        {
            SchoolSocialTeamOpen or SchoolSocialTeamClosed when grade < 4 => BupOpen,
            SspfOpen or SspfClosed when grade < 6 => ReportNoInvestigation,
            _ => scenario,
        };
    }
}
