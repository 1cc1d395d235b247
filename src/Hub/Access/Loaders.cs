using Hub.Api;
using Hub.Records;

namespace Hub.Access;

/// <summary>The per-request batch loaders, each over one of <see cref="PersonalData"/>'s batch methods.</summary>
public sealed class Loaders(PersonalData data)
{
    public BatchLoader<int, Placement> Placements { get; } = new(data.PlacementsOfAsync);
    public BatchLoader<int, PlacementReview> PlacementReviews { get; } = new(data.PlacementReviewsOfAsync);
    public BatchLoader<int, CsuAssessment> CsuAssessments { get; } = new(data.CsuAssessmentsOfAsync);

    /// <summary>Keyed by assessment id: the assessment a CSU placement names, when the caller reads it.</summary>
    public BatchLoader<int, CsuAssessment> CsuAssessmentsById { get; } = new(data.CsuAssessmentsByIdAsync);
    public BatchLoader<int, Intervention> Interventions { get; } = new(data.InterventionsOfAsync);
    public BatchLoader<int, AbsenceRecord> Absence { get; } = new(data.AbsenceOfAsync);
    public BatchLoader<int, Enrolment> Enrolments { get; } = new(data.EnrolmentsOfAsync);
    public BatchLoader<int, Custody> Custodies { get; } = new(data.CustodiesOfAsync);
    public BatchLoader<int, Sip> Sips { get; } = new(data.SipsOfAsync);
    public BatchLoader<int, ConsentRecord> Consents { get; } = new(data.ConsentsOfAsync);
    public BatchLoader<int, ConsentRequest> ConsentRequests { get; } = new(data.ConsentRequestsOfAsync);
    public BatchLoader<int, ReportTold> ReportsTold { get; } = new(data.ReportsToldAsync);

    /// <summary>Keyed by consent: the consent's own id when it grants today, nothing when it does not.</summary>
    public BatchLoader<int, int> EffectiveConsents { get; } = new(data.EffectiveConsentsAsync);
}
