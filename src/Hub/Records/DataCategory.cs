namespace Hub.Records;

/// <summary>
/// The categories of data the access layer decides on. Every schema field that carries personal
/// data names one; <see cref="Directory"/> marks fields that carry none.
/// </summary>
public enum DataCategory
{
    /// <summary>Not personal data about a pupil: districts, units, contact persons.</summary>
    Directory,

    /// <summary>Who the pupil is: name, personal identity number, grade, home school, district.</summary>
    Identity,

    /// <summary>Guardians and custody.</summary>
    Guardians,

    /// <summary>Enrolment history held by schools.</summary>
    Enrolment,

    /// <summary>Placements in special teaching groups (school level, RSU, CSU).</summary>
    Placement,

    /// <summary>Termly absence reported by schools.</summary>
    Absence,

    /// <summary>Reports of concern and their preliminary assessments.</summary>
    ReportOfConcern,

    /// <summary>Child-welfare investigations (BBIC).</summary>
    Investigation,

    /// <summary>Social-services interventions: family treatment, contact person, out-of-home care.</summary>
    SocialServicesIntervention,

    /// <summary>School social team work, including SST 2.0/RSU.</summary>
    SchoolSocialTeam,

    /// <summary>Contact with child psychiatry (BUP): health care, the most sensitive data.</summary>
    BupContact,

    /// <summary>SSPF cases, where the police take part.</summary>
    PoliceSspf,

    /// <summary>Coordinated individual plans.</summary>
    Sip,

    /// <summary>Consents and what they cover.</summary>
    Consent,

    /// <summary>The access log itself.</summary>
    AccessLog,

    /// <summary>
    /// The follow-up of emergency accesses: who opened which, why, and its review. The
    /// data-protection officer reads every one; a unit's manager those its own unit opened.
    /// </summary>
    EmergencyFollowUp,

    /// <summary>
    /// The pupil-health unit's assessments of whether a pupil should get a CSU place: read by those
    /// they concern (the unit, the home school's and the group's host school's principals).
    /// </summary>
    CsuAssessment,
}
