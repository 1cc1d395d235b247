using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>
/// A documented decision by an authorised role of the disclosing authority to let named categories
/// of its own records about one pupil cross to one unit of another authority, for a purpose and a
/// period, with the reason. It opens a legal basis per category for its period; the authority may
/// end it early. The data-protection officer lists them.
/// </summary>
public sealed class DisclosureDecision : IPupilRecord, IVersioned
{
    public int Id { get; set; }
    public int PupilId { get; set; }
    public Pupil Pupil { get; set; } = null!;

    /// <summary>The catalogue kind, which names the citation: <see cref="LegalBasisKind.DisclosureNecessary"/> or <see cref="LegalBasisKind.DisclosureOverridingInterest"/>.</summary>
    public LegalBasisKind Kind { get; set; }
    public Agency FromAgency { get; set; }
    public required string FromAuthority { get; set; }
    public int DecidedByUnitId { get; set; }
    public Unit DecidedByUnit { get; set; } = null!;
    public required string DecidedById { get; set; }
    public required string DecidedByName { get; set; }
    public Role DecidedByRole { get; set; }
    public DateTime DecidedAt { get; set; }
    public int ToUnitId { get; set; }
    public Unit ToUnit { get; set; } = null!;

    /// <summary>The categories disclosed, a stored <see cref="DataCategorySet"/>.</summary>
    public required string Categories { get; set; }
    public SharingPurpose Purpose { get; set; }
    public DateOnly ValidFrom { get; set; }

    /// <summary>The last day it applies, inclusive.</summary>
    public DateOnly ValidUntil { get; set; }
    public required string Reason { get; set; }

    /// <summary>The day it was ended early (it no longer applies from that day), and by whom; null when it runs its period.</summary>
    public DateOnly? EndedOn { get; set; }
    public string? EndedByName { get; set; }
    public int Version { get; set; }
}

internal sealed class DisclosureDecisionConfiguration : IEntityTypeConfiguration<DisclosureDecision>
{
    public void Configure(EntityTypeBuilder<DisclosureDecision> builder)
    {
        builder.ToTable("DisclosureDecisions");
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.FromAgency).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.FromAuthority).HasMaxLength(60);
        builder.Property(d => d.DecidedById).HasMaxLength(100);
        builder.Property(d => d.DecidedByName).HasMaxLength(200);
        builder.Property(d => d.DecidedByRole).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.Categories).HasMaxLength(400);
        builder.Property(d => d.Purpose).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.Reason).HasMaxLength(2000);
        builder.Property(d => d.EndedByName).HasMaxLength(200);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => d.DecidedAt);
        builder.HasIndex(d => d.PupilId);
        builder.HasOne(d => d.Pupil).WithMany().HasForeignKey(d => d.PupilId);
        builder.HasOne(d => d.DecidedByUnit).WithMany().HasForeignKey(d => d.DecidedByUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.ToUnit).WithMany().HasForeignKey(d => d.ToUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
