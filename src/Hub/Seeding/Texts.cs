using Hub.Records;

namespace Hub.Seeding;

/// <summary>
/// The free text the seeded rows carry, in Swedish as staff would write it. Each text is generic on
/// purpose: it must read like a real record without describing anybody.
/// </summary>
internal static class Texts
{
    private static readonly string[] Reports =
    [
        "Oro för hög frånvaro och signaler om konflikter i hemmet.",
        "Eleven har berättat för mentor om våld i hemmet.",
        "Oro för att eleven vistas i miljöer med kriminalitet.",
        "Oro för elevens psykiska mående och självskadebeteende.",
        "Upprepade incidenter med hot och våld i skolan.",
        "Eleven kommer ofta till skolan utan frukost och ovårdad.",
    ];

    private static readonly string[] Investigations =
    [
        "Barnavårdsutredning enligt BBIC: föräldraförmåga och barnets hälsa.",
        "Barnavårdsutredning enligt BBIC: trygghet i hemmet och skolgång.",
        "Barnavårdsutredning enligt BBIC: beteende, kamratrelationer och fritid.",
    ];

    private static readonly string[] Bup =
    [
        "Utredning av koncentrationssvårigheter.",
        "Behandling för ångest och skolfrånvaro.",
        "Samtalsbehandling efter traumatiska händelser.",
        "Utredning av neuropsykiatriska svårigheter.",
    ];

    private static readonly string[] Sspf =
    [
        "SSPF: oro för kriminalitet, stöd via fritidsgård och socialtjänst.",
        "SSPF: eleven har setts i sällskap med äldre ungdomar i kriminella miljöer.",
        "SSPF: skadegörelse och snatteri, samverkan med vårdnadshavare.",
    ];

    private static readonly string[] Goals =
    [
        "Eleven ska gå i skolan varje dag och ha en trygg vuxen att vända sig till.",
        "Minska frånvaron till under 15 procent och ge familjen samordnat stöd.",
        "Eleven ska få vård för sitt mående och anpassad undervisning.",
        "Vårdnadshavarna ska få samstämmiga besked från skola, socialtjänst och BUP.",
    ];

    private static readonly string[] PupilViews =
    [
        "Jag vill att skolan vet, så att jag slipper berätta allt igen.",
        "Det är okej att mentorn får veta, men inte hela klassen.",
        "Jag vill att alla som hjälper mig pratar med varandra.",
        "Jag tycker inte om att polisen är med, men det är okej om det hjälper.",
    ];

    private static readonly string[] EndedPlacements =
    [
        "Återgång till ordinarie undervisning i hemskolan.",
        "Omprövning: behovet av särskild undervisningsgrupp kvarstår inte.",
        "Eleven har flyttat från stadsdelsområdet.",
        "Vårdnadshavarna har valt en annan skola.",
    ];

    public static string Report(Random random) => Names.Pick(random, Reports);

    public static string Investigation(Random random) => Names.Pick(random, Investigations);

    public static string BupContact(Random random) => Names.Pick(random, Bup);

    public static string SspfCase(Random random) => Names.Pick(random, Sspf);

    public static string SipGoal(Random random) => Names.Pick(random, Goals);

    public static string PupilView(Random random) => Names.Pick(random, PupilViews);

    public static string Assessment(AssessmentDecision? decision) => decision switch
    {
        AssessmentDecision.OpenInvestigation => "Förhandsbedömning: utredning inleds.",
        AssessmentDecision.NoInvestigation => "Förhandsbedömning: utredning inleds inte, familjen erbjuds råd och stöd.",
        _ => "Förhandsbedömning pågår.",
    };

    /// <summary>Why an investigation closed after its four months, which closing it late requires.</summary>
    public const string InvestigationDelay = "Utredningen drog ut på tiden i väntan på yttrande från BUP.";

    public static string Intervention(SocialInterventionType type) => type switch
    {
        SocialInterventionType.FamilyTreatment => "Familjebehandling i hemmet två gånger i veckan.",
        SocialInterventionType.ContactPerson => "Kontaktperson enligt SoL, en eftermiddag i veckan.",
        _ => "Placering i familjehem (samhällsvård).",
    };

    public static string SchoolSocialTeam(SchoolSocialTeamTrack track) => track == SchoolSocialTeamTrack.Sst2Rsu
        ? "SST 2.0/RSU: stöd i RSU-gruppen och samtal med vårdnadshavare."
        : "Skolsocialt team: stöd kring problematisk frånvaro.";

    public const string CsuAssessment =
        "Omfattande behov av särskilt stöd som hemskolan och RSU inte har kunnat möta; eleven bedöms behöva en högspecialiserad grupp.";

    public static string PlacementEnded(Random random, PlacementLevel level, bool followedByRsu) =>
        followedByRsu ? "Placering i RSU beslutad efter omprövning."
        : level == PlacementLevel.Csu ? "Återgång till hemskolan efter omprövning."
        : Names.Pick(random, EndedPlacements);

    public static string Responsibility(Agency agency) => agency switch
    {
        Agency.School => "Anpassad undervisning, uppföljning av frånvaro och kontakt med vårdnadshavare.",
        Agency.SocialServices => "Stöd till familjen och samordning av socialtjänstens insatser.",
        Agency.Bup => "Utredning och behandling av elevens psykiska ohälsa.",
        Agency.FirstLinePsychiatry => "Samtalsstöd i första linjen och bedömning av om BUP behövs.",
        Agency.Habilitation => "Stöd kring elevens funktionsnedsättning, till familjen och till skolan.",
        _ => "Deltar i samordningen.",
    };
}
