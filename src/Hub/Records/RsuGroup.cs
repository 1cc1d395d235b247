using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>
/// What the district's principals decided about one of its RSU groups (seed 001: "rektorerna i
/// stadsdelen beslutar om elevgruppens inriktning, ålder och omfattning"): its orientation, the
/// grades it takes and how many places it has. One per RSU group, changed under a version. Not
/// personal data: the directory's description of a group.
/// </summary>
public sealed class RsuGroup : IDistrictRecord, IVersioned
{
    public int Id { get; set; }

    /// <summary>The RSU teaching group (a <see cref="Unit"/> of <see cref="PlacementLevel.Rsu"/>).</summary>
    public int GroupId { get; set; }
    public int DistrictId { get; set; }

    /// <summary>The group's orientation (inriktning), e.g. neuropsychiatric or social-emotional difficulties.</summary>
    public required string Orientation { get; set; }

    /// <summary>The lowest grade the group takes (0 is förskoleklass).</summary>
    public int LowestGrade { get; set; }
    public int HighestGrade { get; set; }

    /// <summary>Places in the group (omfattning): a new placement needs one free.</summary>
    public int Capacity { get; set; }
    public required string SetBy { get; set; }
    public int SetByUnitId { get; set; }
    public DateOnly SetOn { get; set; }
    public int Version { get; set; }
}

internal sealed class RsuGroupConfiguration : IEntityTypeConfiguration<RsuGroup>
{
    public void Configure(EntityTypeBuilder<RsuGroup> builder)
    {
        builder.ToTable("RsuGroups");
        builder.Property(g => g.Orientation).HasMaxLength(200);
        builder.Property(g => g.SetBy).HasMaxLength(200);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.HasIndex(g => g.GroupId).IsUnique();
        builder.HasIndex(g => g.DistrictId);
        builder.HasOne<Unit>().WithMany().HasForeignKey(g => g.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<District>().WithMany().HasForeignKey(g => g.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(g => g.SetByUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
