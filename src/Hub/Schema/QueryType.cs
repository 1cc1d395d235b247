using GraphQL.Types;
using Hub.Access;
using Hub.Audit;
using Hub.Changes;
using Hub.Consents;
using Hub.ContactPersons;
using Hub.Cooperation;
using Hub.Families;
using Hub.InformationRequests;
using Hub.Interventions;
using Hub.Organisation;
using Hub.Placements;
using Hub.Pupils;
using Hub.Records;

namespace Hub.Schema;

/// <summary>The root query, composed from the features' query fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Everything an agency system can ask the hub. Every answer is narrowed to what the caller may see.";
        Field<NonNullGraphType<MeType>>("me")
            .Description("Who the token says the caller is.")
            .Category(DataCategory.Directory)
            .Resolve(c => c.RequestServices!.GetRequiredService<PersonalData>().Caller);
        PupilQueries.AddTo(this);
        DirectoryQueries.AddTo(this);
        CooperationAgreementQueries.AddTo(this);
        ContactPersonNotices.AddQueries(this);
        InformationRequestQueries.AddTo(this);
        ConsentQueries.AddTo(this);
        ConcernReportQueries.AddTo(this);
        CsuAssessmentQueries.AddTo(this);
        EmergencyAccessQueries.AddTo(this);
        DisclosureDecisionQueries.AddTo(this);
        LegalBasisCatalogue.AddTo(this);
        AccessLogQueries.AddTo(this);
        ChangeQueries.AddTo(this);
        FamilyQueries.AddTo(this);
    }
}
