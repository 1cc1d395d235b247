using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>Whether the data-protection officer found an emergency access justified.</summary>
public enum EmergencyReviewOutcome
{
    Justified,
    NotJustified,
}

/// <summary>
/// The data-protection officer's follow-up of one emergency access: an outcome and a comment,
/// made once. A table of its own so that one opening can have at most one review, held by a
/// unique index even against two officers reviewing at the same moment.
/// </summary>
public sealed class EmergencyAccessReview
{
    public int Id { get; set; }
    public int EmergencyAccessId { get; set; }
    public EmergencyReviewOutcome Outcome { get; set; }
    public required string Comment { get; set; }
    public required string ReviewedById { get; set; }
    public required string ReviewedByName { get; set; }
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
        builder.HasIndex(r => r.EmergencyAccessId).IsUnique();
        builder.HasOne<EmergencyAccess>().WithOne(e => e.Review).HasForeignKey<EmergencyAccessReview>(r => r.EmergencyAccessId).OnDelete(DeleteBehavior.Restrict);
    }
}
