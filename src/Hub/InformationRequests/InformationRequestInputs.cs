using GraphQL.Types;
using Hub.Changes;

namespace Hub.InformationRequests;

public sealed class RequestInformationInput : MutationInput
{
    public string PupilId { get; set; } = "";
    public string AddressedToId { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public string Questions { get; set; } = "";
    public string Contact { get; set; } = "";
}

public sealed class RequestInformationInputType : MutationInputType<RequestInformationInput>
{
    public RequestInformationInputType()
        : base("RequestInformationInput", "A request to a school for information about a pupil in the district's open investigation.")
    {
        Field<NonNullGraphType<IdGraphType>>("pupilId").Description("The pupil, one the district investigates.");
        Field<NonNullGraphType<IdGraphType>>("addressedToId")
            .Description("The school or teaching group asked: the home school, or a school or group of an enrolment or placement the caller reads.");
        Field(i => i.DueOn).Description($"The day to answer by: from today, at most {InformationRequestRules.MaxDaysToAnswer} days ahead.");
        Field(i => i.Questions).Description($"What the school is asked (at most {InformationRequestRules.MaxQuestions} characters): only what the investigation needs.");
        Field(i => i.Contact).Description($"How the school reaches the investigator: a phone number or an address (at most {InformationRequestRules.MaxContact} characters).");
    }
}

public sealed class AnswerInformationRequestInput : MutationInput
{
    public string RequestId { get; set; } = "";
    public int Version { get; set; }
    public string Answer { get; set; } = "";
}

public sealed class AnswerInformationRequestInputType : MutationInputType<AnswerInformationRequestInput>
{
    public AnswerInformationRequestInputType()
        : base("AnswerInformationRequestInput", "The school's answer to an information request addressed to it.")
    {
        Field<NonNullGraphType<IdGraphType>>("requestId").Description("The request (InformationRequestToAnswer.id).");
        Field(i => i.Version).Description("The request's version as last read.");
        Field(i => i.Answer).Description($"The school's answer (at most {InformationRequestRules.MaxAnswer} characters).");
    }
}
