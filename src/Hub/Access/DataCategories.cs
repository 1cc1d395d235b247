using Hub.Records;

namespace Hub.Access;

/// <summary>Facts about the categories: which are about pupils, and which agency produces each.</summary>
public static class DataCategories
{
    /// <summary>The categories a pupil's data falls into (not the directory, not the log nor the follow-up of emergency access).</summary>
    public static readonly IReadOnlyList<DataCategory> AboutPupils =
        Enum.GetValues<DataCategory>().Where(c => c is not (DataCategory.Directory or DataCategory.AccessLog or DataCategory.EmergencyFollowUp)).ToList();

    /// <summary>
    /// The agency whose records a category holds; null for categories that are not one agency's
    /// records (who the pupil is and who the guardians are, seen through the relationship; SIPs
    /// and consents, seen by the agencies that take part in them).
    /// </summary>
    public static Agency? ProducedBy(DataCategory category) => category switch
    {
        DataCategory.Enrolment or DataCategory.Placement or DataCategory.Absence or DataCategory.CsuAssessment => Agency.School,
        DataCategory.ReportOfConcern or DataCategory.Investigation or DataCategory.SocialServicesIntervention
            or DataCategory.SchoolSocialTeam => Agency.SocialServices,
        DataCategory.BupContact => Agency.Bup,
        DataCategory.PoliceSspf => Agency.Police,
        _ => null,
    };

    /// <summary>
    /// Whose records an agency's own part with a pupil (a SIP responsibility) is as secret as. The
    /// region's care in BUS keeps health data under the same secrecy (OSL 25 kap.): first-line
    /// psychiatry's and habilitation's part is read only by the roles that read BUP's contacts.
    /// </summary>
    public static Agency SecretAs(Agency agency) => agency is Agency.FirstLinePsychiatry or Agency.Habilitation ? Agency.Bup : agency;

    /// <summary>How the category reads in a sentence: "social-services interventions".</summary>
    public static string Describe(DataCategory category) => category switch
    {
        DataCategory.Identity => "identity",
        DataCategory.Guardians => "guardians",
        DataCategory.Enrolment => "enrolments",
        DataCategory.Placement => "placements",
        DataCategory.Absence => "absence",
        DataCategory.ReportOfConcern => "reports of concern",
        DataCategory.Investigation => "investigations",
        DataCategory.SocialServicesIntervention => "social-services interventions",
        DataCategory.SchoolSocialTeam => "school social team work",
        DataCategory.BupContact => "BUP contacts",
        DataCategory.PoliceSspf => "SSPF cases",
        DataCategory.Sip => "SIPs",
        DataCategory.Consent => "consents",
        DataCategory.AccessLog => "the access log",
        DataCategory.EmergencyFollowUp => "the follow-up of emergency accesses",
        DataCategory.CsuAssessment => "CSU assessments",
        _ => "directory data",
    };
}
