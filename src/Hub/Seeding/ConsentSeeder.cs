using Hub.Records;
using static Hub.Seeding.ConsentScenario;

namespace Hub.Seeding;

/// <summary>
/// Seeds consents: one for every SIP (a SIP needs the guardians' consent), the scripted pupils'
/// consents, then random ones in every state until the scale's count is reached. Returns what it
/// made, each with its pupil, for the requests that preceded them.
/// </summary>
internal static class ConsentSeeder
{
    public static async Task<List<(PupilPlan Pupil, ConsentRecord Consent)>> SeedAsync(BatchWriter writer, CityMap city, List<PupilPlan> pupils, SeedProfile profile, DateOnly today, CancellationToken cancellationToken)
    {
        var random = new Random(8008);
        var consents = new ConsentBuilder(city, random, today);
        List<(PupilPlan, ConsentRecord)> made = [];
        foreach (var pupil in pupils)
        {
            // Given before the plan was made, for at most twelve months; an open plan's consent has been renewed since.
            if (pupil.Sip is { } sip)
            {
                var period = SipPeriod(sip, sip.CreatedOn.AddDays(-random.Next(8)), pupil.Id, today);
                sip.Consent = await AddAsync(pupil, sip.ClosedOn is null ? Active : Expired, SharingContext.Sip, period).ConfigureAwait(false);
            }

            if (pupil.Script?.Consent is { } scripted)
            {
                await AddAsync(pupil, scripted.Scenario, scripted.Context).ConfigureAwait(false);
            }
        }

        var others = pupils.Where(p => p.Script is null).ToArray();
        random.Shuffle(others);
        for (var i = 0; made.Count < profile.Consents && others.Length > 0; i++)
        {
            var pupil = others[i % others.Length];
            var scenario = random.NextDouble() switch
            {
                < 0.7 => Active,
                < 0.78 => MissingSignature,
                < 0.9 => Expired,
                _ => Withdrawn,
            };
            await AddAsync(pupil, scenario, Context(random, pupil)).ConfigureAwait(false);
        }

        await writer.SaveAsync(cancellationToken).ConfigureAwait(false);
        return made;

        async Task<ConsentRecord> AddAsync(PupilPlan pupil, ConsentScenario scenario, SharingContext context, (DateOnly, DateOnly)? period = null)
        {
            var record = consents.Create(pupil, scenario, context, period);
            writer.Add(record, rows: 1 + record.Provisions.Count + record.Signatures.Count);
            made.Add((pupil, record));
            await writer.CheckpointAsync(cancellationToken).ConfigureAwait(false);
            return record;
        }
    }

    /// <summary>
    /// A SIP's consent period within the twelve-month cap: from just before the plan for a closed
    /// one (ending with it at the latest); for an open plan older than that, the renewal given some
    /// weeks ago (a day derived from the pupil, so the shared random sequence stays as it was).
    /// </summary>
    private static (DateOnly, DateOnly) SipPeriod(SipFacts sip, DateOnly given, int pupilId, DateOnly today)
    {
        static DateOnly Year(DateOnly from) => from.AddMonths(12).AddDays(-1);
        if (sip.ClosedOn is DateOnly closed)
        {
            return (given, Year(given) < closed ? Year(given) : closed);
        }

        var from = Year(given) >= today ? given : today.AddDays(-(20 + (pupilId % 150)));
        return (from, Year(from));
    }

    // A consent is usually asked for where agencies already work together around the pupil.
    private static SharingContext Context(Random random, PupilPlan pupil)
    {
        List<SharingContext> contexts = [];
        if (pupil.SocialUnit is not null && pupil.Placements.Count > 0)
        {
            contexts.Add(SharingContext.SocialToSchool);
        }

        if (pupil.SchoolSocialTeam)
        {
            contexts.Add(SharingContext.SchoolSocialTeam);
        }

        if (pupil.PoliceArea is not null)
        {
            contexts.Add(SharingContext.Sspf);
        }

        if (pupil.BupClinic is not null)
        {
            contexts.Add(SharingContext.Bus);
        }

        return contexts.Count > 0 ? Names.Pick(random, contexts) : random.Next(2) == 0 ? SharingContext.Bus : SharingContext.SchoolSupport;
    }
}
