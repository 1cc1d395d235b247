using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>
/// One read of personal data: who, when, which operation, which pupil, which categories, on which
/// basis. Rows are append-only and chained by hash so that an altered or removed row shows.
/// </summary>
public sealed class AccessLogEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string PersonId { get; set; }
    public required string Agency { get; set; }
    public required string UnitCode { get; set; }
    public required string Role { get; set; }
    public required string Operation { get; set; }
    public int? PupilId { get; set; }
    /// <summary>The categories read (a stored <see cref="DataCategorySet"/>).</summary>
    public required string Categories { get; set; }
    public required string Basis { get; set; }
    public bool Emergency { get; set; }
    public bool ProtectedIdentity { get; set; }

    /// <summary>The purpose the request declared (its schema name, e.g. SCHOOL_SUPPORT); null for rows logged before purposes were declared, and for the officer.</summary>
    public string? Purpose { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> builder)
    {
        builder.ToTable("AccessLog");
        builder.Property(e => e.PersonId).HasMaxLength(100);
        builder.Property(e => e.Agency).HasMaxLength(20);
        builder.Property(e => e.UnitCode).HasMaxLength(60);
        builder.Property(e => e.Role).HasMaxLength(40);
        builder.Property(e => e.Operation).HasMaxLength(200);
        builder.Property(e => e.Categories).HasMaxLength(400);
        builder.Property(e => e.Basis).HasMaxLength(400);
        builder.Property(e => e.Purpose).HasMaxLength(30);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasIndex(e => e.PupilId);
        builder.HasIndex(e => e.At);
    }
}
