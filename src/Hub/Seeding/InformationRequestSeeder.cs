using Hub.Data;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Seeding;

/// <summary>
/// Seeds information requests: in open investigations where education is investigated, the
/// investigation unit has asked the school, and for a placed pupil the group too, what they know:
/// some answered, some waiting, some past their day. Scripted pupils are asked only where their
/// scripts say so (in Hägersten-Älvsjö, Klubbacksskolan has one overdue and Tellusborgsskolan's RSU
/// has answered one); protected identities are left out. A random sequence of its own, so that the
/// phases before keep theirs.
/// </summary>
internal static class InformationRequestSeeder
{
    private const double AskedShare = 0.3;

    private static readonly string[] Questions =
    [
        "How is his attendance this term, and how does he manage in the group? Have you noticed anything that worries you?",
        "What do you see of her everyday life at school: friends, meals, how she is in the mornings? Has anything changed lately?",
        "How does the pupil cope with the school work, and what support is given? How is your contact with the guardians?",
    ];

    private static readonly string[] Answers =
    [
        "Attendance has improved since the start of term. Calm in the small group, tired on Mondays. The guardians come to meetings.",
        "Often comes without breakfast and is hungry before lunch; has two close friends in the group. Contact with the mother is good, the father does not answer.",
        "Follows the group's plan with adjusted tasks in mathematics. Has said twice that things are difficult at home; we reported that in a report of concern.",
    ];

    public static async Task SeedAsync(BatchWriter writer, HubDbContext db, CityMap city, List<PupilPlan> pupils, DateOnly today, CancellationToken cancellationToken)
    {
        var random = new Random(9011);
        var byId = pupils.ToDictionary(p => p.Id);
        var open = await db.Interventions.OfType<Investigation>().AsNoTracking()
            .Where(i => i.EducationInvestigated && i.OpenedOn <= today && (i.ClosedOn == null || i.ClosedOn > today))
            .OrderBy(i => i.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var investigation in open)
        {
            var pupil = byId[investigation.PupilId];
            if (pupil.ProtectedIdentity || (pupil.Script is { } script ? !script.SchoolAsked : random.NextDouble() >= AskedShare))
            {
                continue;
            }

            // The school asked, and the group of a placement that runs; scripted pupils are asked both, the rest one of them.
            var asked = new List<(Unit Unit, DateOnly Since, Role Answerer)> { (pupil.CurrentStay.School, pupil.CurrentStay.StartsOn, Role.Principal) };
            if (pupil.ActivePlacement is { } placement && placement.StartsOn <= today)
            {
                asked.Add((placement.Group, placement.StartsOn, Role.Teacher));
            }

            if (pupil.Script is null)
            {
                asked = [Names.Pick(random, asked)];
            }

            for (var i = 0; i < asked.Count; i++)
            {
                var (unit, since, answerer) = asked[i];
                var outcome = pupil.Script is not null ? (i == 0 ? Outcome.Overdue : Outcome.Answered) : random.NextDouble() switch
                {
                    < 0.5 => Outcome.Answered,
                    < 0.85 => Outcome.Open,
                    _ => Outcome.Overdue,
                };
                var earliest = investigation.OpenedOn > since ? investigation.OpenedOn : since;
                writer.Add(Request(random, city, investigation, unit, answerer, earliest, outcome, today));
            }

            await writer.CheckpointAsync(cancellationToken).ConfigureAwait(false);
        }

        await writer.SaveAsync(cancellationToken).ConfigureAwait(false);
    }

    private static InformationRequest Request(Random random, CityMap city, Investigation investigation, Unit addressee, Role answerer, DateOnly earliest,
        Outcome outcome, DateOnly today)
    {
        var span = today.DayNumber - earliest.DayNumber;
        outcome = outcome == Outcome.Overdue && span < 2 ? Outcome.Open : outcome;
        var (requestedOn, dueOn) = outcome switch
        {
            Outcome.Overdue => Overdue(random, today, Math.Min(span, 30)),
            Outcome.Open => (today.AddDays(-random.Next(Math.Min(span, 10) + 1)), today.AddDays(random.Next(1, 15))),
            _ => Asked(random, today, Math.Min(span, 40)),
        };
        var investigator = city.Lead(city.Districts.Single(d => d.Investigation.Id == investigation.UnitId).Investigation);
        var request = new InformationRequest
        {
            PupilId = investigation.PupilId,
            InvestigationId = investigation.Id,
            OwnerAuthority = investigation.OwnerAuthority,
            RequestedByUnitId = investigation.UnitId,
            RequestedBy = investigator,
            Contact = Names.Email(investigator),
            AddressedToId = addressee.Id,
            RequestedOn = requestedOn,
            DueOn = dueOn,
            Questions = Names.Pick(random, Questions),
            RecordedAt = requestedOn.ToDateTime(new TimeOnly(8 + random.Next(9), random.Next(60)), DateTimeKind.Utc),
        };
        if (outcome == Outcome.Answered)
        {
            request.AnsweredOn = requestedOn.AddDays(random.Next(today.DayNumber - requestedOn.DayNumber + 1));
            (request.Answer, request.AnsweredBy, request.AnsweredByRole) = (Names.Pick(random, Answers), city.Lead(addressee), answerer);
        }

        return request;
    }

    /// <summary>Asked <paramref name="back"/> days ago (at least two), due some day since.</summary>
    private static (DateOnly, DateOnly) Overdue(Random random, DateOnly today, int back)
    {
        var requestedOn = today.AddDays(-back);
        return (requestedOn, requestedOn.AddDays(random.Next(1, back)));
    }

    /// <summary>Asked within the last <paramref name="back"/> days, due three weeks on.</summary>
    private static (DateOnly, DateOnly) Asked(Random random, DateOnly today, int back)
    {
        var requestedOn = today.AddDays(-random.Next(back + 1));
        return (requestedOn, requestedOn.AddDays(21));
    }

    private enum Outcome
    {
        Answered,
        Open,
        Overdue,
    }
}
