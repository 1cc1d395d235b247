using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>A termly review (uppföljning) of an RSU placement: it continues to a next review, or it ends.</summary>
public sealed class PlacementReview
{
    public int Id { get; set; }
    public int PlacementId { get; set; }
    public DateOnly ReviewedOn { get; set; }
    public ReviewOutcome Outcome { get; set; }
    public required string ReviewedBy { get; set; }
    public string? Notes { get; set; }
}

public enum ReviewOutcome
{
    Continue,
    End,
}

internal sealed class PlacementReviewConfiguration : IEntityTypeConfiguration<PlacementReview>
{
    public void Configure(EntityTypeBuilder<PlacementReview> builder)
    {
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ReviewedBy).HasMaxLength(200);
        builder.Property(r => r.Notes).HasMaxLength(2000);
        builder.HasIndex(r => r.PlacementId);
        builder.HasOne<Placement>().WithMany(p => p.Reviews).HasForeignKey(r => r.PlacementId);
    }
}
