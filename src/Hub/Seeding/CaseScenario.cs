namespace Hub.Seeding;

/// <summary>A story of one agency's work with a pupil, written as one or more intervention rows.</summary>
internal enum CaseScenario
{
    /// <summary>A report whose assessment found no need to investigate.</summary>
    ReportNoInvestigation,

    /// <summary>A report received in the last days, its assessment not yet due.</summary>
    ReportAwaitingAssessment,

    /// <summary>A report whose assessment is past its 14 days.</summary>
    ReportAssessmentOverdue,
    InvestigationOpen,
    InvestigationOverdue,
    InvestigationClosed,

    /// <summary>An investigation the family applied for, with no report before it.</summary>
    ApplicationInvestigation,

    /// <summary>Report, assessment and a closed investigation that decided on an intervention.</summary>
    InterventionOpen,
    InterventionClosed,
    SchoolSocialTeamOpen,
    SchoolSocialTeamClosed,
    BupOpen,
    BupClosed,
    SspfOpen,
    SspfClosed,
}

internal enum ConsentScenario
{
    Active,

    /// <summary>Joint custody, one guardian's signature missing: the consent grants nothing.</summary>
    MissingSignature,
    Expired,
    Withdrawn,
}

/// <summary>Why data is to cross: decides the provisions, the purpose and who records the consent.</summary>
internal enum SharingContext
{
    SocialToSchool,
    Sip,
    SchoolSocialTeam,
    Bus,
    Sspf,
    SchoolSupport,
}
