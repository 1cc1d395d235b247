namespace Hub.Records;

/// <summary>What a caller does in its agency; the role bounds which categories it may read at all.</summary>
public enum Role
{
    Teacher,
    Principal,
    PupilHealthOfficer,
    Investigator,
    SchoolSocialWorker,
    SocialContactPerson,
    Clinician,
    PoliceOfficer,

    /// <summary>A leisure leader (fritidsledare) at a district's youth centre, in SSPF: reads only what a consent lets cross to leisure.</summary>
    LeisureLeader,
    DataProtectionOfficer,

    /// <summary>
    /// The manager of a social-services or BUP unit: reads no pupil's data by being one, and follows
    /// up the emergency accesses its own unit's staff opened.
    /// </summary>
    UnitManager,

    /// <summary>The population register's system client: sends notices by personal identity number, reads no pupil's data.</summary>
    PopulationRegister,

    /// <summary>A guardian signed in to the family's view: not staff, reads no staff field.</summary>
    Guardian,

    /// <summary>The pupil, from the consent age, signed in to the family's view.</summary>
    Pupil,
}
