using GraphQL.Types;
using Hub.Changes;
using Hub.Records;

namespace Hub.Sips;

public sealed class CreateSipInput : MutationInput
{
    public string PupilId { get; set; } = "";
    public string Goal { get; set; } = "";
    public List<SipGoalInput> Goals { get; set; } = [];
    public List<SipParticipantInput> Participants { get; set; } = [];
    public string ConsentId { get; set; } = "";
    public DateOnly? NextFollowUpOn { get; set; }
}

public sealed class SipGoalInput
{
    public string Description { get; set; } = "";
    public string ResponsibleUnitId { get; set; } = "";
}

public sealed class SipParticipantInput
{
    public string UnitId { get; set; } = "";
    public string CoordinatorName { get; set; } = "";
    public string Responsibility { get; set; } = "";
    public bool LeadsCoordination { get; set; }
}

public sealed class CreateSipInputType : MutationInputType<CreateSipInput>
{
    public CreateSipInputType()
        : base("CreateSipInput", "A new coordinated individual plan: its goals, the units taking part and the consent that lets it be shared.")
    {
        Field<NonNullGraphType<IdGraphType>>("pupilId").Description("The pupil, one the caller has a relationship with.");
        Field(i => i.Goal).Description($"The plan's overall goal (at most {SipMutations.MaxGoal} characters).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SipGoalInputType>>>>("goals").Description("The plan's goals, each the responsibility of a participating unit.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SipParticipantInputType>>>>("participants")
            .Description("The units taking part: at least two agencies, the caller's unit among them, exactly one leading the coordination.");
        Field<NonNullGraphType<IdGraphType>>("consentId")
            .Description("An effective consent of the pupil with a SIP provision to every participating agency other than the caller's.");
        Field(i => i.NextFollowUpOn, nullable: true).Description("The first follow-up, within six months.");
    }
}

public sealed class SipGoalInputType : InputObjectGraphType<SipGoalInput>
{
    public SipGoalInputType()
    {
        Name = "SipGoalInput";
        Description = "One goal of a SIP.";
        Field(i => i.Description).Description($"What the goal is (at most {SipMutations.MaxGoalDescription} characters).");
        Field<NonNullGraphType<IdGraphType>>("responsibleUnitId").Description("The participating unit responsible for it.");
    }
}

public sealed class SipParticipantInputType : InputObjectGraphType<SipParticipantInput>
{
    public SipParticipantInputType()
    {
        Name = "SipParticipantInput";
        Description = "A unit taking part in a SIP.";
        Field<NonNullGraphType<IdGraphType>>("unitId").Description("A school, teaching group, pupil-health, social-services or BUP unit.");
        Field(i => i.CoordinatorName).Description($"The unit's named coordinator (at most {SipMutations.MaxName} characters).");
        Field(i => i.Responsibility).Description($"What the unit is responsible for (at most {SipMutations.MaxGoal} characters).");
        Field(i => i.LeadsCoordination).Description("Whether this unit leads the coordination; exactly one does.");
    }
}

public sealed class AddSipParticipantInput : MutationInput
{
    public string SipId { get; set; } = "";
    public int Version { get; set; }
    public string UnitId { get; set; } = "";
    public string CoordinatorName { get; set; } = "";
    public string Responsibility { get; set; } = "";
}

public sealed class AddSipParticipantInputType : MutationInputType<AddSipParticipantInput>
{
    public AddSipParticipantInputType()
        : base("AddSipParticipantInput", "Another unit joining a SIP; the SIP's consent must still grant and cover its agency.")
    {
        Field<NonNullGraphType<IdGraphType>>("sipId").Description("The SIP, one the caller's unit takes part in.");
        Field(i => i.Version).Description("The SIP's version as last read.");
        Field<NonNullGraphType<IdGraphType>>("unitId").Description("The joining unit.");
        Field(i => i.CoordinatorName).Description($"The unit's named coordinator (at most {SipMutations.MaxName} characters).");
        Field(i => i.Responsibility).Description($"What the unit is responsible for (at most {SipMutations.MaxGoal} characters).");
    }
}

public sealed class RecordSipMeetingInput : MutationInput
{
    public string SipId { get; set; } = "";
    public int Version { get; set; }
    public DateOnly HeldOn { get; set; }
    public bool FollowUp { get; set; }
    public string Notes { get; set; } = "";
    public DateOnly? NextFollowUpOn { get; set; }
    public List<string>? AchievedGoalIds { get; set; }
}

public sealed class RecordSipMeetingInputType : MutationInputType<RecordSipMeetingInput>
{
    public RecordSipMeetingInputType()
        : base("RecordSipMeetingInput", "A SIP meeting held: what it agreed, the goals it found achieved and the next follow-up.")
    {
        Field<NonNullGraphType<IdGraphType>>("sipId").Description("The SIP, one the caller's unit takes part in.");
        Field(i => i.Version).Description("The SIP's version as last read.");
        Field(i => i.HeldOn).Description("Day of the meeting: not in the future, not before the SIP was created.");
        Field(i => i.FollowUp).Description("Whether it was a follow-up (uppföljning); a follow-up without a next date leaves none planned.");
        Field(i => i.Notes).Description($"What the meeting agreed (at most {SipMutations.MaxNotes} characters).");
        Field(i => i.NextFollowUpOn, nullable: true).Description("The next follow-up: after the meeting, within six months of it.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("achievedGoalIds").Description("Goals of this SIP (SipGoal ids) the meeting found achieved.");
    }
}

public sealed class CloseSipInput : MutationInput
{
    public string SipId { get; set; } = "";
    public int Version { get; set; }
    public DateOnly ClosedOn { get; set; }
}

public sealed class CloseSipInputType : MutationInputType<CloseSipInput>
{
    public CloseSipInputType()
        : base("CloseSipInput", "Closing a SIP: no further changes are made to it.")
    {
        Field<NonNullGraphType<IdGraphType>>("sipId").Description("The SIP, one the caller's unit takes part in.");
        Field(i => i.Version).Description("The SIP's version as last read.");
        Field(i => i.ClosedOn).Description("Day it closes: not in the future, not before it was created.");
    }
}

public sealed class SipPayloadType : PayloadType<SipType, Sip>
{
    public SipPayloadType()
        : base("SipPayload", "sip", "a SIP", RecordKinds.Sip)
    {
    }
}
