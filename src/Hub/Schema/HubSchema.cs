using GraphQL;
using Hub.Events;
using Hub.Interventions;

namespace Hub.Schema;

/// <summary>The hub's schema: a singleton, built once at start-up.</summary>
public sealed class HubSchema : GraphQL.Types.Schema
{
    public HubSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Description = "Hub: the City of Stockholm's data-sharing hub for schools, social services, BUP and the police.";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;

        // Reached only through the Intervention interface, so named here.
        RegisterType(typeof(ReportOfConcernType));
        RegisterType(typeof(PreliminaryAssessmentType));
        RegisterType(typeof(InvestigationType));
        RegisterType(typeof(SocialServicesInterventionType));
        RegisterType(typeof(SchoolSocialTeamCaseType));
        RegisterType(typeof(BupContactType));
        RegisterType(typeof(SspfCaseType));

        // An IDE's full introspection query (Banana Cake Pop's counts about 1.3 million at full
        // impact) must pass the complexity limit, or the IDE shows no schema; at a hundredth it
        // does, while a deliberately explosive introspection query still does not.
        this.WithIntrospectionComplexityImpact(0.01);
    }
}
