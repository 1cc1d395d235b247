using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Organisation;

/// <summary>One of Stockholm's 13 districts (stadsdelsområden); each runs its own social services.</summary>
public sealed class District
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(40);
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.HasIndex(d => d.Code).IsUnique();
    }
}
