using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>
/// One committed change: who made it, acting for which unit, when, through which mutation, to
/// which record of which pupil. Written in the same transaction as the change itself, so the
/// record of changes can never disagree with the data; its sequence only grows.
/// </summary>
public sealed class ChangeRecord
{
    public long Sequence { get; set; }
    public DateTime At { get; set; }
    public required string Operation { get; set; }
    public required string EntityType { get; set; }
    public int EntityId { get; set; }
    public int? PupilId { get; set; }
    public int? DistrictId { get; set; }
    public required string ActorId { get; set; }
    public required string ActorName { get; set; }
    public int ActorUnitId { get; set; }
    public required string ActorRole { get; set; }
}

internal sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> builder)
    {
        builder.ToTable("Changes");
        builder.HasKey(c => c.Sequence);
        builder.Property(c => c.Operation).HasMaxLength(60);
        builder.Property(c => c.EntityType).HasMaxLength(40);
        builder.Property(c => c.ActorId).HasMaxLength(100);
        builder.Property(c => c.ActorName).HasMaxLength(200);
        builder.Property(c => c.ActorRole).HasMaxLength(40);
        builder.HasIndex(c => c.PupilId);
    }
}
