namespace Hub.Records;

/// <summary>The agencies that act around a pupil; every caller belongs to exactly one.</summary>
public enum Agency
{
    School,
    SocialServices,
    Bup,
    Police,

    /// <summary>
    /// First-line psychiatry (första linjen): a health centre's (vårdcentral's) unit for children and
    /// young people with mild to moderate mental ill-health, in the region's BUS cooperation beside BUP.
    /// </summary>
    FirstLinePsychiatry,

    /// <summary>Habilitation (habiliteringen): the region's care for children with lasting disabilities, in BUS beside BUP.</summary>
    Habilitation,

    /// <summary>The district's leisure activities (fritid: youth centres, fritidsgårdar): the F in SSPF; keeps no records in the hub.</summary>
    Leisure,

    Oversight,

    /// <summary>The population register (folkbokföringen): tells the hub of registered district, custody and protected identity; reads no pupil's data.</summary>
    PopulationRegister,

    /// <summary>The pupil's own family (a guardian, or the pupil from the consent age) reading the family's view: keeps no records, reads only its own.</summary>
    Family,
}
