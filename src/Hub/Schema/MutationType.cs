using GraphQL.Types;
using Hub.Attendance;
using Hub.Consents;
using Hub.ContactPersons;
using Hub.Cooperation;
using Hub.Families;
using Hub.InformationRequests;
using Hub.Interventions;
using Hub.Placements;
using Hub.PopulationRegister;
using Hub.Pupils;
using Hub.Sips;

namespace Hub.Schema;

/// <summary>The root mutation, composed from the features' mutation fields. Each runs in its own transaction.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "What agency systems change through the hub.";
        EmergencyAccessMutations.AddTo(this);
        EmergencyAccessReviews.AddTo(this);
        CsuAssessmentMutations.AddTo(this);
        PlaceInGroupMutations.AddTo(this);
        PlacementFollowUpMutations.AddTo(this);
        // The contract lists enrolPupil, the custody fields, then movePupil.
        PupilMutations.AddEnrolmentTo(this);
        CustodyMutations.AddTo(this);
        PupilMutations.AddTo(this);
        AbsenceMutations.AddTo(this);
        ReceivedReportMutations.AddTo(this);
        InvestigationMutations.AddTo(this);
        SocialServicesInterventionMutations.AddTo(this);
        CaseMutations.AddTo(this);
        HandlerMutations.AddTo(this);
        SchoolsServedMutations.AddTo(this);
        ConcernReportMutations.AddTo(this);
        ConsentMutations.AddTo(this);
        DisclosureDecisionMutations.AddTo(this);
        FamilyMutations.AddTo(this);
        SipMutations.AddTo(this);
        ContactPersonMutations.AddTo(this);
        CooperationAgreementMutations.AddTo(this);
        ContactPersonNotices.AddMutations(this);
        InformationRequestMutations.AddTo(this);
        RsuGroupMutations.AddTo(this);
        RegisterNoticeMutations.AddTo(this);
    }
}
