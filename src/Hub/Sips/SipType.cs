using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Identity;
using Hub.Organisation;
using Hub.Records;

namespace Hub.Sips;

public sealed class SipType : ObjectGraphType<Sip>
{
    public SipType()
    {
        Name = RecordKinds.Sip.TypeName;
        Description = "Coordinated individual plan (samordnad individuell plan, SIP) recording each agency's responsibilities.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the SIP.").Resolve(c => GlobalId.Encode(RecordKinds.Sip.TypeName, c.Source.Id));
        Field(s => s.Goal).Description("The plan's goal.");
        Field(s => s.CreatedOn).Description("Day the SIP was created.");
        Field(s => s.ClosedOn, nullable: true).Description("Day it was closed, if it has been.");
        Field(s => s.NextFollowUpOn, nullable: true).Description("Next follow-up (uppföljning).");
        Field<UnitType>("initiatedBy").Description("The unit that initiated the SIP; withheld for a protected identity.").Location()
            .ResolveUnit(s => s.InitiatedByUnitId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SipParticipantType>>>>("participants").Description("The agencies and units taking part.")
            .Resolve(c => c.Source.Participants);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SipGoalType>>>>("goals").Description("The plan's goals, each with the unit responsible for it.")
            .Resolve(c => c.Source.Goals.OrderBy(g => g.Id).Select(g => new PupilPart<SipGoal>(c.Source.PupilId, g)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SipMeetingType>>>>("meetings").Description("The SIP meetings held, oldest first.")
            .Resolve(c => c.Source.Meetings.OrderBy(m => m.HeldOn).ThenBy(m => m.Id).Select(m => new PupilPart<SipMeeting>(c.Source.PupilId, m)).ToList());
        Field<IdGraphType>("consentId").Description("Global id of the consent that lets the plan be shared among its participants.")
            .Resolve(c => c.Source.ConsentId is int id ? GlobalId.Encode(RecordKinds.Consent.TypeName, id) : null);
        Field(s => s.Version).Description("Version for optimistic concurrency: pass it back when changing the SIP.");
        this.TagAllFields(DataCategory.Sip);
    }
}

public sealed class SipGoalType : ObjectGraphType<PupilPart<SipGoal>>
{
    public SipGoalType()
    {
        Name = "SipGoal";
        Description = "One goal of a SIP, with the participating unit responsible for it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the goal.").Resolve(c => GlobalId.Encode("SipGoal", c.Source.Part.Id));
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the goal is.").Resolve(c => c.Source.Part.Description);
        Field<UnitType>("responsibleUnit").Description("The unit responsible for the goal; withheld for a protected identity.").Location()
            .ResolveUnit(g => g.Part.ResponsibleUnitId);
        Field<DateOnlyGraphType>("achievedOn").Description("The meeting day the goal was found achieved, if it was.").Resolve(c => c.Source.Part.AchievedOn);
        this.TagAllFields(DataCategory.Sip);
    }
}

public sealed class SipMeetingType : ObjectGraphType<PupilPart<SipMeeting>>
{
    public SipMeetingType()
    {
        Name = "SipMeeting";
        Description = "A SIP meeting; a follow-up meeting (uppföljning) reviews the goals and sets the next one.";
        Field<NonNullGraphType<DateOnlyGraphType>>("heldOn").Description("Day of the meeting.").Resolve(c => c.Source.Part.HeldOn);
        Field<NonNullGraphType<BooleanGraphType>>("followUp").Description("Whether it was a follow-up of the plan.").Resolve(c => c.Source.Part.FollowUp);
        Field<NonNullGraphType<StringGraphType>>("notes").Description("What the meeting agreed.").Resolve(c => c.Source.Part.Notes);
        Field<StringGraphType>("recordedBy").Description("Who recorded it; withheld for a protected identity.").Location().Resolve(c => c.Source.Part.RecordedBy);
        this.TagAllFields(DataCategory.Sip);
    }
}

public sealed class SipParticipantType : ObjectGraphType<SipParticipant>
{
    public SipParticipantType()
    {
        Name = "SipParticipant";
        Description = "A unit taking part in a SIP, with its named coordinator and responsibility.";
        Field<UnitType>("unit").Description("The participating unit; withheld for a protected identity.").Location()
            .ResolveUnit(s => s.UnitId);
        Field(p => p.CoordinatorName, nullable: true).Description("The unit's named coordinator; withheld for a protected identity.").Location();
        Field(p => p.LeadsCoordination).Description("Whether this unit leads the coordination.");
        Field<StringGraphType>("responsibility")
            .Description("What this agency is responsible for in the plan; null (ACCESS_DENIED) for a reader whose role reads none of that agency's records, as a teacher and BUP's part.")
            .ResolveAsync(async c =>
            {
                var services = c.RequestServices!;
                var unit = await services.GetRequiredService<UnitDirectory>().UnitAsync(c.Source.UnitId, c.CancellationToken);
                var role = services.GetRequiredService<PersonalData>().Caller.Role;
                return unit is not null && RolePolicy.AboveCeiling(role, unit.Agency) is DataCategory above
                    ? throw AccessDeniedError.ForRole(above, role)
                    : c.Source.Responsibility;
            });
        this.TagAllFields(DataCategory.Sip);
    }
}
