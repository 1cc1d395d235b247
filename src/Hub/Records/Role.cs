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
    DataProtectionOfficer,

    /// <summary>A guardian signed in to the family's view: not staff, reads no staff field.</summary>
    Guardian,

    /// <summary>The pupil, from the consent age, signed in to the family's view.</summary>
    Pupil,
}
