using Hub.Records;
using static Hub.Seeding.CaseScenario;

namespace Hub.Seeding;

/// <summary>
/// Turns a case scenario into intervention rows with dates relative to today, and records on the
/// pupil which units now work with them. Each record belongs to the unit that keeps it: social
/// services of the pupil's registered district, the district's BUP clinic or police area.
/// </summary>
internal sealed partial class CaseBuilder(BatchWriter writer, CityMap city, Random random, DateOnly today)
{
    private int _socialInterventions;

    /// <summary>Intervention rows added so far (legal bases not counted).</summary>
    public int Rows { get; private set; }

    public void Add(PupilPlan pupil, CaseScenario scenario)
    {
        switch (scenario)
        {
            case ReportNoInvestigation:
                var received = Ago(30, 700);
                Report(pupil, received, AssessmentDecision.NoInvestigation, received.AddDays(random.Next(5, 15)));
                break;
            case ReportAwaitingAssessment:
                Report(pupil, Ago(0, 12), decision: null, decidedOn: null);
                break;
            case ReportAssessmentOverdue:
                Report(pupil, Ago(16, 46), decision: null, decidedOn: null);
                break;
            case InvestigationOpen:
                Investigation(pupil, Ago(5, 110), closedOn: null, afterReport: true);
                break;
            case InvestigationOverdue:
                Investigation(pupil, Ago(125, 200), closedOn: null, afterReport: true);
                break;
            case InvestigationClosed:
                // Closed before any open investigation began: a child rarely has two at once.
                var opened = Ago(330, 900);
                Investigation(pupil, opened, opened.AddDays(random.Next(60, 125)), afterReport: true);
                break;
            case ApplicationInvestigation:
                Investigation(pupil, Ago(5, 110), closedOn: null, afterReport: false);
                break;
            case InterventionOpen or InterventionClosed:
                SocialIntervention(pupil, open: scenario == InterventionOpen);
                break;
            case SchoolSocialTeamOpen or SchoolSocialTeamClosed:
                SchoolSocialTeam(pupil, open: scenario == SchoolSocialTeamOpen);
                break;
            case BupOpen or BupClosed:
                var clinic = pupil.District.BupClinic;
                var bup = Dates(scenario == BupOpen, openFor: (20, 600), lasting: (60, 400));
                pupil.BupClinic = Add(pupil, new BupContact { OwnerAuthority = clinic.Authority, Summary = Texts.BupContact(random) }, clinic, bup) ?? pupil.BupClinic;
                break;
            default:
                var area = pupil.District.PoliceArea;
                var sspf = Dates(scenario == SspfOpen, openFor: (10, 200), lasting: (30, 180));
                pupil.PoliceArea = Add(pupil, new SspfCase { OwnerAuthority = area.Authority, Summary = Texts.SspfCase(random) }, area, sspf) ?? pupil.PoliceArea;
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
            AbsencePercentAtStart = Math.Round(rsu ? 35 + (random.NextDouble() * 45) : 10 + (random.NextDouble() * 30), 1),
            Summary = Texts.SchoolSocialTeam(track),
        };
        if (Add(pupil, row, unit, Dates(open, openFor: (10, 300), lasting: (60, 250))) is not null)
        {
            pupil.SchoolSocialTeam = true;
            Involve(pupil, unit);
        }
    }

    /// <summary>Remembers the social-services unit most involved: investigation, then school social team, then reception.</summary>
    private static void Involve(PupilPlan pupil, Unit unit)
    {
        static int Rank(Unit? unit) => unit?.Kind switch
        {
            UnitKind.SocialServicesInvestigation => 3,
            UnitKind.SocialServicesPreventive => 2,
            UnitKind.SocialServicesReception => 1,
            _ => 0,
        };

        if (Rank(unit) > Rank(pupil.SocialUnit))
        {
            pupil.SocialUnit = unit;
        }
    }

    /// <summary>
    /// Dates for a case open now (opened within <paramref name="openFor"/> days), or for one that
    /// ran its course (<paramref name="lasting"/> days) and closed before today.
    /// </summary>
    private (DateOnly OpenedOn, DateOnly? ClosedOn) Dates(bool open, (int From, int To) openFor, (int From, int To) lasting)
    {
        if (open)
        {
            return (Ago(openFor.From, openFor.To), null);
        }

        var opened = Ago(lasting.To, lasting.To + 700);
        return (opened, Earlier(opened.AddDays(random.Next(lasting.From, lasting.To)), today.AddDays(-1)));
    }

    /// <summary>Adds a row kept by the unit; returns the unit while the case is open, else null.</summary>
    private Unit? Add(PupilPlan pupil, Intervention row, Unit unit, (DateOnly OpenedOn, DateOnly? ClosedOn) dates)
    {
        row.PupilId = pupil.Id;
        row.UnitId = unit.Id;
        row.OwnerAgency = unit.Agency;
        row.OpenedOn = dates.OpenedOn;
        row.ClosedOn = dates.ClosedOn;
        writer.Add(row);
        Rows++;
        return dates.ClosedOn is null ? unit : null;
    }

    private DateOnly Ago(int fromDays, int toDays) => today.AddDays(-random.Next(fromDays, toDays + 1));

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
