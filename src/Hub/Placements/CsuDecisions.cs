using Hub.Changes;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using static Hub.Changes.Write;

namespace Hub.Placements;

/// <summary>
/// A CSU place is decided by the principal of the school the group belongs to (a decision on a
/// special teaching group is the principal's, Education Act 3 ch.), on an open recommendation of the
/// pupil-health unit; the pupil's enrolment moves to that school, and back when the placement ends
/// (<see cref="PlacementFollowUpMutations"/>). The decision can be appealed within three weeks.
/// </summary>
public static class CsuDecisions
{
    public static async Task<object> PlaceAsync(Write w, PlaceInCsuInput input)
    {
        var group = await w.UnitAsync(input.GroupId, "groupId", UnitKind.TeachingGroup);
        if (group.GroupLevel != PlacementLevel.Csu)
        {
            throw Refuse(UserErrorCode.Invalid, "groupId", $"{group.Name} is a {group.GroupLevel} group, not CSU.");
        }

        if (group.HostSchoolId != w.Caller.UnitId)
        {
            throw Refuse(UserErrorCode.NotPermitted, "groupId", $"Only the principal of the school {group.Name} belongs to decides a place in it.");
        }

        var (decidedOn, startsOn) = (input.DecidedOn ?? w.Today, input.StartsOn);
        w.NotFuture(decidedOn, "decidedOn");
        Order(decidedOn, startsOn, "startsOn", "the decision");
        var pupil = await w.PupilAsync(input.PupilId);
        var assessment = await w.RecordAsync(w.Data.CsuAssessments, input.AssessmentId, RecordKinds.CsuAssessment.TypeName, "assessmentId");
        w.Expect(assessment, input.AssessmentVersion, "assessmentVersion");
        Recommends(assessment, pupil, group);
        Order(assessment.AssessedOn, decidedOn, "decidedOn", "the assessment");
        await PlaceInGroupMutations.NoPlacementLastingPastAsync(w, pupil, startsOn);
        await EnrolmentStartedAsync(w, pupil, startsOn);

        assessment.Status = CsuAssessmentStatus.Decided;
        var placement = new Placement
        {
            PupilId = pupil.Id,
            Level = PlacementLevel.Csu,
            GroupId = group.Id,
            DecidedByUnitId = w.Caller.UnitId,
            DecidedBy = w.Caller.Name,
            DecidedOn = decidedOn,
            AppealableUntil = decidedOn.AddDays(Placement.CsuAppealDays),
            CsuAssessmentId = assessment.Id,
            EnrolledAtId = group.HostSchoolId!.Value,
            StartsOn = startsOn,
            ReturnSchoolId = pupil.HomeSchoolId,
            OwnerAuthority = w.Caller.Authority,
        };
        await Enrolments.MoveAsync(w, pupil, group.HostSchoolId!.Value, startsOn);
        w.Store.Add(placement);
        return placement;
    }

    /// <summary>The assessment must be the pupil's, recommend a place, still wait for a decision, and name this group.</summary>
    private static void Recommends(CsuAssessment assessment, Pupil pupil, Unit group)
    {
        if (assessment.PupilId != pupil.Id)
        {
            throw Refuse(UserErrorCode.Invalid, "assessmentId", "The assessment is about another pupil.");
        }

        if (assessment.Recommendation != CsuRecommendation.Recommended)
        {
            throw Refuse(UserErrorCode.WrongState, "assessmentId", "The pupil-health unit did not recommend a CSU place: there is nothing to decide.");
        }

        if (assessment.Status != CsuAssessmentStatus.Open)
        {
            throw Refuse(UserErrorCode.WrongState, "assessmentId", "A placement was already decided on this assessment.");
        }

        if (assessment.GroupId != group.Id)
        {
            throw Refuse(UserErrorCode.Invalid, "groupId", "The assessment recommends another CSU group.");
        }
    }

    /// <summary>Refuses a place from before the pupil's current enrolment starts; the day is told only if the caller reads that enrolment.</summary>
    private static async Task EnrolmentStartedAsync(Write w, Pupil pupil, DateOnly on)
    {
        var later = await w.Store.EnrolmentsLastingPast(pupil.Id, on).Where(e => e.StartsOn > on)
            .OrderBy(e => e.StartsOn).Select(e => (DateOnly?)e.StartsOn).FirstOrDefaultAsync(w.Cancel);
        if (later is DateOnly starts)
        {
            var readable = await w.Data.Enrolments.AnyAsync(e => e.PupilId == pupil.Id && e.StartsOn == starts, w.Cancel);
            throw Refuse(UserErrorCode.Invalid, "startsOn", readable
                ? $"The pupil's current enrolment only starts on {starts:yyyy-MM-dd}."
                : "The pupil is not enrolled on that day as far as you may read: choose a later start.");
        }
    }
}
