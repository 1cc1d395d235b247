using GraphQL.Types;
using Hub.Changes;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using static Hub.Changes.Write;
using static Hub.Interventions.InterventionWrite;

namespace Hub.Interventions;

/// <summary>
/// Social-services interventions, decided after an investigation (see
/// <see cref="InvestigationMutations"/>), and the school social teams' cases; each ended by the
/// role that started it, in the unit that keeps it.
/// </summary>
public static class SocialServicesInterventionMutations
{
    private static readonly Who Investigator = InvestigationMutations.Investigator;
    private static readonly Who SchoolSocialWorker = Who.Of(Agency.SocialServices, "a school social worker", Role.SchoolSocialWorker);

    /// <summary>The highest absence the ordinary SST track takes; above it is SST 2.0/RSU's.</summary>
    public const double SstAbsenceLimit = SchoolSocialTeamRules.SstAbsenceLimit;

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<StartInterventionInputType, StartInterventionInput, SocialServicesInterventionPayloadType>("startIntervention",
            "Starts a social-services intervention (insats), decided after an investigation: the district's investigation of the pupil is open "
            + "or closed at most 30 days before the start.", Investigator, StartInterventionAsync);
        mutation.Mutation<EndInterventionInputType, EndInterventionInput, EndedInterventionPayloadType>("endIntervention",
            "Ends a social-services intervention (by an investigator) or a school social team's case (by a school social worker), "
            + "in the unit that keeps it.", Investigator.Or(SchoolSocialWorker), EndInterventionAsync);
        mutation.Mutation<StartSchoolSocialTeamCaseInputType, StartSchoolSocialTeamCaseInput, SchoolSocialTeamCasePayloadType>(
            "startSchoolSocialTeamCase",
            "Starts a school social team's (SST) work with a pupil in grades 4–9: the SST track for absence up to 40 %, SST 2.0/RSU above. "
            + "One open case per pupil and district.", SchoolSocialWorker, StartSchoolSocialTeamCaseAsync);
    }

    private static async Task<object> StartInterventionAsync(Write w, StartInterventionInput input)
    {
        var pupil = await w.PupilAsync(input.PupilId);
        w.NotFuture(input.StartsOn, "startsOn");
        var summary = Text(input.Summary, "summary", MaxSummaryLength);
        var (authority, startsOn) = (w.Caller.Authority, input.StartsOn);
        var investigated = await w.Store.KeptByCallersAuthority.Where(i => i.PupilId == pupil.Id)
            .AnyAsync(InterventionRules.AllowsInterventionOn(startsOn), w.Cancel);
        if (!investigated)
        {
            throw Refuse(UserErrorCode.WrongState, "pupilId",
                $"An intervention is decided after an investigation: the district has none of this pupil open, or closed within {InterventionRules.InterventionAfterInvestigationDays} days before {startsOn:yyyy-MM-dd}.");
        }

        return Keep(w, new SocialServicesIntervention { OwnerAuthority = authority, Type = input.Type, Summary = summary }, pupil.Id, startsOn);
    }

    private static async Task<object> EndInterventionAsync(Write w, EndInterventionInput input)
    {
        var visible = w.Data.Interventions.Where(i => EndedInterventionPayloadType.EndedKinds.Contains(i.Kind));
        var record = await w.RecordAsync(visible, input.InterventionId, RecordKinds.Intervention.TypeName, "interventionId");
        var (ender, what) = record is SchoolSocialTeamCase
            ? (Role.SchoolSocialWorker, "school social team's case")
            : (Role.Investigator, "intervention");
        if (w.Caller.Role != ender)
        {
            throw Refuse(UserErrorCode.NotPermitted, "interventionId", $"A {what} is ended by a {(ender == Role.Investigator ? "social-services investigator" : "school social worker")}.");
        }

        var kept = KeptByCaller(w, record, input.Version, "interventionId", what);
        Close(w, kept, "interventionId", input.EndsOn, "endsOn", input.ClosingNote, what);
        return kept;
    }

    private static async Task<object> StartSchoolSocialTeamCaseAsync(Write w, StartSchoolSocialTeamCaseInput input)
    {
        // The whole input is checked before the pupil is looked up, so no refusal depends on whether the number is known.
        IdentityNumber(input.PersonalIdentityNumber);
        var absence = input.AbsencePercentAtStart;
        if (absence is null && input.Reason == SchoolSocialTeamReason.Absence)
        {
            throw Refuse(UserErrorCode.Invalid, "absencePercentAtStart", "Work for absence starts from the pupil's absence: give it, 0–100 %.");
        }

        if (absence is double given && !SchoolSocialTeamRules.AbsenceFits(given))
        {
            throw Refuse(UserErrorCode.Invalid, "absencePercentAtStart", "Absence is a percentage: 0–100.");
        }

        if (!SchoolSocialTeamRules.TrackFits(input.Track, absence))
        {
            throw Refuse(UserErrorCode.WrongState, "track",
                $"The SST track is for absence up to {SstAbsenceLimit} %; at {absence} % the pupil's case belongs to SST 2.0/RSU (track SST_2_RSU).");
        }

        w.NotFuture(input.StartsOn, "startsOn");
        var summary = Text(input.Summary, "summary", MaxSummaryLength);
        var pupil = await w.PupilByNumberAsync(input.PersonalIdentityNumber);
        if (pupil.Grade < SchoolSocialTeamRules.LowestGrade)
        {
            // The grade is told only to a caller who already reads it; to anyone else this is a number it may not act on.
            throw await w.AboutPupilAsync(pupil, DataCategory.Identity,
                Refuse(UserErrorCode.WrongState, "personalIdentityNumber", "School social teams work with pupils in grades 4–9; this pupil is in a lower grade."));
        }

        if (!await w.Store.SchoolServedAsync(w.Caller.UnitId, pupil.HomeSchoolId, w.Cancel))
        {
            // Whether the pupil's school is one the team works at is told only to a caller who reads the pupil; to anyone else it is a number it may not act on.
            throw await w.AboutPupilAsync(pupil, DataCategory.Identity,
                Refuse(UserErrorCode.WrongState, "personalIdentityNumber", "The pupil's school is not one your school social team works at (Unit.schoolsServed)."));
        }

        var (authority, startsOn) = (w.Caller.Authority, input.StartsOn);
        var open = await w.Store.KeptByCallersAuthority.AnyAsync(i => i.PupilId == pupil.Id && i.Kind == InterventionKind.SchoolSocialTeamCase
            && i.OwnerAuthority == authority && (i.ClosedOn == null || i.ClosedOn > startsOn), w.Cancel);
        if (open)
        {
            throw Refuse(UserErrorCode.WrongState, "personalIdentityNumber", "The district's school social team already has an open case with this pupil.");
        }

        return Keep(w, new SchoolSocialTeamCase
        {
            OwnerAuthority = authority,
            Track = input.Track,
            Reason = input.Reason,
            AbsencePercentAtStart = absence,
            Summary = summary,
        }, pupil.Id, startsOn);
    }
}
