using GraphQL.Types;
using Hub.Changes;
using Hub.Records;
using static Hub.Interventions.InterventionWrite;

namespace Hub.Interventions;

public sealed class StartInterventionInput : MutationInput
{
    public string PupilId { get; set; } = "";
    public SocialInterventionType Type { get; set; }
    public DateOnly StartsOn { get; set; }
    public string Summary { get; set; } = "";
}

public sealed class StartInterventionInputType : MutationInputType<StartInterventionInput>
{
    public StartInterventionInputType()
        : base("StartInterventionInput", "A social-services intervention (insats) decided after an investigation.")
    {
        Field<NonNullGraphType<IdGraphType>>("pupilId").Description("The pupil, whom the district has investigated: the investigation open, or closed at most 30 days before startsOn.");
        Field<NonNullGraphType<EnumerationGraphType<SocialInterventionType>>>("type").Description("Family treatment, a contact person, or out-of-home care.");
        Field(i => i.StartsOn).Description("First day of the intervention; not in the future.");
        Field(i => i.Summary).Description($"What the intervention is (at most {MaxSummaryLength} characters).");
    }
}

public sealed class EndInterventionInput : MutationInput
{
    public string InterventionId { get; set; } = "";
    public int Version { get; set; }
    public DateOnly EndsOn { get; set; }
    public string ClosingNote { get; set; } = "";
}

public sealed class EndInterventionInputType : MutationInputType<EndInterventionInput>
{
    public EndInterventionInputType()
        : base("EndInterventionInput", "Ending a social-services intervention or a school social team's case.")
    {
        Field<NonNullGraphType<IdGraphType>>("interventionId").Description("The intervention or school social team case.");
        Field(i => i.Version).Description("The record's version as last read.");
        Field(i => i.EndsOn).Description("Day it ends; from its start to today.");
        Field(i => i.ClosingNote).Description($"How it ended (at most {MaxSummaryLength} characters).");
    }
}

public sealed class StartSchoolSocialTeamCaseInput : MutationInput
{
    public string PersonalIdentityNumber { get; set; } = "";
    public SchoolSocialTeamTrack Track { get; set; }
    public SchoolSocialTeamReason Reason { get; set; }
    public DateOnly StartsOn { get; set; }
    public double? AbsencePercentAtStart { get; set; }
    public string Summary { get; set; } = "";
}

public sealed class StartSchoolSocialTeamCaseInputType : MutationInputType<StartSchoolSocialTeamCaseInput>
{
    public StartSchoolSocialTeamCaseInputType()
        : base("StartSchoolSocialTeamCaseInput", "A school social team's (SST) work with a pupil in grades 4–9 of a school the team works at: for absence, behaviour or another reason.")
    {
        Field(i => i.PersonalIdentityNumber).Description("The pupil (the team's work starts the district's relationship with the pupil); grades 4–9, at a school the team works at (Unit.schoolsServed), only.");
        Field<NonNullGraphType<EnumerationGraphType<SchoolSocialTeamTrack>>>("track").Description("SST for absence up to 40 %; SST 2.0/RSU above that and for the RSU group.");
        Field(i => i.StartsOn).Description("First day of the work; not in the future.");
        Field<EnumerationGraphType<SchoolSocialTeamReason>>("reason").DefaultValue(SchoolSocialTeamReason.Absence)
            .Description("Why the team works with the pupil: ABSENCE (the default), BEHAVIOUR or OTHER.");
        Field(i => i.AbsencePercentAtStart, nullable: true).Description("The pupil's absence when the work starts, 0–100 %: required for ABSENCE, optional otherwise.");
        Field(i => i.Summary).Description($"What the work is about (at most {MaxSummaryLength} characters).");
    }
}
