using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Access;

/// <summary>The pupil-health unit's CSU assessments, read by those they concern and no one else.</summary>
public sealed partial class PersonalData
{
    /// <summary>
    /// Assessments of pupils the caller sees, that concern the caller's unit: the pupil-health unit
    /// that made them, the home school that applied, and the school the recommended group belongs
    /// to, whose principal decides. Only roles that read the category; no consent opens them to
    /// anyone else, since an assessment is a step in the school's decision, not a record to share.
    /// </summary>
    public IQueryable<CsuAssessment> CsuAssessments
    {
        get
        {
            if (!Reads(DataCategory.CsuAssessment))
            {
                return db.CsuAssessments.Where(_ => false);
            }

            var unit = Caller.UnitId;
            var pupils = Pupils;
            return db.CsuAssessments.AsNoTracking()
                .Where(a => a.AssessedByUnitId == unit || a.HomeSchoolId == unit || (a.Group != null && a.Group.HostSchoolId == unit))
                .Where(a => pupils.Any(p => p.Id == a.PupilId));
        }
    }

    /// <summary>The assessments of these pupils the caller reads, oldest first.</summary>
    public Task<ILookup<int, CsuAssessment>> CsuAssessmentsOfAsync(IReadOnlyCollection<int> pupilIds, CancellationToken ct) =>
        LookupAsync(CsuAssessments.Where(a => pupilIds.Contains(a.PupilId)).OrderBy(a => a.AssessedOn).ThenBy(a => a.Id), a => a.PupilId, ct);

    /// <summary>Assessments by id, for a placement that names one: read only where the caller reads the assessment itself.</summary>
    public Task<ILookup<int, CsuAssessment>> CsuAssessmentsByIdAsync(IReadOnlyCollection<int> ids, CancellationToken ct) =>
        LookupAsync(CsuAssessments.Where(a => ids.Contains(a.Id)), a => a.Id, ct);

    /// <summary>
    /// Recommendations waiting for the caller, a principal, to decide: open assessments that
    /// recommend a place in a group of the caller's school; oldest first, each with its pupil.
    /// </summary>
    public Task<List<CsuAssessment>> CsuRecommendationsToDecideAsync(int max, CancellationToken ct)
    {
        var unit = Caller.UnitId;
        return Caller.Role != Role.Principal
            ? Task.FromResult(new List<CsuAssessment>())
            : CsuAssessments.Include(a => a.Pupil)
                .Where(a => a.Status == CsuAssessmentStatus.Open && a.Recommendation == CsuRecommendation.Recommended && a.Group!.HostSchoolId == unit)
                .OrderBy(a => a.AssessedOn).ThenBy(a => a.Id).Take(max).ToListAsync(ct);
    }
}
