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
    }
}
