using Hub.Records;

namespace Hub.Sips;

/// <summary>
/// What makes a SIP sound, whoever makes it: <c>createSip</c> refuses by these rules, and the demo
/// city is held to them.
/// </summary>
public static class SipRules
{
    /// <summary>A SIP coordinates at least two agencies.</summary>
    public static bool CoordinatesAgencies(IEnumerable<Agency> agencies) => agencies.Distinct().Count() >= 2;

    /// <summary>A follow-up falls within this many months of the day it is set on (the SIP's creation, or the meeting that set it).</summary>
    public const int FollowUpMonths = 6;

    /// <summary>A follow-up set on <paramref name="from"/> falls after it and within <see cref="FollowUpMonths"/>.</summary>
    public static bool FollowUpFits(DateOnly from, DateOnly next) => next > from && next <= from.AddMonths(FollowUpMonths);

    /// <summary>Exactly one participating unit leads the coordination.</summary>
    public static bool OneLead(IEnumerable<SipParticipant> participants) => participants.Count(p => p.LeadsCoordination) == 1;

    /// <summary>Every rule a stored SIP breaks, in words; <paramref name="agencyOf"/> gives a unit's agency.</summary>
    public static IEnumerable<string> ProblemsOf(Sip sip, Func<int, Agency> agencyOf, DateOnly today)
    {
        var units = sip.Participants.Select(p => p.UnitId).ToList();
        if (!CoordinatesAgencies(units.Select(agencyOf)))
        {
            yield return "fewer than two agencies take part";
        }

        if (units.Distinct().Count() != units.Count)
        {
            yield return "a unit takes part twice";
        }

        if (!units.Contains(sip.InitiatedByUnitId))
        {
            yield return "the unit that created it does not take part";
        }

        if (!OneLead(sip.Participants))
        {
            yield return "not exactly one unit leads";
        }

        if (sip.Goals.Any(g => !units.Contains(g.ResponsibleUnitId)))
        {
            yield return "a goal is the responsibility of a unit that does not take part";
        }

        if (sip.ConsentId is null)
        {
            yield return "no consent named";
        }

        if (sip.CreatedOn > today || sip.ClosedOn < sip.CreatedOn)
        {
            yield return $"created {sip.CreatedOn:yyyy-MM-dd}, after today or after it closed";
        }

        foreach (var meeting in sip.Meetings.Where(m => m.HeldOn < sip.CreatedOn || m.HeldOn > today || m.HeldOn > sip.ClosedOn))
        {
            yield return $"a meeting held {meeting.HeldOn:yyyy-MM-dd}, before the SIP was created, after today or after it closed";
        }

        // The next follow-up was set by the latest meeting, or at creation when none was held.
        var setOn = sip.Meetings.Count > 0 ? sip.Meetings.Max(m => m.HeldOn) : sip.CreatedOn;
        if (sip.NextFollowUpOn is DateOnly next && !FollowUpFits(setOn, next))
        {
            yield return $"next follow-up {next:yyyy-MM-dd} is not after {setOn:yyyy-MM-dd} and within {FollowUpMonths} months of it";
        }
    }
}
