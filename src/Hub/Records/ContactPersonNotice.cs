using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>
/// A school told that its district names a new contact person, from the day the person starts; the
/// school acknowledges it. Naming a contact person sends one to every school of the district, so
/// the change reaches each school whether or not it listens for events. Not personal data.
/// </summary>
public sealed class ContactPersonNotice : IDistrictRecord, IVersioned
{
    public int Id { get; set; }
    public int DistrictId { get; set; }
    public District District { get; set; } = null!;
    public int ContactPersonId { get; set; }
    public ContactPerson ContactPerson { get; set; } = null!;

    /// <summary>The school told.</summary>
    public int SchoolId { get; set; }
    public Unit School { get; set; } = null!;

    /// <summary>The day the change takes effect: the new person's first day.</summary>
    public DateOnly EffectiveOn { get; set; }
    public DateTime SentAt { get; set; }
    public DateTime? AcknowledgedAt { get; set; }
    public string? AcknowledgedBy { get; set; }
    public int Version { get; set; }
}

internal sealed class ContactPersonNoticeConfiguration : IEntityTypeConfiguration<ContactPersonNotice>
{
    public void Configure(EntityTypeBuilder<ContactPersonNotice> builder)
    {
        builder.ToTable("ContactPersonNotices");
        builder.Property(n => n.AcknowledgedBy).HasMaxLength(200);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasIndex(n => new { n.SchoolId, n.AcknowledgedAt });
        builder.HasIndex(n => new { n.DistrictId, n.AcknowledgedAt });
        builder.HasIndex(n => new { n.ContactPersonId, n.SchoolId }).IsUnique();
        builder.HasOne(n => n.District).WithMany().HasForeignKey(n => n.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.ContactPerson).WithMany().HasForeignKey(n => n.ContactPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.School).WithMany().HasForeignKey(n => n.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
