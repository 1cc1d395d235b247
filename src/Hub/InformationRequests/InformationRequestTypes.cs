using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Changes;
using Hub.Organisation;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.InformationRequests;

/// <summary>A request read by the investigating district: each field is a read of the pupil's investigation.</summary>
public sealed record InformationRequestRead(InformationRequest Request) : IPupilDataRoot
{
    int? IPupilDataRoot.PupilId => Request.PupilId;
}

public sealed class InformationRequestType : ObjectGraphType<InformationRequestRead>
{
    public InformationRequestType()
    {
        Name = RecordKinds.InformationRequest.TypeName;
        Description = "Social services' request to a school for information in an investigation (begäran om uppgifter), and the school's answer: "
            + "the investigating district's record.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the request.")
            .Resolve(c => GlobalId.Encode(RecordKinds.InformationRequest.TypeName, c.Source.Request.Id));
        Field<NonNullGraphType<IntGraphType>>("version").Description("Version for optimistic concurrency.").Resolve(c => c.Source.Request.Version);
        Field<NonNullGraphType<IdGraphType>>("investigationId").Description("The investigation the request is part of.")
            .Resolve(c => GlobalId.Encode(RecordKinds.Intervention.TypeName, c.Source.Request.InvestigationId));
        Field<NonNullGraphType<GraphQLTypeReference>>("pupil").Description("The pupil it is about.").Resolve(c => c.Source.Request.Pupil)
            .Type(new NonNullGraphType(new GraphQLTypeReference(RecordKinds.Pupil.TypeName)));
        Field<UnitType>("addressedTo").Description("The school or teaching group asked; withheld for a protected identity.").Location()
            .ResolveUnit(r => r.Request.AddressedToId);
        Field<NonNullGraphType<DateOnlyGraphType>>("requestedOn").Description("The day it was asked.").Resolve(c => c.Source.Request.RequestedOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn").Description("The day to answer by.").Resolve(c => c.Source.Request.DueOn);
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Description("Whether it is open and its day has passed.")
            .Resolve(c => Overdue(c, c.Source.Request, c.Source.Request.Investigation.ClosedOn));
        Field<NonNullGraphType<InformationRequestStatusType>>("status").Description("OPEN until the school answers; ANSWERED; CLOSED when the investigation closed first.")
            .Resolve(c => InformationRequestRules.StatusOf(c.Source.Request, c.Source.Request.Investigation.ClosedOn, Today(c)));
        Field<NonNullGraphType<StringGraphType>>("questions").Description("What the school is asked.").Resolve(c => c.Source.Request.Questions);
        Field<StringGraphType>("requestedBy").Description("The investigator who asked; withheld for a protected identity.").Location()
            .Resolve(c => c.Source.Request.RequestedBy);
        Field<StringGraphType>("contact").Description("How the school reaches the investigator; withheld for a protected identity.").Location()
            .Resolve(c => c.Source.Request.Contact);
        Field<StringGraphType>("answer").Description("The school's answer, once given.").Resolve(c => c.Source.Request.Answer);
        Field<DateOnlyGraphType>("answeredOn").Description("The day the school answered.").Resolve(c => c.Source.Request.AnsweredOn);
        Field<StringGraphType>("answeredBy").Description("Who at the school answered; withheld for a protected identity.").Location()
            .Resolve(c => c.Source.Request.AnsweredBy);
        Field<RoleType>("answeredByRole").Description("In what role they answered.").Resolve(c => c.Source.Request.AnsweredByRole);
        this.TagAllFields(DataCategory.Investigation);
    }

    internal static DateOnly Today(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<PersonalData>().Today;

    internal static bool Overdue(IResolveFieldContext c, InformationRequest request, DateOnly? investigationClosedOn) =>
        InformationRequestRules.StatusOf(request, investigationClosedOn, Today(c)) == InformationRequestStatus.Open && request.DueOn < Today(c);
}

public sealed class InformationRequestStatusType : EnumerationGraphType<InformationRequestStatus>
{
    public InformationRequestStatusType()
    {
        Name = "InformationRequestStatus";
        Description = "Where an information request stands.";
    }
}

public sealed class InformationRequestPayloadType : PayloadType<InformationRequestType, InformationRequestRead>
{
    public InformationRequestPayloadType()
        : base("InformationRequestPayload", "informationRequest", "an information request", DataCategory.Investigation, async (c, key) =>
        {
            var request = await c.RequestServices!.GetRequiredService<PersonalData>().InformationRequests.FirstOrDefaultAsync(r => r.Id == key, c.CancellationToken);
            return request is null ? null : new InformationRequestRead(request);
        })
    {
    }
}

/// <summary>The answer's payload: the request as the school reads it after answering (its state, not the answer, which is social services' now).</summary>
public sealed class AnsweredInformationRequestPayloadType : PayloadType<InformationRequestToAnswerType, AddressedRequest>
{
    public AnsweredInformationRequestPayloadType()
        : base("AnsweredInformationRequestPayload", "informationRequest", "an information request addressed to the caller's unit", DataCategory.Identity, async (c, key) =>
        {
            var request = await c.RequestServices!.GetRequiredService<PersonalData>().AddressedRequestAsync(key, c.CancellationToken);
            request?.Told(c.RequestServices!.GetRequiredService<AccessRecorder>());
            return request;
        })
    {
    }
}
