using Hub.Changes;
using Hub.Records;

namespace Hub.InformationRequests;

/// <summary>
/// What makes an information request sound, whoever records it: the mutations refuse by these rules
/// and the demo city is held to them. A request is asked in an open investigation of the asking
/// district, of a school or teaching group the pupil attends (the home school, a school of an
/// enrolment, a group of a placement or the school that hosts it), with questions, a way to reach the
/// investigator, and a day to answer by that falls within <see cref="MaxDaysToAnswer"/> days of the
/// asking. It is answered once, by then or late, while the investigation is still open.
/// </summary>
public static class InformationRequestRules
{
    public const int MaxQuestions = 4000;
    public const int MaxAnswer = 8000;
    public const int MaxContact = 200;
    public const int MaxName = 200;
    public const int MaxDaysToAnswer = 60;

    /// <summary>The kinds of unit a request is addressed to: a school, or a teaching group (school level, RSU, CSU).</summary>
    public static readonly UnitKind[] AddresseeKinds = [UnitKind.School, UnitKind.TeachingGroup];

    /// <summary>Whether a request asked on <paramref name="requestedOn"/> may be due on <paramref name="dueOn"/>.</summary>
    public static bool DueInTime(DateOnly requestedOn, DateOnly dueOn) => dueOn >= requestedOn && dueOn <= requestedOn.AddDays(MaxDaysToAnswer);

    /// <summary>The units a pupil attends: the home school, the schools of its enrolments, and the groups of its placements with their host schools.</summary>
    public static HashSet<int> Attended(int? homeSchoolId, IEnumerable<int> enrolledAt, IEnumerable<Unit> placedIn)
    {
        var units = homeSchoolId is int home ? new HashSet<int> { home } : [];
        units.UnionWith(enrolledAt);
        foreach (var group in placedIn)
        {
            units.Add(group.Id);
            if (group.HostSchoolId is int host)
            {
                units.Add(host);
            }
        }

        return units;
    }

    /// <summary>Where the request stands: answered, closed with its investigation unanswered, or open.</summary>
    public static InformationRequestStatus StatusOf(InformationRequest request, DateOnly? investigationClosedOn, DateOnly today) =>
        request.AnsweredOn is not null ? InformationRequestStatus.Answered
        : investigationClosedOn is DateOnly closed && closed <= today ? InformationRequestStatus.Closed
        : InformationRequestStatus.Open;

    /// <summary>
    /// Every rule a whole request breaks, in words, for records made other than by the mutations (the
    /// demo city). <paramref name="attended"/> answers which units the pupil attended on a day.
    /// </summary>
    public static IEnumerable<string> ProblemsOf(InformationRequest request, Investigation investigation, Unit addressee, Unit asker,
        Func<DateOnly, ISet<int>> attended, DateOnly today)
    {
        if (investigation.PupilId != request.PupilId || investigation.OwnerAuthority != request.OwnerAuthority || asker.Authority != request.OwnerAuthority
            || asker.Kind != UnitKind.SocialServicesInvestigation)
        {
            yield return "not asked by the investigating district's investigation unit, about the investigated pupil";
        }

        if (request.RequestedOn > today || request.RequestedOn < investigation.OpenedOn || (investigation.ClosedOn is DateOnly closed && request.RequestedOn >= closed))
        {
            yield return $"asked on {request.RequestedOn:yyyy-MM-dd}: not while the investigation was open, or after today";
        }

        if (!DueInTime(request.RequestedOn, request.DueOn))
        {
            yield return $"due {request.DueOn:yyyy-MM-dd}: not within {MaxDaysToAnswer} days of the asking";
        }

        if (!AddresseeKinds.Contains(addressee.Kind) || !attended(request.RequestedOn).Contains(addressee.Id))
        {
            yield return $"addressed to {addressee.Name}, which is not a school or group the pupil attended that day";
        }

        if (!Write.Fits(request.Questions, MaxQuestions) || !Write.Fits(request.Contact, MaxContact) || !Write.Fits(request.RequestedBy, MaxName))
        {
            yield return "questions, contact or asker empty, untrimmed or too long";
        }

        var answered = request.AnsweredOn is not null;
        if (answered != (request.Answer is not null) || answered != (request.AnsweredBy is not null) || answered != (request.AnsweredByRole is not null))
        {
            yield return "an answer comes with its day, who gave it and in what role, or none of them";
        }

        if (request.AnsweredOn is DateOnly on && (on < request.RequestedOn || on > today || (investigation.ClosedOn is DateOnly end && on >= end)
            || !Write.Fits(request.Answer, MaxAnswer) || !Write.Fits(request.AnsweredBy, MaxName)
            || request.AnsweredByRole is not (Role.Principal or Role.Teacher)))
        {
            yield return $"answered on {on:yyyy-MM-dd}: not while open, by a principal or teacher, with an answer that fits";
        }
    }
}
