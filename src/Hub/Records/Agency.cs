namespace Hub.Records;

/// <summary>The agencies that act around a pupil; every caller belongs to exactly one.</summary>
public enum Agency
{
    School,
    SocialServices,
    Bup,
    Police,
    Oversight,

    /// <summary>The pupil's own family (a guardian, or the pupil from the consent age) reading the family's view: keeps no records, reads only its own.</summary>
    Family,
}
