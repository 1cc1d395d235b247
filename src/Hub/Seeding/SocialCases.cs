using Hub.Consents;
using Hub.Records;

namespace Hub.Seeding;

/// <summary>Social services' chain: report of concern, preliminary assessment, investigation, intervention.</summary>
internal sealed class SocialCases(CaseRows rows, CityMap city, Random random, DateOnly today)
{
    private readonly Dictionary<int, List<(DateOnly OpenedOn, DateOnly? ClosedOn)>> _investigations = [];
    private readonly Random _meetings = new(2016);
    private int _socialInterventions;

    public void Report(PupilPlan pupil, DateOnly received, AssessmentDecision? decision, DateOnly? decidedOn)
    {
        // Schools report most, and for a placed pupil it is always the school, which knows the pupil best.
        var reception = pupil.District.Reception;
        var (kind, reporter) = pupil.Placements.Count > 0 ? (ReporterKind.School, pupil.SchoolOn(received)) : random.NextDouble() switch
        {
            < 0.55 => (ReporterKind.School, pupil.SchoolOn(received)),
            < 0.65 => (ReporterKind.Bup, pupil.District.BupClinic),
            < 0.85 => (ReporterKind.Police, pupil.District.PoliceArea),
            _ => (ReporterKind.Other, (Unit?)null),
        };
        var name = reporter is null ? Names.Staff(random) : city.Lead(reporter);
        var daysOpen = (decidedOn ?? today).DayNumber - received.DayNumber;
        var report = new ReportOfConcern
        {
            OwnerAuthority = reception.Authority,
            Summary = Texts.Report(random),
            ReporterKind = kind,
            ReporterUnitId = reporter?.Id,
            ReporterName = name,
            ReporterContact = reporter is null ? People.Mobile(random.Next(95)) : Names.Email(name),
            AssessmentDueOn = received.AddDays(ReportOfConcern.AssessmentDays),

            MeetingHeldOn = daysOpen > 3 && random.NextDouble() < (decidedOn is null ? 0.3 : 0.6) ? received.AddDays(random.Next(2, Math.Min(daysOpen, 12))) : null,
        };
        Meeting(report, received, decidedOn);
        rows.Add(pupil, report, reception, (received, decidedOn));
        Bases(report, new BasisParties(Reporter: reporter));

        // A report is received with its assessment pending, as receiveReportOfConcern records it.
        var assessment = new PreliminaryAssessment
        {
            OwnerAuthority = reception.Authority,
            Report = report,
            Decision = decision,
            DecidedOn = decidedOn,
            Summary = Texts.Assessment(decision),
        };
        rows.Add(pupil, assessment, reception, (received, decidedOn));

        if (decidedOn is null)
        {
            CaseRows.Involve(pupil, reception);
        }
    }

    /// <summary>
    /// The report meeting is held unless it is against the child's interests, and always before the
    /// assessment, as holdReportMeeting and recordPreliminaryAssessment require; one still to come is
    /// planned, and the reporting unit invited. Drawn apart from the city's other dice, so the rest of
    /// the city does not move with it.
    /// </summary>
    private void Meeting(ReportOfConcern report, DateOnly received, DateOnly? decidedOn)
    {
        if (report.MeetingHeldOn is null && decidedOn is DateOnly decided)
        {
            if (_meetings.NextDouble() < 0.85)
            {
                report.MeetingHeldOn = received.AddDays(_meetings.Next(0, decided.DayNumber - received.DayNumber + 1));
            }
            else
            {
                report.MeetingWaivedReason = WaivedReasons[_meetings.Next(WaivedReasons.Length)];
            }
        }

        if (report.MeetingHeldOn is DateOnly held)
        {
            report.MeetingPlannedOn = held;
            report.MeetingParticipants = ReportMeetingParticipants.SocialServices | ReportMeetingParticipants.Guardians
                | (_meetings.NextDouble() < 0.8 ? ReportMeetingParticipants.Child : ReportMeetingParticipants.None)
                | (report.ReporterUnitId is not null && _meetings.NextDouble() < 0.7 ? ReportMeetingParticipants.Reporter : ReportMeetingParticipants.None);
        }
        else if (report.MeetingWaivedReason is null && _meetings.NextDouble() < 0.5)
        {
            report.MeetingPlannedOn = (today > received ? today : received).AddDays(_meetings.Next(1, 8));
        }
    }

    private static readonly string[] WaivedReasons =
    [
        "The concern is violence at home: a meeting with the guardians before the child is heard would put the child at risk.",
        "The report concerns suspected abuse by a guardian; the police asked social services not to inform the family yet.",
    ];

    /// <summary>Adds an investigation, moved clear of the pupil's earlier ones (a district opens one at a time); answers the dates it kept.</summary>
    public (DateOnly OpenedOn, DateOnly? ClosedOn) Investigation(PupilPlan pupil, DateOnly openedOn, DateOnly? closedOn, bool afterReport)
    {
        (openedOn, closedOn) = ClearOfEarlier(pupil.Id, openedOn, closedOn);
        if (afterReport)
        {
            Report(pupil, openedOn.AddDays(-random.Next(5, 15)), AssessmentDecision.OpenInvestigation, openedOn);
        }

        // Schooling is a BBIC need area; for placed pupils it is always investigated.
        var unit = pupil.District.Investigation;
        var education = pupil.Placements.Count > 0 || random.NextDouble() < 0.6;
        var investigation = new Investigation
        {
            OwnerAuthority = unit.Authority,
            DueOn = openedOn.AddMonths(4),
            Origin = afterReport ? InvestigationOrigin.ReportOfConcern : InvestigationOrigin.Application,
            EducationInvestigated = education,
            Summary = Texts.Investigation(random),
        };

        // Closing after the four months needs the reason for the delay (closeInvestigation).
        if (closedOn > investigation.DueOn)
        {
            investigation.DelayReason = Texts.InvestigationDelay;
        }

        if (rows.Add(pupil, investigation, unit, (openedOn, closedOn)) is not null)
        {
            CaseRows.Involve(pupil, unit);
        }

        Bases(investigation, new BasisParties());
        return (openedOn, closedOn);
    }

    /// <summary>
    /// A closed investigation that would overlap one the pupil already has is moved, with its length,
    /// to before that one; an open one (today's case) opens the day after the last earlier one closed.
    /// </summary>
    private (DateOnly, DateOnly?) ClearOfEarlier(int pupilId, DateOnly openedOn, DateOnly? closedOn)
    {
        if (!_investigations.TryGetValue(pupilId, out var earlier))
        {
            _investigations[pupilId] = earlier = [];
        }

        if (closedOn is DateOnly closed)
        {
            var length = closed.DayNumber - openedOn.DayNumber;
            while (earlier.FindIndex(e => (e.ClosedOn is null || e.ClosedOn > openedOn) && e.OpenedOn < closed) is var i and >= 0)
            {
                closed = earlier[i].OpenedOn.AddDays(-14);
                openedOn = closed.AddDays(-length);
            }

            closedOn = closed;
        }
        else if (earlier.Where(e => e.ClosedOn > openedOn).Select(e => e.ClosedOn).Max() is DateOnly lastClosed)
        {
            openedOn = lastClosed.AddDays(1);
        }

        earlier.Add((openedOn, closedOn));
        return (openedOn, closedOn);
    }

    public void SocialIntervention(PupilPlan pupil, bool open)
    {
        var investigated = rows.Ago(330, 900);
        var (_, decided) = Investigation(pupil, investigated, CaseRows.Earlier(investigated.AddDays(random.Next(60, 125)), today.AddDays(-10)), afterReport: true);

        // The first three cover every type; after that out-of-home care is the rare far end.
        var type = _socialInterventions++ < 3 ? (SocialInterventionType)(_socialInterventions - 1) : random.NextDouble() switch
        {
            < 0.55 => SocialInterventionType.FamilyTreatment,
            < 0.85 => SocialInterventionType.ContactPerson,
            _ => SocialInterventionType.OutOfHomeCare,
        };
        var unit = pupil.District.Investigation;
        var startsOn = decided!.Value.AddDays(random.Next(1, 10));
        DateOnly? endsOn = open ? null : CaseRows.Earlier(startsOn.AddDays(random.Next(90, 500)), today.AddDays(-1));
        var row = new SocialServicesIntervention { OwnerAuthority = unit.Authority, Type = type, Summary = Texts.Intervention(type) };
        if (rows.Add(pupil, row, unit, (startsOn, endsOn)) is not null)
        {
            CaseRows.Involve(pupil, unit);
        }
    }

    /// <summary>The bases in law the intervention opens (see <see cref="LegalBases"/>); they need its id, so they are added after the save.</summary>
    public void Bases(Intervention source, BasisParties parties) => rows.Writer.AfterSave(() =>
    {
        foreach (var basis in LegalBases.OpenedBy(source, parties))
        {
            basis.SourceInterventionId = source.Id;
            rows.Writer.Add(basis);
        }
    });
}
