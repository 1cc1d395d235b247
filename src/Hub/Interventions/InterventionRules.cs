using System.Linq.Expressions;
using Hub.Records;

namespace Hub.Interventions;

/// <summary>
/// What makes a set of one pupil's intervention records sound, whoever made them: the mutations
/// refuse by the same rules one record at a time, and the demo city is held to them as a whole.
/// </summary>
public static class InterventionRules
{
    /// <summary>Kinds a unit keeps one of at a time with a pupil: a second is refused while the first is open.</summary>
    public static readonly InterventionKind[] OneAtATime =
        [InterventionKind.Investigation, InterventionKind.SchoolSocialTeamCase, InterventionKind.BupContact, InterventionKind.SspfCase];

    /// <summary>An intervention is decided after an investigation still open, or closed at most this many days before it starts.</summary>
    public const int InterventionAfterInvestigationDays = 30;

    /// <summary>An act after its statutory due day is late, and a late one needs the reason for the delay.</summary>
    public static bool LateWithoutReason(DateOnly on, DateOnly dueOn, string? delayReason) => on > dueOn && delayReason is null;

    /// <summary>The investigations that allow an intervention starting on a day: one rule, for the store's query and for records in memory.</summary>
    public static Expression<Func<Intervention, bool>> AllowsInterventionOn(DateOnly startsOn)
    {
        var since = startsOn.AddDays(-InterventionAfterInvestigationDays);
        return i => i.Kind == InterventionKind.Investigation && i.OpenedOn <= startsOn && (i.ClosedOn == null || i.ClosedOn >= since);
    }

    /// <summary>Every rule a record breaks among the pupil's records (<paramref name="pupils"/> includes it), in words.</summary>
    public static IEnumerable<string> ProblemsOf(Intervention record, IReadOnlyCollection<Intervention> pupils, DateOnly today)
    {
        if (record.OpenedOn > today)
        {
            yield return $"opened {record.OpenedOn:yyyy-MM-dd}, after today";
        }

        if (record.ClosedOn is DateOnly closed && closed < record.OpenedOn)
        {
            yield return $"closed {closed:yyyy-MM-dd} before it opened";
        }

        if (OneAtATime.Contains(record.Kind) && pupils.Any(o => o.Id != record.Id && o.Kind == record.Kind && o.UnitId == record.UnitId && Overlap(o, record)))
        {
            yield return $"two {record.Kind} records of one unit open at once";
        }

        if (record.Kind == InterventionKind.SocialServicesIntervention
            && !pupils.Where(o => o.OwnerAuthority == record.OwnerAuthority).Any(AllowsInterventionOn(record.OpenedOn).Compile()))
        {
            yield return "an intervention with no investigation before it";
        }
    }

    private static bool Overlap(Intervention a, Intervention b) =>
        (a.ClosedOn is null || a.ClosedOn > b.OpenedOn) && (b.ClosedOn is null || b.ClosedOn > a.OpenedOn);
}
