using GraphQL.Types;
using Hub.Changes;
using static Hub.Interventions.InterventionWrite;

namespace Hub.Interventions;

public sealed class RegisterCaseInput : MutationInput
{
    public string PersonalIdentityNumber { get; set; } = "";
    public DateOnly OpenedOn { get; set; }
    public string Summary { get; set; } = "";
}

public sealed class RegisterBupContactInputType : MutationInputType<RegisterCaseInput>
{
    public RegisterBupContactInputType()
        : base("RegisterBupContactInput", "A BUP clinic's contact with a pupil.")
    {
        Field(i => i.PersonalIdentityNumber).Description("The pupil (the contact starts the clinic's relationship with the pupil).");
        Field(i => i.OpenedOn).Description("First day of the contact; not in the future.");
        Field(i => i.Summary).Description($"What the contact is about (at most {MaxSummaryLength} characters).");
    }
}

public sealed class RegisterSspfCaseInputType : MutationInputType<RegisterCaseInput>
{
    public RegisterSspfCaseInputType()
        : base("RegisterSspfCaseInput", "A police area's SSPF case about a pupil.")
    {
        Field(i => i.PersonalIdentityNumber).Description("The pupil (the case starts the police area's relationship with the pupil).");
        Field(i => i.OpenedOn).Description("First day of the case; not in the future.");
        Field(i => i.Summary).Description($"What the case is about (at most {MaxSummaryLength} characters).");
    }
}

public sealed class EndBupContactInput : MutationInput
{
    public string ContactId { get; set; } = "";
    public int Version { get; set; }
    public DateOnly ClosedOn { get; set; }
    public string ClosingNote { get; set; } = "";
}

public sealed class EndBupContactInputType : MutationInputType<EndBupContactInput>
{
    public EndBupContactInputType()
        : base("EndBupContactInput", "Ending a BUP contact.")
    {
        Field<NonNullGraphType<IdGraphType>>("contactId").Description("The BUP contact, kept by the caller's clinic.");
        Field(i => i.Version).Description("The contact's version as last read.");
        Field(i => i.ClosedOn).Description("Day it ends; from its opening to today.");
        Field(i => i.ClosingNote).Description($"How it ended (at most {MaxSummaryLength} characters).");
    }
}

public sealed class CloseSspfCaseInput : MutationInput
{
    public string CaseId { get; set; } = "";
    public int Version { get; set; }
    public DateOnly ClosedOn { get; set; }
    public string ClosingNote { get; set; } = "";
}

public sealed class CloseSspfCaseInputType : MutationInputType<CloseSspfCaseInput>
{
    public CloseSspfCaseInputType()
        : base("CloseSspfCaseInput", "Closing an SSPF case.")
    {
        Field<NonNullGraphType<IdGraphType>>("caseId").Description("The SSPF case, kept by the caller's police area.");
        Field(i => i.Version).Description("The case's version as last read.");
        Field(i => i.ClosedOn).Description("Day it closes; from its opening to today.");
        Field(i => i.ClosingNote).Description($"How it ended (at most {MaxSummaryLength} characters).");
    }
}
