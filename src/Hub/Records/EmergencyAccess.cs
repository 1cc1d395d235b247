using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>
/// Break-glass access (nödåtkomst): a social-services or BUP caller opens one pupil's data, with a
/// written reason, for a limited time. Every read it causes is flagged in the access log, and the
/// data-protection officer follows each one up.
/// </summary>
public sealed class EmergencyAccess
{
    public int Id { get; set; }
    public int PupilId { get; set; }
    public Pupil Pupil { get; set; } = null!;
    public required string PersonId { get; set; }
    public required string PersonName { get; set; }
    public int UnitId { get; set; }
    public Unit Unit { get; set; } = null!;
    public required string Reason { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime ExpiresAt { get; set; }

    /// <summary>The categories it opened, as configured when it was opened (a stored <see cref="DataCategorySet"/>).</summary>
    public required string Categories { get; set; }

    /// <summary>The business day by which the data-protection officer reviews it: the day it was opened plus <c>Hub:Access:EmergencyReviewDays</c>.</summary>
    public DateOnly ReviewDueOn { get; set; }

    /// <summary>The officer's review, once made; null until then.</summary>
    public EmergencyAccessReview? Review { get; set; }
}

internal sealed class EmergencyAccessConfiguration : IEntityTypeConfiguration<EmergencyAccess>
{
    public void Configure(EntityTypeBuilder<EmergencyAccess> builder)
    {
        builder.ToTable("EmergencyAccesses");
        builder.Property(e => e.PersonId).HasMaxLength(100);
        builder.Property(e => e.PersonName).HasMaxLength(200);
        builder.Property(e => e.Reason).HasMaxLength(2000);
        builder.Property(e => e.Categories).HasMaxLength(400);
        builder.HasIndex(e => new { e.PupilId, e.PersonId });
        builder.HasIndex(e => e.OpenedAt);
        builder.HasIndex(e => e.ReviewDueOn);
        builder.HasOne(e => e.Pupil).WithMany().HasForeignKey(e => e.PupilId);
        builder.HasOne(e => e.Unit).WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
