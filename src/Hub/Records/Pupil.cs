using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>A pupil (elev) in compulsory school, grades 0–9.</summary>
public sealed class Pupil : IVersioned
{
    public int Id { get; set; }

    /// <summary>12 digits, validated (format and check digit) before it is stored.</summary>
    public required string PersonalIdentityNumber { get; set; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public DateOnly BirthDate { get; set; }

    /// <summary>School year (årskurs) 0–9; null for a child the hub knows only from a report of concern, never enrolled at a school of the city.</summary>
    public int? Grade { get; set; }

    /// <summary>Skyddade personuppgifter: school, group and district reach nobody who does not strictly need them.</summary>
    public bool ProtectedIdentity { get; set; }

    /// <summary>The school responsible for the pupil (hemskola), which an RSU placement does not change; null for a child never enrolled (see <see cref="Grade"/>).</summary>
    public int? HomeSchoolId { get; set; }
    public Unit? HomeSchool { get; set; }
    public int RegisteredDistrictId { get; set; }
    public District RegisteredDistrict { get; set; } = null!;
    public int Version { get; set; }

    public List<Enrolment> Enrolments { get; } = [];
    public List<Custody> Custodies { get; } = [];
    public List<Placement> Placements { get; } = [];
    public List<Intervention> Interventions { get; } = [];
}

internal sealed class PupilConfiguration : IEntityTypeConfiguration<Pupil>
{
    public void Configure(EntityTypeBuilder<Pupil> builder)
    {
        builder.Property(p => p.PersonalIdentityNumber).HasMaxLength(12);
        builder.Property(p => p.GivenName).HasMaxLength(100);
        builder.Property(p => p.FamilyName).HasMaxLength(100);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.PersonalIdentityNumber).IsUnique();
        builder.HasIndex(p => new { p.FamilyName, p.GivenName });
        builder.HasIndex(p => p.HomeSchoolId);
        builder.HasIndex(p => p.RegisteredDistrictId);
        builder.HasOne(p => p.HomeSchool).WithMany().HasForeignKey(p => p.HomeSchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.RegisteredDistrict).WithMany().HasForeignKey(p => p.RegisteredDistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}
