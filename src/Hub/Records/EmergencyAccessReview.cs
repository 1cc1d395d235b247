using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>Whether the reviewer (the data-protection officer or the unit's manager) found an emergency access justified.</summary>
public enum EmergencyReviewOutcome
{
    Justified,
    NotJustified,
}

/// <summary>
/// The follow-up of one emergency access, by the data-protection officer or the manager of the
/// unit that opened it: an outcome and a comment, made once. A table of its own so that one
/// opening can have at most one review, held by a unique index even against two reviewing at the
/// same moment.
/// </summary>
public sealed class EmergencyAccessReview
{
    public int Id { get; set; }
    public int EmergencyAccessId { get; set; }
    public EmergencyReviewOutcome Outcome { get; set; }
    public required string Comment { get; set; }
    public required string ReviewedById { get; set; }
    public required string ReviewedByName { get; set; }

    /// <summary>The reviewer's role when reviewing: the data-protection officer, or the unit's manager.</summary>
    public Role ReviewerRole { get; set; }
    public DateTime ReviewedAt { get; set; }
}

internal sealed class EmergencyAccessReviewConfiguration : IEntityTypeConfiguration<EmergencyAccessReview>
{
    public void Configure(EntityTypeBuilder<EmergencyAccessReview> builder)
    {
        builder.ToTable("EmergencyAccessReviews");
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Comment).HasMaxLength(2000);
        builder.Property(r => r.ReviewedById).HasMaxLength(100);
        builder.Property(r => r.ReviewedByName).HasMaxLength(200);
        builder.Property(r => r.ReviewerRole).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(r => r.EmergencyAccessId).IsUnique();
        builder.HasOne<EmergencyAccess>().WithOne(e => e.Review).HasForeignKey<EmergencyAccessReview>(r => r.EmergencyAccessId).OnDelete(DeleteBehavior.Restrict);
    }
}
