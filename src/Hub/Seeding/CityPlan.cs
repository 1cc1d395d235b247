namespace Hub.Seeding;

/// <summary>One district: its municipal schools, an independent school, the RSU host, and who serves it.</summary>
internal sealed record DistrictPlan(
    string Name,
    string[] Schools,
    string? IndependentSchool,
    string? RsuHost,
    string PoliceArea,
    string BupClinic);

/// <summary>
/// The demo city's organisation. Districts are Stockholm's real 13; schools carry plausible names;
/// which school hosts which group, and how clinics and police areas split the city, is made up.
/// </summary>
internal static class CityPlan
{
    public const string Education = "education";
    public const string RegionBup = "region:bup";
    public const string RegionHabilitation = "region:habilitering";
    public const string Police = "police";
    public const string Oversight = "oversight";

    /// <summary>The population register (folkbokföringen, kept by Skatteverket): its authority, its one unit's code and name.</summary>
    public const string PopulationRegister = "skatteverket";
    public const string PopulationRegisterUnit = "register:folkbokforing";
    public const string PopulationRegisterName = "Skatteverket, folkbokföringen";

    public static readonly DistrictPlan[] Districts =
    [
        new("Rinkeby-Kista", ["Rinkebyskolan", "Kista grundskola", "Husbygårdsskolan"], "Järvafältets friskola", "Husbygårdsskolan", "vasterort", "kista"),
        new("Spånga-Tensta", ["Tensta grundskola", "Spånga grundskola", "Bromstensskolan"], null, null, "vasterort", "kista"),
        new("Hässelby-Vällingby", ["Vällingbyskolan", "Hässelby gårds skola", "Kvarnbackaskolan"], "Grimsta friskola", "Kvarnbackaskolan", "vasterort", "kista"),
        new("Bromma", ["Abrahamsbergsskolan", "Nockebyhovsskolan", "Ålstensskolan"], null, null, "vasterort", "kista"),
        new("Kungsholmen", ["Fridhemsskolan", "Stora Mossens skola", "Kungsholmens grundskola"], "Kungsholmens friskola", null, "city", "kungsholmen"),
        new("Norrmalm", ["Matteusskolan", "Sankt Görans skola", "Observatorielundens skola"], "Vasastadens friskola", null, "city", "kungsholmen"),
        new("Östermalm", ["Engelbrektsskolan", "Hedvig Eleonora skola", "Gärdesskolan"], null, "Gärdesskolan", "city", "kungsholmen"),
        new("Södermalm", ["Eriksdalsskolan", "Katarina norra skola", "Björns trädgårds skola"], null, "Katarina norra skola", "city", "liljeholmen"),
        new("Enskede-Årsta-Vantör", ["Årstaskolan", "Enskedefältets skola", "Vantörsskolan"], null, "Vantörsskolan", "stockholm-syd", "farsta"),
        new("Skarpnäck", ["Skarpnäcks skola", "Björkhagens skola", "Kärrtorps skola"], null, null, "stockholm-syd", "farsta"),
        new("Farsta", ["Farsta grundskola", "Sköndalsskolan", "Hökarängsskolan"], "Farsta friskola", "Sköndalsskolan", "stockholm-syd", "farsta"),
        new("Hägersten-Älvsjö", ["Tellusborgsskolan", "Klubbacksskolan", "Älvsjö skola"], null, "Tellusborgsskolan", "stockholm-syd", "liljeholmen"),
        new("Skärholmen", ["Skärholmens skola", "Bredängsskolan", "Sätraskolan"], "Sätra friskola", "Bredängsskolan", "stockholm-syd", "liljeholmen"),
    ];

    /// <summary>Schools with a school-level group (a small group inside the school).</summary>
    public static readonly string[] SmallGroupSchools =
    [
        "Klubbacksskolan", "Rinkebyskolan", "Vällingbyskolan", "Abrahamsbergsskolan", "Matteusskolan",
        "Eriksdalsskolan", "Skarpnäcks skola", "Farsta grundskola", "Järvafältets friskola",
    ];

    /// <summary>The city-wide CSU groups: code suffix, name, host school.</summary>
    public static readonly (string Code, string Name, string Host)[] CsuGroups =
    [
        ("csu-bromma", "CSU Bromma", "Nockebyhovsskolan"),
        ("csu-sodermalm", "CSU Södermalm", "Eriksdalsskolan"),
        ("csu-farsta", "CSU Farsta", "Hökarängsskolan"),
    ];

    public static readonly (string Code, string Name)[] BupClinics =
    [
        ("liljeholmen", "BUP Liljeholmen"),
        ("kista", "BUP Kista"),
        ("kungsholmen", "BUP Kungsholmen"),
        ("farsta", "BUP Farsta"),
    ];

    public static readonly (string Code, string Name)[] PoliceAreas =
    [
        ("stockholm-syd", "Polisen, lokalpolisområde Stockholm syd"),
        ("vasterort", "Polisen, lokalpolisområde Västerort"),
        ("city", "Polisen, lokalpolisområde City"),
    ];

    /// <summary>
    /// Who decides or records for the units the demo personas act in, so that the names in the data
    /// match the people who sign in. Other units get a generated name.
    /// </summary>
    public static readonly Dictionary<string, string> NamedLeads = new(StringComparer.Ordinal)
    {
        ["school:klubbacksskolan"] = "Johan Ek",
        ["education:pupil-health"] = "Lena Berg",
        ["social:hagersten-alvsjo:reception"] = "Eva Nord",
        ["social:hagersten-alvsjo:investigation"] = "Karin Åberg",
        ["social:hagersten-alvsjo:preventive"] = "Ali Hassan",
        ["bup:liljeholmen"] = "Nils Dahl",
        ["forsta-linjen:liljeholmen"] = "Sofia Lund",
        ["habilitering:liljeholmen"] = "Omar Said",
        ["leisure:hagersten-alvsjo"] = "Jonas Berg",
        ["police:stockholm-syd"] = "Anna Sjö",
    };
}
