using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>
/// A partner system's idempotency key, remembered with the request it came with and what that
/// request changed, so that a retry gets the first answer instead of a second change. A key belongs
/// to the person acting in one unit and role (the unit fixes the agency): the same person acting
/// for another unit or in another role is another caller, and must not be handed back what the
/// first one made.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int MaxKeyLength = 100;

    public int Id { get; set; }
    public required string ActorId { get; set; }
    public int ActorUnitId { get; set; }
    public required string ActorRole { get; set; }
    public required string Key { get; set; }
    public required string Operation { get; set; }

    /// <summary>SHA-256 of the operation and its input, without the key.</summary>
    public required string RequestHash { get; set; }
    public required string EntityType { get; set; }
    public int EntityId { get; set; }
    public int? PupilId { get; set; }
    public DateTime At { get; set; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyKeys");
        builder.Property(r => r.ActorId).HasMaxLength(100);
        builder.Property(r => r.ActorRole).HasMaxLength(40);
        builder.Property(r => r.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength);
        builder.Property(r => r.Operation).HasMaxLength(60);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.EntityType).HasMaxLength(40);
        builder.HasIndex(r => new { r.ActorId, r.ActorUnitId, r.ActorRole, r.Key }).IsUnique();
    }
}
