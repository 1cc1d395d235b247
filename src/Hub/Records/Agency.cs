namespace Hub.Records;

/// <summary>The agencies that act around a pupil; every caller belongs to exactly one.</summary>
public enum Agency
{
    School,
    SocialServices,
    Bup,
    Police,
    Oversight,
}
