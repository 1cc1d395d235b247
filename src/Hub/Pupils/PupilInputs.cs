using GraphQL.Types;
using Hub.Changes;
using Hub.Records;

namespace Hub.Pupils;

public sealed class EnrolPupilInput : MutationInput
{
    public string PersonalIdentityNumber { get; set; } = "";
    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";
    public int Grade { get; set; }
    public string SchoolId { get; set; } = "";
    public string RegisteredDistrictId { get; set; } = "";
    public DateOnly StartsOn { get; set; }
}

public sealed class EnrolPupilInputType : MutationInputType<EnrolPupilInput>
{
    public EnrolPupilInputType()
        : base("EnrolPupilInput", "A principal's enrolment (inskrivning) of a pupil new to the hub at the principal's own school.")
    {
        Field(i => i.PersonalIdentityNumber).Description("Personal identity number, YYYYMMDD-NNNN; the date of birth is taken from it.");
        Field(i => i.GivenName).Description($"Given name (at most {PupilMutations.MaxNameLength} characters).");
        Field(i => i.FamilyName).Description($"Family name (at most {PupilMutations.MaxNameLength} characters).");
        Field(i => i.Grade).Description("School year (årskurs), 0–9.");
        Field<NonNullGraphType<IdGraphType>>("schoolId").Description("The caller's own school.");
        Field<NonNullGraphType<IdGraphType>>("registeredDistrictId")
            .Description("The district the pupil is registered in (folkbokförd), as the school knows it; the population register's own notice, when it has sent one, holds over it.");
        Field(i => i.StartsOn).Description("First day of the enrolment; at most a year ahead. The school sees the pupil from that day.");
    }
}

public sealed class RegisterGuardianInput : MutationInput
{
    public string PupilId { get; set; } = "";
    public string PersonalIdentityNumber { get; set; } = "";
    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";
    public string? Phone { get; set; }
    public DateOnly CustodyStartsOn { get; set; }
}

public sealed class RegisterGuardianInputType : MutationInputType<RegisterGuardianInput>
{
    public RegisterGuardianInputType()
        : base("RegisterGuardianInput", "A guardian's custody (vårdnad) of a pupil, as the home school's principal records it.")
    {
        Field<NonNullGraphType<IdGraphType>>("pupilId").Description("The pupil, enrolled at the caller's school.");
        Field(i => i.PersonalIdentityNumber).Description("The guardian's personal identity number; a guardian already in the hub is reused (names must match).");
        Field(i => i.GivenName).Description($"Given name (at most {PupilMutations.MaxNameLength} characters).");
        Field(i => i.FamilyName).Description($"Family name (at most {PupilMutations.MaxNameLength} characters).");
        Field(i => i.Phone, nullable: true)
            .Description($"Phone number (at most {CustodyMutations.MaxPhoneLength} characters); kept for a guardian new to the hub.");
        Field(i => i.CustodyStartsOn).Description("First day of the custody; not before the pupil's birth, not in the future. The guardian must be 18 by then.");
    }
}

public sealed class EndCustodyInput : MutationInput
{
    public string PupilId { get; set; } = "";
    public int Version { get; set; }
    public string GuardianId { get; set; } = "";
    public DateOnly EndsOn { get; set; }
}

public sealed class EndCustodyInputType : MutationInputType<EndCustodyInput>
{
    public EndCustodyInputType()
        : base("EndCustodyInput", "The end of a guardian's custody of a pupil.")
    {
        Field<NonNullGraphType<IdGraphType>>("pupilId").Description("The pupil, enrolled at the caller's school.");
        Field(i => i.Version).Description("The pupil's version as last read.");
        Field<NonNullGraphType<IdGraphType>>("guardianId").Description("A guardian with custody of the pupil today.");
        Field(i => i.EndsOn).Description("First day without custody; not before it started, not in the future.");
    }
}

public sealed class MovePupilInput : MutationInput
{
    public string PupilId { get; set; } = "";
    public int Version { get; set; }
    public string ToSchoolId { get; set; } = "";
    public DateOnly MovesOn { get; set; }
}

public sealed class MovePupilInputType : MutationInputType<MovePupilInput>
{
    public MovePupilInputType()
        : base("MovePupilInput", "A pupil's move to another school: the enrolment ends at the current school and starts at the new one.")
    {
        Field<NonNullGraphType<IdGraphType>>("pupilId").Description("The pupil, enrolled at the caller's school.");
        Field(i => i.Version).Description("The pupil's version as last read.");
        Field<NonNullGraphType<IdGraphType>>("toSchoolId").Description("The school the pupil moves to.");
        Field(i => i.MovesOn).Description("First day at the new school; not before the current enrolment started, not in the future.");
    }
}

public sealed class PupilPayloadType : PayloadType<PupilType, Pupil>
{
    public PupilPayloadType()
        : base("PupilPayload", "pupil", "a pupil", RecordKinds.Pupil)
    {
    }
}
