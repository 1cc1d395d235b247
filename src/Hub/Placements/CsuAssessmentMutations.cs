using GraphQL.Types;
using Hub.Changes;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using static Hub.Changes.Write;

namespace Hub.Placements;

/// <summary>
/// The pupil-health unit assesses which pupils should get a CSU place (seed 001: "enheten för
/// elevhälsa bedömer"); it decides nothing. A recommendation names the group, and waits for the
/// principal of the school the group belongs to, who decides (<c>placeInCsu</c>).
/// </summary>
public static class CsuAssessmentMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<AssessCsuPlaceInputType, AssessCsuPlaceInput, CsuAssessmentPayloadType>("assessCsuPlace",
            "Records the pupil-health unit's assessment of whether a pupil should get a CSU place (central särskild undervisningsgrupp), and in which group. "
            + "A recommendation decides nothing: it waits for the principal of the school the group belongs to (placeInCsu). "
            + "A pupil has one open assessment at a time.", PlaceInGroupMutations.PupilHealth, AssessAsync);

    private static async Task<object> AssessAsync(Write w, AssessCsuPlaceInput input)
    {
        // The whole input is checked before the pupil is looked up, so no refusal depends on whether a number is known.
        var recommended = input.Recommendation == CsuRecommendation.Recommended;
        Unit? group = null;
        if (input.GroupId is not null)
        {
            group = await w.UnitAsync(input.GroupId, "groupId", UnitKind.TeachingGroup);
            if (group.GroupLevel != PlacementLevel.Csu)
            {
                throw Refuse(UserErrorCode.Invalid, "groupId", $"{group.Name} is a {group.GroupLevel} group, not a CSU group.");
            }
        }

        if (recommended != group is not null)
        {
            throw Refuse(UserErrorCode.Invalid, "groupId",
                recommended ? "A recommendation names the CSU group: its host school's principal decides." : "An assessment that recommends no place names no group.");
        }

        var assessedOn = input.AssessedOn ?? w.Today;
        w.NotFuture(assessedOn, "assessedOn");
        var reasons = Text(input.Reasons, "reasons", CsuAssessment.MaxReasonsLength)!;
        var pupil = await w.PupilByNumberAsync(input.PersonalIdentityNumber);
        var open = w.Data.CsuAssessments.Where(a => a.PupilId == pupil.Id && a.Status == CsuAssessmentStatus.Open);
        if (await open.AnyAsync(w.Cancel))
        {
            throw await w.AboutPupilAsync(pupil, DataCategory.CsuAssessment,
                Refuse(UserErrorCode.WrongState, "personalIdentityNumber", "The pupil already has an assessment waiting for the principal's decision."), open);
        }

        var assessment = new CsuAssessment
        {
            PupilId = pupil.Id,
            AssessedByUnitId = w.Caller.UnitId,
            AssessedBy = w.Caller.Name,
            AssessedOn = assessedOn,
            Recommendation = input.Recommendation,
            GroupId = group?.Id,
            HomeSchoolId = pupil.HomeSchoolId,
            Reasons = reasons,
            Status = recommended ? CsuAssessmentStatus.Open : CsuAssessmentStatus.Closed,
            OwnerAuthority = w.Caller.Authority,
        };
        w.Store.Add(assessment);
        return assessment;
    }
}
