using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>One of Stockholm's 13 districts (stadsdelsområden); each runs its own social services.</summary>
public sealed class District
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>
    /// The police area whose jurisdiction covers the district: a police area may start an SSPF case
    /// by personal identity number only for pupils registered in the districts it covers.
    /// </summary>
    public int? PoliceAreaId { get; set; }
    public Unit? PoliceArea { get; set; }

    /// <summary>The BUP clinic whose catchment (upptagningsområde) the district is in: where a clinic may register a contact by number.</summary>
    public int? BupClinicId { get; set; }
    public Unit? BupClinic { get; set; }
}

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(40);
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.HasOne(d => d.PoliceArea).WithMany().HasForeignKey(d => d.PoliceAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.BupClinic).WithMany().HasForeignKey(d => d.BupClinicId).OnDelete(DeleteBehavior.Restrict);
    }
}
