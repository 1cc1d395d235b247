using Hub.Consents;
using Hub.Records;

namespace Hub.Seeding;

/// <summary>
/// Seeds requests for consent: most consents were asked for first (by the unit that recorded them,
/// up to three weeks before, given on the day the consent runs from), and some families with a
/// social-services case and no consent in force were asked to let the school know and have not answered yet, said no, or
/// never answered. Scripted pupils are asked only where their scripts say so. A random sequence of its
/// own, so that the phases before keep theirs.
/// </summary>
internal static class ConsentRequestSeeder
{
    private const double AskedFirst = 0.6;

    public static async Task SeedAsync(BatchWriter writer, CityMap city, List<PupilPlan> pupils, List<(PupilPlan Pupil, ConsentRecord Consent)> consents,
        DateOnly today, CancellationToken cancellationToken)
    {
        var random = new Random(8009);
        foreach (var (pupil, consent) in consents)
        {
            if (pupil.Script is null && random.NextDouble() < AskedFirst)
            {
                await AddAsync(Given(random, pupil, consent)).ConfigureAwait(false);
            }
        }

        // The investigators of Hägersten-Älvsjö, the demo's district, have one request open and one declined.
        foreach (var pupil in pupils.Where(p => p.Script?.AskedForConsent is not null))
        {
            await AddAsync(Unconsented(random, city, pupil, pupil.Script!.AskedForConsent!.Value, today)).ConfigureAwait(false);
        }

        var consented = consents.Where(c => c.Consent.ValidTo >= today && c.Consent.WithdrawnAt is null).Select(c => c.Pupil.Id).ToHashSet();
        var asked = 0;
        foreach (var pupil in pupils.Where(p => p.Script is null && p.SocialUnit is not null && !consented.Contains(p.Id)))
        {
            if (random.NextDouble() < 0.7)
            {
                // In turn, so that even a small city has each: two open, two declined, one unanswered.
                var outcome = (asked++ % 5) switch
                {
                    < 2 => ConsentRequestStatus.Open,
                    < 4 => ConsentRequestStatus.Declined,
                    _ => ConsentRequestStatus.NoAnswer,
                };
                await AddAsync(Unconsented(random, city, pupil, outcome, today)).ConfigureAwait(false);
            }
        }

        await writer.SaveAsync(cancellationToken).ConfigureAwait(false);

        async Task AddAsync(ConsentRequest request)
        {
            writer.Add(request, rows: 1 + request.Provisions.Count);
            await writer.CheckpointAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The request a consent answered: what it lets cross, asked by whoever recorded it, answered the day it runs from.</summary>
    private static ConsentRequest Given(Random random, PupilPlan pupil, ConsentRecord consent)
    {
        var askedOn = consent.ValidFrom.AddDays(-random.Next(22));
        var request = Asked(random, pupil, askedOn, consent.RecordedBy, consent.RecordedByUnitId, Months(consent));
        (request.Status, request.AnsweredOn, request.ConsentId, request.AnswerRecordedBy) = (ConsentRequestStatus.Given, consent.ValidFrom, consent.Id, consent.RecordedBy);
        request.AnsweredByGuardianId = consent.Signatures.FirstOrDefault(s => s.GuardianId is not null)?.GuardianId;
        foreach (var provision in consent.Provisions)
        {
            request.Provisions.Add(new ConsentRequestProvision
            {
                Category = provision.Category,
                FromAgency = provision.FromAgency,
                ToAgency = provision.ToAgency,
                ToUnitId = provision.ToUnitId,
                Purpose = provision.Purpose,
                FromAuthority = provision.FromAuthority,
            });
        }

        return request;
    }

    /// <summary>
    /// The investigation unit asked to tell the home school what social services do, for the
    /// teaching: still open (asked lately), declined by a guardian or the pupil, or closed unanswered.
    /// </summary>
    private static ConsentRequest Unconsented(Random random, CityMap city, PupilPlan pupil, ConsentRequestStatus outcome, DateOnly today)
    {
        var unit = pupil.District.Investigation;
        var asker = random.NextDouble() < 0.5 ? city.Lead(unit) : Names.Staff(random);
        var askedOn = today.AddDays(-(outcome == ConsentRequestStatus.Open ? random.Next(1, 21) : random.Next(60, 300)));
        var request = Asked(random, pupil, askedOn, asker, unit.Id, ConsentRules.MaxMonths);
        foreach (var category in (DataCategory[])[DataCategory.SocialServicesIntervention, DataCategory.Investigation])
        {
            request.Provisions.Add(new ConsentRequestProvision
            {
                Category = category,
                FromAgency = Agency.SocialServices,
                ToAgency = Agency.School,
                ToUnitId = pupil.HomeSchool.Id,
                Purpose = SharingPurpose.SchoolSupport,
                FromAuthority = unit.Authority,
            });
        }

        if (outcome == ConsentRequestStatus.Open)
        {
            return request;
        }

        request.AnswerRecordedBy = asker;
        if (outcome == ConsentRequestStatus.Declined)
        {
            var on = askedOn.AddDays(random.Next(1, 15));
            var custodians = pupil.CustodiansOn(on).ToList();
            var byPupil = custodians.Count == 0 || (SchoolCalendar.Age(pupil.BirthDate, on) >= 15 && random.NextDouble() < 0.3);
            (request.Status, request.AnsweredOn) = (ConsentRequestStatus.Declined, on);
            (request.AnsweredByPupil, request.AnsweredByGuardianId) = byPupil ? (true, (int?)null) : (false, Names.Pick(random, custodians).Guardian.Id);
            return request;
        }

        (request.Status, request.AnsweredOn) = (ConsentRequestStatus.NoAnswer, askedOn.AddDays(random.Next(21, 46)));
        return request;
    }

    private static ConsentRequest Asked(Random random, PupilPlan pupil, DateOnly askedOn, string by, int unitId, int months) => new()
    {
        PupilId = pupil.Id,
        AskedOn = askedOn,
        How = (ConsentRequestChannel)random.Next(Enum.GetValues<ConsentRequestChannel>().Length),
        AskedBy = by,
        AskedByUnitId = unitId,
        RecordedAt = askedOn.ToDateTime(new TimeOnly(8 + random.Next(9), random.Next(60)), DateTimeKind.Utc),
        LastsMonths = months,
        Status = ConsentRequestStatus.Open,
    };

    /// <summary>The whole months a consent runs, as a request asks for them (a SIP's may run shorter than a year).</summary>
    private static int Months(ConsentRecord consent)
    {
        var end = consent.ValidTo.AddDays(1);
        var months = ((end.Year - consent.ValidFrom.Year) * 12) + end.Month - consent.ValidFrom.Month;
        return Math.Clamp(months, 1, ConsentRules.MaxMonths);
    }
}
