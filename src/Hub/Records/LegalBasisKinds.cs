namespace Hub.Records;

/// <summary>A place in Swedish statute: law with its SFS number, chapter and section.</summary>
public sealed record Citation(string Law, string SfsNumber, int? Chapter, string Section)
{
    /// <summary>As a Swedish lawyer writes it: "Offentlighets- och sekretesslag (2009:400) 10 kap. 18 a §".</summary>
    public override string ToString() => Chapter is int chapter ? $"{Law} ({SfsNumber}) {chapter} kap. {Section} §" : $"{Law} ({SfsNumber}) {Section} §";

    public static Citation Osl(int chapter, string section) => new("Offentlighets- och sekretesslag", "2009:400", chapter, section);
}

/// <summary>One direction a basis lets data cross: a category of one agency's records to units of one kind of another.</summary>
public sealed record BasisFlow(Agency From, Agency To, UnitKind? ToUnitKind, DataCategory Category);

/// <summary>
/// One kind of legal basis: the statute it rests on, who discloses what to whom, for what purpose,
/// and what opens and ends it. <see cref="Flows"/> empty means the flows are named case by case
/// (a disclosure decision names its categories and its receiving unit).
/// </summary>
public sealed record LegalBasisKindInfo(
    LegalBasisKind Kind,
    string Name,
    string SwedishName,
    Citation Citation,
    string DutyIn,
    IReadOnlyList<BasisFlow> Flows,
    SharingPurpose? Purpose,
    string OpensWhen,
    string EndsWhen,
    string? Note = null);

/// <summary>
/// The catalogue of legal bases, the one place that says what each kind is. Who reads under a basis
/// is further bounded by the role's ceiling (<c>RolePolicy</c>): a basis never lifts a category above it.
/// A basis grants only for its kind's purpose (a disclosure decision's: the decision's own), as the request declared it: see Access.Grants.LegalBasesToCaller.
/// </summary>
public static class LegalBasisKinds
{
    /// <summary>
    /// The social services act in force (SoL 2025:400). Its chapter and section for the duty to report
    /// and the duty to inform an investigation are not verified here; in the repealed SoL 2001:453
    /// both were 14 kap. 1 § (first and third paragraphs). The disclosure itself rests on OSL 10 kap. 28 §.
    /// </summary>
    public const string SocialServicesActDuty =
        "Socialtjänstlag (2025:400), anmälningsskyldighet och uppgiftsskyldighet till socialnämnden (formerly 14 kap. 1 § SoL 2001:453)";

    public static readonly IReadOnlyList<LegalBasisKindInfo> All =
    [
        new(LegalBasisKind.InvestigationDutyToInform, "Duty to inform a child-welfare investigation", "Uppgiftsskyldighet vid barnavårdsutredning",
            Citation.Osl(10, "28"), SocialServicesActDuty,
            [
                new(Agency.School, Agency.SocialServices, UnitKind.SocialServicesInvestigation, DataCategory.Placement),
                new(Agency.School, Agency.SocialServices, UnitKind.SocialServicesInvestigation, DataCategory.Absence),
                new(Agency.Bup, Agency.SocialServices, UnitKind.SocialServicesInvestigation, DataCategory.BupContact),
                new(Agency.Police, Agency.SocialServices, UnitKind.SocialServicesInvestigation, DataCategory.PoliceSspf),
            ],
            SharingPurpose.Investigation,
            "An investigation opens: the school's records when BBIC's need area education is investigated; health care's (BUP) and the police's with every investigation.",
            "The investigation closes.",
            "The hub records only whether education is investigated; health and behaviour (crime) are taken to be part of every investigation's assessment of needs."),
        new(LegalBasisKind.ReportOfConcernReporter, "Report of concern: the reporter's duty", "Anmälningsskyldighet: anmälarens uppgifter",
            Citation.Osl(10, "28"), SocialServicesActDuty,
            [
                new(Agency.School, Agency.SocialServices, UnitKind.SocialServicesReception, DataCategory.Placement),
                new(Agency.School, Agency.SocialServices, UnitKind.SocialServicesReception, DataCategory.Absence),
                new(Agency.Bup, Agency.SocialServices, UnitKind.SocialServicesReception, DataCategory.BupContact),
                new(Agency.Police, Agency.SocialServices, UnitKind.SocialServicesReception, DataCategory.PoliceSspf),
            ],
            SharingPurpose.Investigation,
            "Social services receives a report from a school, health care (BUP) or the police: the receiving unit reads the reporting authority's own records of the kind it keeps.",
            "The preliminary assessment decides on no investigation, or the investigation it decided on opens.",
            "Only the reporting authority's records (not every school's), and only while the report is assessed. The report itself is social services' record."),
        new(LegalBasisKind.SspfExchange, "Police–social services exchange about people under 21 (SSPF)", "Uppgiftsutbyte polis–socialtjänst om unga under 21 år (SSPF)",
            Citation.Osl(10, "18 a"), "Offentlighets- och sekretesslag (2009:400) 10 kap. 18 a §: to prevent a person under 21 from committing crime",
            [
                new(Agency.Police, Agency.SocialServices, UnitKind.SocialServicesPreventive, DataCategory.PoliceSspf),
                new(Agency.SocialServices, Agency.Police, UnitKind.PoliceArea, DataCategory.SocialServicesIntervention),
            ],
            SharingPurpose.Sspf,
            "The police register an SSPF case about a person under 21: the police area and the social services of the pupil's registered district exchange in both directions.",
            "The SSPF case closes (or the person turns 21).",
            "Social services discloses only whether it has interventions running, not its investigations or reports: what the crime-preventive work needs."),
        new(LegalBasisKind.DisclosureNecessary, "Disclosure decision: necessary for the disclosing authority's work", "Utlämnande som är nödvändigt för verksamheten",
            Citation.Osl(10, "2"), "Offentlighets- och sekretesslag (2009:400) 10 kap. 2 §",
            [], null,
            "An authorised role of the disclosing authority records a decision naming the pupil, the receiving unit, its own categories, the purpose, the period and the reason.",
            "The decision's last day passes, or the disclosing authority ends it early."),
        new(LegalBasisKind.DisclosureOverridingInterest, "Disclosure decision: overriding interest (general clause)", "Utlämnande enligt generalklausulen",
            Citation.Osl(10, "27"), "Offentlighets- och sekretesslag (2009:400) 10 kap. 27 §",
            [], null,
            "As a disclosure decision under 10 kap. 2 §; not for health-care or social-services records.",
            "The decision's last day passes, or the disclosing authority ends it early.",
            "The general clause does not apply to health-care or social-services secrecy (OSL 10 kap. 27 § second paragraph: 25 kap. 1–8 §§, 26 kap. 1–6 §§), so BUP and social services may not rest a decision on it."),
    ];

    public static LegalBasisKindInfo Of(LegalBasisKind kind) => All.Single(k => k.Kind == kind);

    /// <summary>The flows of a kind from one agency.</summary>
    public static IEnumerable<BasisFlow> From(LegalBasisKind kind, Agency from) => Of(kind).Flows.Where(f => f.From == from);
}
