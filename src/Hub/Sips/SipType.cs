using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Organisation;

namespace Hub.Sips;

public sealed class SipType : ObjectGraphType<Sip>
{
    public SipType()
    {
        Name = "Sip";
        Description = "Coordinated individual plan (samordnad individuell plan, SIP) recording each agency's responsibilities.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the SIP.").Resolve(c => GlobalId.Encode("Sip", c.Source.Id));
        Field(s => s.Goal).Description("The plan's goal.");
        Field(s => s.CreatedOn).Description("Day the SIP was created.");
        Field(s => s.ClosedOn, nullable: true).Description("Day it was closed, if it has been.");
        Field(s => s.NextFollowUpOn, nullable: true).Description("Next follow-up (uppföljning).");
        Field<UnitType>("initiatedBy").Description("The unit that initiated the SIP; withheld for a protected identity.").Location()
            .ResolveUnit(s => s.InitiatedByUnitId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SipParticipantType>>>>("participants").Description("The agencies and units taking part.")
            .Resolve(c => c.Source.Participants);
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
        Field(p => p.CoordinatorName).Description("The unit's named coordinator.");
        Field(p => p.LeadsCoordination).Description("Whether this unit leads the coordination.");
        Field(p => p.Responsibility).Description("What this agency is responsible for in the plan.");
        this.TagAllFields(DataCategory.Sip);
    }
}
