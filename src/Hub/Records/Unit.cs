using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>
/// An organisational unit that acts: a school, a special teaching group, a social-services unit,
/// a BUP clinic, a first-line or habilitation unit, a district's leisure unit, a police area, the
/// pupil-health unit, the data-protection office or the population register.
/// </summary>
public sealed class Unit
{
    public int Id { get; set; }

    /// <summary>Stable code that identity providers put in the <c>unit</c> claim.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public UnitKind Kind { get; set; }
    public Agency Agency { get; set; }

    /// <summary>
    /// The authority (huvudman or nämnd) the unit belongs to: confidentiality runs between
    /// authorities, so a record is "own" only to callers of the same authority.
    /// </summary>
    public required string Authority { get; set; }
    public int? DistrictId { get; set; }
    public District? District { get; set; }

    /// <summary>Municipal or independent; set for schools only.</summary>
    public SchoolOwnership? Ownership { get; set; }

    /// <summary>For a teaching group: the school that hosts it.</summary>
    public int? HostSchoolId { get; set; }
    public Unit? HostSchool { get; set; }

    /// <summary>For a teaching group: school level, RSU or CSU.</summary>
    public PlacementLevel? GroupLevel { get; set; }
}

public enum UnitKind
{
    School,
    TeachingGroup,
    PupilHealthUnit,
    SocialServicesReception,
    SocialServicesInvestigation,
    SocialServicesPreventive,
    BupClinic,

    /// <summary>A health centre's first-line unit for children and young people (första linjen barn och unga).</summary>
    FirstLineUnit,

    /// <summary>A habilitation centre for children and young people (barn- och ungdomshabilitering).</summary>
    HabilitationUnit,

    /// <summary>A district's leisure unit: its youth centres (fritidsgårdar), taking part in SSPF.</summary>
    LeisureUnit,
    PoliceArea,
    DataProtectionOffice,
    PopulationRegister,
}

public enum SchoolOwnership
{
    Municipal,
    Independent,
}

/// <summary>The three levels of special teaching groups (särskilda undervisningsgrupper).</summary>
public enum PlacementLevel
{
    SchoolLevel,
    Rsu,
    Csu,
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(60);
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.Authority).HasMaxLength(60);
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(u => u.Agency).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Ownership).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.GroupLevel).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.HasOne(u => u.HostSchool).WithMany().HasForeignKey(u => u.HostSchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.District).WithMany().HasForeignKey(u => u.DistrictId).OnDelete(DeleteBehavior.Restrict);
    }
}
