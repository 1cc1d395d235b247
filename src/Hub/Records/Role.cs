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
}
