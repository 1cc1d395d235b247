using Hub.Data;
using Hub.Records;
using Hub.Sips;
using Microsoft.EntityFrameworkCore;

namespace Hub.Seeding;

/// <summary>
/// Seeds coordinated individual plans (SIP) for pupils that more than one agency works with: the
/// school, the district's social services and BUP, each with a named coordinator; social services
/// leads when it takes part, otherwise BUP, otherwise the school.
/// </summary>
internal static class SipSeeder
{
    public static async Task SeedAsync(BatchWriter writer, CityMap city, List<PupilPlan> pupils, SeedProfile profile, DateOnly today, CancellationToken cancellationToken)
    {
        var random = new Random(7007);
        var scripted = pupils.Where(p => p.Script?.Sip == true);
        var others = pupils.Where(p => p.Script is null && (p.SocialUnit ?? p.BupClinic) is not null).ToArray();
        random.Shuffle(others);
        var count = 0;
        foreach (var pupil in scripted.Concat(others))
        {
            if (count >= profile.Sips && pupil.Script is null)
            {
                break;
            }

            Unit[] units = [pupil.HomeSchool, .. new[] { pupil.SocialUnit, pupil.BupClinic }.OfType<Unit>()];
            if (units.Length < 2)
            {
                continue;
            }

            var lead = pupil.SocialUnit ?? pupil.BupClinic ?? pupil.HomeSchool;
            var closed = pupil.Script is null && random.NextDouble() < 0.25;
            var createdOn = today.AddDays(-random.Next(closed ? 200 : 10, closed ? 800 : 400));
            var sip = new Sip
            {
                PupilId = pupil.Id,
                InitiatedByUnitId = Names.Pick(random, units).Id,
                CreatedOn = createdOn,
                ClosedOn = closed ? Earlier(createdOn.AddDays(random.Next(120, 400)), today.AddDays(-1)) : null,
                Goal = Texts.SipGoal(random),

            };

            // Follow-up meetings every two months or so while it is open, the latest setting the next
            // follow-up (within six months of it, as recordSipMeeting requires). Some follow-ups are
            // overdue: that is what the follow-up figures are for.
            var nextFollowUp = today.AddDays(random.Next(-20, 90));
            var setOn = createdOn;
            var step = 45 + (pupil.Id % 22);
            while (!closed && setOn.AddDays(step) <= today.AddDays(-25))
            {
                setOn = setOn.AddDays(step);
                sip.Meetings.Add(new SipMeeting { HeldOn = setOn, FollowUp = true, Notes = FollowUpNotes, RecordedBy = city.Lead(lead) });
            }

            sip.NextFollowUpOn = closed ? null : Later(Earlier(nextFollowUp, setOn.AddMonths(SipRules.FollowUpMonths)), setOn.AddDays(1));
            foreach (var unit in units)
            {
                sip.Participants.Add(new SipParticipant
                {
                    UnitId = unit.Id,
                    Authority = unit.Authority,
                    CoordinatorName = unit == lead || random.NextDouble() < 0.5 ? city.Lead(unit) : Names.Staff(random),
                    LeadsCoordination = unit == lead,
                    Responsibility = Texts.Responsibility(unit.Agency),
                });
            }

            pupil.Sip = new SipFacts(units, lead, sip.CreatedOn, sip.ClosedOn, sip);
            writer.Add(sip, rows: 1 + units.Length + sip.Meetings.Count);
            count++;
            await writer.CheckpointAsync(cancellationToken).ConfigureAwait(false);
        }

        await writer.SaveAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Names each plan's consent, which the consent phase makes after the plans (a SIP is shared
    /// only while its consent is in effect, so a plan without one would be read by nobody else).
    /// </summary>
    public static async Task LinkConsentsAsync(HubDbContext db, List<PupilPlan> pupils, CancellationToken cancellationToken)
    {
        foreach (var facts in pupils.Select(p => p.Sip).OfType<SipFacts>())
        {
            var (sipId, consentId) = (facts.Record.Id, facts.Consent?.Id);
            await db.Sips.Where(s => s.Id == sipId).ExecuteUpdateAsync(s => s.SetProperty(x => x.ConsentId, consentId), cancellationToken).ConfigureAwait(false);
        }
    }

    private const string FollowUpNotes = "Uppföljning: målen gicks igenom med vårdnadshavarna och eleven.";

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
