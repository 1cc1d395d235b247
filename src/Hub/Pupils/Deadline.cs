using GraphQL.Types;

namespace Hub.Pupils;

/// <summary>The statutory and agreed deadlines the hub watches, for finding what is overdue.</summary>
public enum Deadline
{
    /// <summary>An RSU placement's termly review date has passed while the placement lasts.</summary>
    PlacementReview,

    /// <summary>A report of concern still lacks its preliminary assessment 14 days after receipt.</summary>
    PreliminaryAssessment,

    /// <summary>A child-welfare investigation is still open past its due date (four months, unless extended).</summary>
    Investigation,
}

public sealed class DeadlineType : EnumerationGraphType<Deadline>
{
    public DeadlineType()
    {
        Name = "Deadline";
        Description = "A deadline the hub watches: the termly review of an RSU placement (uppföljning), the 14-day preliminary "
            + "assessment of a report of concern (förhandsbedömning), the four-month child-welfare investigation (barnavårdsutredning).";
    }
}
