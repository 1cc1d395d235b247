using Hub.Consents;
using Hub.Records;
using static Hub.Seeding.CaseScenario;

namespace Hub.Seeding;

/// <summary>
/// Turns a case scenario into intervention rows with dates relative to today, and records on the
/// pupil which units now work with them. Each record belongs to the unit that keeps it: social
/// services of the pupil's registered district, the district's BUP clinic or police area.
/// </summary>
internal sealed class CaseBuilder
{
    private readonly CaseRows _rows;
    private readonly SocialCases _social;
    private readonly Random _random;
    private readonly DateOnly _today;

    public CaseBuilder(BatchWriter writer, CityMap city, Random random, DateOnly today)
    {
        _random = random;
        _today = today;
        _rows = new CaseRows(writer, random, today);
        _social = new SocialCases(_rows, city, random, today);
    }

    /// <summary>Intervention rows added so far (legal bases not counted).</summary>
    public int Rows => _rows.Rows;

    public void Add(PupilPlan pupil, CaseScenario scenario)
    {
        switch (scenario)
        {
            case ReportNoInvestigation:
                var received = _rows.Ago(30, 700);
                _social.Report(pupil, received, AssessmentDecision.NoInvestigation, received.AddDays(_random.Next(5, 15)));
                break;
            case ReportAwaitingAssessment:
                _social.Report(pupil, _rows.Ago(0, 12), decision: null, decidedOn: null);
                break;
            case ReportAssessmentOverdue:
                _social.Report(pupil, _rows.Ago(16, 46), decision: null, decidedOn: null);
                break;
            case InvestigationOpen:
                _social.Investigation(pupil, _rows.Ago(5, 110), closedOn: null, afterReport: true);
                break;
            case InvestigationOverdue:
                _social.Investigation(pupil, _rows.Ago(125, 200), closedOn: null, afterReport: true);
                break;
            case InvestigationClosed:
                // Closed before any open investigation began: a child rarely has two at once.
                var opened = _rows.Ago(330, 900);
                _social.Investigation(pupil, opened, opened.AddDays(_random.Next(60, 125)), afterReport: true);
                break;
            case ApplicationInvestigation:
                _social.Investigation(pupil, _rows.Ago(5, 110), closedOn: null, afterReport: false);
                break;
            case InterventionOpen or InterventionClosed:
                _social.SocialIntervention(pupil, open: scenario == InterventionOpen);
                break;
            case SchoolSocialTeamOpen or SchoolSocialTeamClosed:
                SchoolSocialTeam(pupil, open: scenario == SchoolSocialTeamOpen);
                break;
            case BupOpen or BupClosed:
                var clinic = pupil.District.BupClinic;
                var bup = _rows.Dates(scenario == BupOpen, openFor: (20, 600), lasting: (60, 400));
                pupil.BupClinic = _rows.Add(pupil, new BupContact { OwnerAuthority = clinic.Authority, Summary = Texts.BupContact(_random) }, clinic, bup) ?? pupil.BupClinic;
                break;
            default:
                var area = pupil.District.PoliceArea;
                var sspf = _rows.Dates(scenario == SspfOpen, openFor: (10, 200), lasting: (30, 180));
                var sspfCase = new SspfCase { OwnerAuthority = area.Authority, Summary = Texts.SspfCase(_random) };
                pupil.PoliceArea = _rows.Add(pupil, sspfCase, area, sspf) ?? pupil.PoliceArea;
                _social.Bases(sspfCase, new BasisParties(DistrictSocialServices: pupil.District.Preventive, BirthDate: pupil.BirthDate));
                break;
        }
    }

    private void SchoolSocialTeam(PupilPlan pupil, bool open)
    {
        // SST 2.0/RSU works with the RSU group and higher absence; the ordinary track up to 40 %.
        var rsu = pupil.ActivePlacement?.Level == PlacementLevel.Rsu;
        var track = rsu ? SchoolSocialTeamTrack.Sst2Rsu : SchoolSocialTeamTrack.Sst;
        var unit = pupil.District.Preventive;
        var row = new SchoolSocialTeamCase
        {
            OwnerAuthority = unit.Authority,
            Track = track,
            AbsencePercentAtStart = Math.Round(rsu ? 35 + (_random.NextDouble() * 45) : 10 + (_random.NextDouble() * 30), 1),
            Summary = Texts.SchoolSocialTeam(track),
        };
        var dates = FromGradeFour(pupil, _rows.Dates(open, openFor: (10, 300), lasting: (60, 250)));

        // The team takes pupils of the schools it works at only; the dice are drawn all the same, so the rest of the city does not move.
        if (!pupil.District.SchoolSocialTeamSchools.Contains(pupil.HomeSchool))
        {
            return;
        }

        if (_rows.Add(pupil, row, unit, dates) is not null)
        {
            pupil.SchoolSocialTeam = true;
            CaseRows.Involve(pupil, unit);
        }
    }

    /// <summary>School social teams work from grade 4: a case that would start earlier in the pupil's schooling is moved, with its length, to the start of grade 4.</summary>
    private (DateOnly OpenedOn, DateOnly? ClosedOn) FromGradeFour(PupilPlan pupil, (DateOnly OpenedOn, DateOnly? ClosedOn) dates)
    {
        var gradeFour = SchoolCalendar.AutumnStart(SchoolCalendar.SchoolYear(_today) - (pupil.Grade - 4));
        if (dates.OpenedOn >= gradeFour)
        {
            return dates;
        }

        var shift = gradeFour.DayNumber - dates.OpenedOn.DayNumber;
        return (gradeFour, dates.ClosedOn is DateOnly closed ? CaseRows.Earlier(closed.AddDays(shift), _today.AddDays(-1)) : null);
    }
}
