namespace Hub.Records;

/// <summary>The agencies that act around a pupil; every caller belongs to exactly one.</summary>
public enum Agency
{
    School,
    SocialServices,
    Bup,
    Police,
    Oversight,

    /// <summary>The population register (folkbokföringen): tells the hub of registered district, custody and protected identity; reads no pupil's data.</summary>
    PopulationRegister,

    /// <summary>The pupil's own family (a guardian, or the pupil from the consent age) reading the family's view: keeps no records, reads only its own.</summary>
    Family,
}
