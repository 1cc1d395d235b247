using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>
/// A basis in law, not consent, for one unit to read one category about one pupil, created by the
/// event that justifies it (an open investigation, a report of concern) and ended with it.
/// </summary>
public sealed class LegalBasis
{
    public int Id { get; set; }
    public int PupilId { get; set; }
    public Pupil Pupil { get; set; } = null!;
    public LegalBasisKind Kind { get; set; }

    /// <summary>The statute the basis rests on, as cited to the data-protection officer.</summary>
    public required string Statute { get; set; }
    public int GrantedToUnitId { get; set; }
    public Unit GrantedToUnit { get; set; } = null!;
    public DataCategory Category { get; set; }
    public Agency FromAgency { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    /// <summary>The intervention whose life this basis follows.</summary>
    public int SourceInterventionId { get; set; }
}

public enum LegalBasisKind
{
    /// <summary>Other agencies' duty to provide information to a child-welfare investigation.</summary>
    InvestigationDutyToInform,

    /// <summary>A report of concern lets social services see the reporting school's contact.</summary>
    ReportOfConcernContact,
}

internal sealed class LegalBasisConfiguration : IEntityTypeConfiguration<LegalBasis>
{
    public void Configure(EntityTypeBuilder<LegalBasis> builder)
    {
        builder.ToTable("LegalBases");
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(b => b.Statute).HasMaxLength(200);
        builder.Property(b => b.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(b => b.FromAgency).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(b => new { b.PupilId, b.GrantedToUnitId });
        builder.HasOne(b => b.Pupil).WithMany().HasForeignKey(b => b.PupilId);
        builder.HasOne(b => b.GrantedToUnit).WithMany().HasForeignKey(b => b.GrantedToUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
