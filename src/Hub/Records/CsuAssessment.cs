using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>
/// The pupil-health unit's assessment (bedömning, seed 001: "enheten för elevhälsa bedömer vilka
/// elever som ska få plats i en CSU") of whether a pupil should get a CSU place. It decides nothing:
/// the decision is the principal's of the school the recommended group belongs to (Education Act),
/// recorded as a <see cref="Placement"/> that names this assessment.
/// </summary>
public sealed class CsuAssessment : IPupilRecord, IVersioned
{
    public const int MaxReasonsLength = 2000;

    public int Id { get; set; }
    public int PupilId { get; set; }
    public Pupil Pupil { get; set; } = null!;
    public int AssessedByUnitId { get; set; }
    public required string AssessedBy { get; set; }
    public DateOnly AssessedOn { get; set; }
    public CsuRecommendation Recommendation { get; set; }

    /// <summary>The CSU group recommended; required for a recommendation, since its host school's principal decides.</summary>
    public int? GroupId { get; set; }
    public Unit? Group { get; set; }

    /// <summary>The school the pupil was enrolled at when assessed (the home school that applied): it reads the assessment.</summary>
    public int? HomeSchoolId { get; set; }
    public required string Reasons { get; set; }
    public CsuAssessmentStatus Status { get; set; }

    /// <summary>Authority of the assessing unit (the education administration).</summary>
    public required string OwnerAuthority { get; set; }
    public int Version { get; set; }
}

public enum CsuRecommendation
{
    Recommended,
    NotRecommended,
}

public enum CsuAssessmentStatus
{
    /// <summary>A recommendation waiting for the host school's principal to decide.</summary>
    Open,

    /// <summary>The principal decided a placement on it.</summary>
    Decided,

    /// <summary>Nothing to decide: the unit did not recommend a place.</summary>
    Closed,
}

internal sealed class CsuAssessmentConfiguration : IEntityTypeConfiguration<CsuAssessment>
{
    public void Configure(EntityTypeBuilder<CsuAssessment> builder)
    {
        builder.ToTable("CsuAssessments");
        builder.Property(a => a.AssessedBy).HasMaxLength(200);
        builder.Property(a => a.Reasons).HasMaxLength(CsuAssessment.MaxReasonsLength);
        builder.Property(a => a.Recommendation).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.OwnerAuthority).HasMaxLength(60);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => a.PupilId);
        builder.HasIndex(a => new { a.AssessedByUnitId, a.Status });
        builder.HasIndex(a => new { a.GroupId, a.Status });
        builder.HasOne(a => a.Pupil).WithMany().HasForeignKey(a => a.PupilId);
        builder.HasOne<Unit>().WithMany().HasForeignKey(a => a.AssessedByUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Group).WithMany().HasForeignKey(a => a.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(a => a.HomeSchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
