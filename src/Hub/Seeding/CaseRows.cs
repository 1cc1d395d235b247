using Hub.Records;

namespace Hub.Seeding;

/// <summary>How the case builders write intervention rows: dates relative to today, the keeping unit, and which units now work with the pupil.</summary>
internal sealed class CaseRows(BatchWriter writer, Random random, DateOnly today)
{
    private readonly Random _handlers = new(2004);

    /// <summary>Intervention rows added so far (legal bases not counted).</summary>
    public int Rows { get; private set; }

    public BatchWriter Writer => writer;

    /// <summary>Remembers the social-services unit most involved: investigation, then school social team, then reception.</summary>
    public static void Involve(PupilPlan pupil, Unit unit)
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
    public (DateOnly OpenedOn, DateOnly? ClosedOn) Dates(bool open, (int From, int To) openFor, (int From, int To) lasting)
    {
        if (open)
        {
            return (Ago(openFor.From, openFor.To), null);
        }

        var opened = Ago(lasting.To, lasting.To + 700);
        return (opened, Earlier(opened.AddDays(random.Next(lasting.From, lasting.To)), today.AddDays(-1)));
    }

    /// <summary>Adds a row kept by the unit; returns the unit while the case is open, else null.</summary>
    public Unit? Add(PupilPlan pupil, Intervention row, Unit unit, (DateOnly OpenedOn, DateOnly? ClosedOn) dates)
    {
        row.PupilId = pupil.Id;
        row.UnitId = unit.Id;
        row.OwnerAgency = unit.Agency;
        row.OpenedOn = dates.OpenedOn;
        row.ClosedOn = dates.ClosedOn;
        if (row is Investigation or SocialServicesIntervention or SchoolSocialTeamCase or BupContact or SspfCase)
        {
            // Every case has its named handler (seed 004); drawn apart from the city's other dice, so the rest does not move.
            row.HandlerName = Names.Staff(_handlers);
            row.HandlerContact = Names.Email(row.HandlerName);
        }

        writer.Add(row);
        Rows++;
        return dates.ClosedOn is null ? unit : null;
    }

    public DateOnly Ago(int fromDays, int toDays) => today.AddDays(-random.Next(fromDays, toDays + 1));

    public static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
