using Hub.Records;

namespace Hub.Seeding;

/// <summary>A district's units: its schools, its three social-services units and who serves it.</summary>
internal sealed class DistrictUnits
{
    public required District District { get; init; }
    public List<Unit> Schools { get; } = [];
    public required Unit Reception { get; init; }
    public required Unit Investigation { get; init; }
    public required Unit Preventive { get; init; }
    public required Unit PoliceArea { get; init; }
    public required Unit BupClinic { get; init; }
    public Unit? Rsu { get; set; }

    /// <summary>The schools the district's school social team works at: its municipal schools, at most as many as a team serves.</summary>
    public IEnumerable<Unit> SchoolSocialTeamSchools =>
        Schools.Where(s => s.Ownership == SchoolOwnership.Municipal).Take(Interventions.SchoolSocialTeamRules.MaxSchoolsServed);
}

/// <summary>
/// The saved organisation, for the later phases to look units up in. The units keep the ids their
/// save gave them; later rows refer to them by id only, never by navigation.
/// </summary>
internal sealed class CityMap
{
    private readonly Dictionary<string, Unit> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DistrictUnits> _districts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Unit> _smallGroups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _leads = new(StringComparer.Ordinal);

    public List<DistrictUnits> Districts { get; } = [];
    public List<Unit> Schools { get; } = [];
    public List<Unit> CsuGroups { get; } = [];
    public List<Unit> BupClinics { get; } = [];
    public List<Unit> PoliceAreas { get; } = [];
    public Unit PupilHealth => this["education:pupil-health"];

    /// <summary>The population register's unit, which sends the demo city's register notices.</summary>
    public Unit PopulationRegister { get; set; } = null!;

    public Unit this[string code] => _units[code];

    public void Add(Unit unit, string lead)
    {
        _units.Add(unit.Code, unit);
        _leads.Add(unit.Code, lead);
    }

    public void AddDistrict(DistrictUnits district)
    {
        Districts.Add(district);
        _districts.Add(district.District.Code, district);
    }

    public void AddSmallGroup(Unit school, Unit group) => _smallGroups.Add(school.Code, group);

    /// <summary>The district a unit belongs to; every school has one.</summary>
    public DistrictUnits DistrictOf(Unit unit) =>
        _districts[unit.District?.Code ?? throw new InvalidOperationException($"{unit.Code} belongs to no district.")];

    public Unit? SmallGroupAt(Unit school) => _smallGroups.GetValueOrDefault(school.Code);

    /// <summary>The person who decides and records for a unit: a principal, a head of unit, a clinician.</summary>
    public string Lead(Unit unit) => _leads[unit.Code];

    public static bool IsMunicipal(Unit school) => school.Ownership == SchoolOwnership.Municipal;
}
