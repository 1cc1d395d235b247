using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>
/// A notice from the population register (folkbokföringen) about a person, by personal identity
/// number: a registered district, a protected identity or who has custody, since a day. Every
/// notice is kept, whether or not the hub holds the child, so that a child recorded later (enrolled,
/// or named in a report of concern) starts with what the register last said.
/// </summary>
public sealed class RegisterNotice
{
    public int Id { get; set; }

    /// <summary>The register's unit that sent it.</summary>
    public int UnitId { get; set; }
    public required string PersonalIdentityNumber { get; set; }
    public RegisterNoticeKind Kind { get; set; }

    /// <summary>The day the register's record holds from.</summary>
    public DateOnly Since { get; set; }
    public DateTime ReceivedAt { get; set; }

    /// <summary>For <see cref="RegisterNoticeKind.District"/>: the district the person is registered in.</summary>
    public int? DistrictId { get; set; }

    /// <summary>For <see cref="RegisterNoticeKind.ProtectedIdentity"/>: whether the identity is protected.</summary>
    public bool? ProtectedIdentity { get; set; }

    /// <summary>For <see cref="RegisterNoticeKind.Custody"/>: the guardians with custody (none, one, or two).</summary>
    public List<RegisteredGuardian> Guardians { get; set; } = [];
}

/// <summary>What a register notice is about.</summary>
public enum RegisterNoticeKind
{
    District,
    ProtectedIdentity,
    Custody,
}

/// <summary>A guardian with custody, as the register records them.</summary>
public sealed class RegisteredGuardian
{
    public required string PersonalIdentityNumber { get; set; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
}

internal sealed class RegisterNoticeConfiguration : IEntityTypeConfiguration<RegisterNotice>
{
    public void Configure(EntityTypeBuilder<RegisterNotice> builder)
    {
        builder.Property(n => n.PersonalIdentityNumber).HasMaxLength(12);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(n => new { n.PersonalIdentityNumber, n.Kind, n.Since });
        builder.HasOne<Unit>().WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<District>().WithMany().HasForeignKey(n => n.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(n => n.Guardians, g => g.ToJson());
    }
}
