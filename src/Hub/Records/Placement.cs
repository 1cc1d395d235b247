using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>
/// A placement in a special teaching group: a school decision, never a social-services
/// intervention. RSU pupils stay enrolled at the home school; CSU pupils are enrolled at the
/// group's host school while the placement lasts.
/// </summary>
public sealed class Placement : IPupilRecord, IVersioned
{
    /// <summary>Days after a CSU decision within which an appeal is in time (three weeks).</summary>
    public const int CsuAppealDays = 21;

    public int Id { get; set; }
    public int PupilId { get; set; }
    public Pupil Pupil { get; set; } = null!;
    public PlacementLevel Level { get; set; }
    public int GroupId { get; set; }
    public Unit Group { get; set; } = null!;

    /// <summary>The unit that decided: the principal's school, the district's RSU, or the pupil-health unit.</summary>
    public int DecidedByUnitId { get; set; }
    public Unit DecidedByUnit { get; set; } = null!;
    public required string DecidedBy { get; set; }
    public DateOnly DecidedOn { get; set; }

    /// <summary>The school the pupil is enrolled at during the placement.</summary>
    public int EnrolledAtId { get; set; }
    public Unit EnrolledAt { get; set; } = null!;
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string? EndReason { get; set; }

    /// <summary>The next termly review; every RSU placement has one while it lasts.</summary>
    public DateOnly? NextReviewOn { get; set; }

    /// <summary>For a CSU placement, the school the pupil was enrolled at before, to which the enrolment returns when it ends.</summary>
    public int? ReturnSchoolId { get; set; }

    public List<PlacementReview> Reviews { get; } = [];

    /// <summary>For a CSU placement: the pupil-health unit's assessment the principal decided on.</summary>
    public int? CsuAssessmentId { get; set; }
    public CsuAssessment? CsuAssessment { get; set; }

    /// <summary>For a CSU placement: the last day an appeal of the principal's decision is in time (three weeks from the decision).</summary>
    public DateOnly? AppealableUntil { get; set; }

    /// <summary>Authority of the deciding unit, kept on the row so access filters need no join.</summary>
    public required string OwnerAuthority { get; set; }
    public int Version { get; set; }
}

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.DecidedBy).HasMaxLength(200);
        builder.Property(p => p.EndReason).HasMaxLength(1000);
        builder.Property(p => p.OwnerAuthority).HasMaxLength(60);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.PupilId);
        builder.HasIndex(p => new { p.GroupId, p.EndsOn });
        builder.HasIndex(p => p.DecidedByUnitId);
        builder.HasOne(p => p.Pupil).WithMany(p => p.Placements).HasForeignKey(p => p.PupilId);
        builder.HasOne(p => p.Group).WithMany().HasForeignKey(p => p.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.DecidedByUnit).WithMany().HasForeignKey(p => p.DecidedByUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.ReturnSchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.CsuAssessment).WithMany().HasForeignKey(p => p.CsuAssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.CsuAssessmentId);
        builder.HasOne(p => p.EnrolledAt).WithMany().HasForeignKey(p => p.EnrolledAtId).OnDelete(DeleteBehavior.Restrict);
    }
}
