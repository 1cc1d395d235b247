using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>
/// The person a district's social services names for schools to turn to (2016 motion, point 2).
/// A replacement ends the old row and starts a new one, so the change stays on record.
/// </summary>
public sealed class ContactPerson : IDistrictRecord
{
    public int Id { get; set; }
    public int DistrictId { get; set; }
    public District District { get; set; } = null!;
    public int UnitId { get; set; }
    public Unit Unit { get; set; } = null!;
    public required string Name { get; set; }
    public required string Phone { get; set; }
    public required string Email { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
}

internal sealed class ContactPersonConfiguration : IEntityTypeConfiguration<ContactPerson>
{
    public void Configure(EntityTypeBuilder<ContactPerson> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(40);
        builder.Property(c => c.Email).HasMaxLength(200);
        builder.HasIndex(c => new { c.DistrictId, c.StartsOn });
    }
}
