using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>
/// A basis in law, not consent, for one unit to read one category about one pupil, created by the
/// event that justifies it (an intervention, a disclosure decision) and ended with it. What each
/// kind means is in the catalogue, <see cref="LegalBasisKinds"/>.
/// </summary>
public sealed class LegalBasis
{
    public int Id { get; set; }
    public int PupilId { get; set; }
    public Pupil Pupil { get; set; } = null!;
    public LegalBasisKind Kind { get; set; }

    /// <summary>The statute the basis rests on, as cited to the data-protection officer: the catalogue's citation of its kind.</summary>
    public required string Statute { get; set; }
    public int GrantedToUnitId { get; set; }
    public Unit GrantedToUnit { get; set; } = null!;
    public DataCategory Category { get; set; }
    public Agency FromAgency { get; set; }

    /// <summary>When set, only this authority's records cross (the reporter's, the district's, the decision's); null: any of the agency's.</summary>
    public string? FromAuthority { get; set; }
    public DateOnly ValidFrom { get; set; }

    /// <summary>The first day it no longer applies; null while its source runs.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>The intervention whose life this basis follows, if an intervention opened it.</summary>
    public int? SourceInterventionId { get; set; }

    /// <summary>The disclosure decision that opened it, if one did.</summary>
    public int? SourceDisclosureId { get; set; }
}

public enum LegalBasisKind
{
    /// <summary>Other agencies' duty to provide information to a child-welfare investigation.</summary>
    InvestigationDutyToInform,

    /// <summary>The reporting authority's records, for the unit assessing its report of concern.</summary>
    ReportOfConcernReporter,

    /// <summary>The police–social services exchange about people under 21 (OSL 10 kap. 18 a §), for SSPF.</summary>
    SspfExchange,

    /// <summary>A disclosure decision: necessary for the disclosing authority's work (OSL 10 kap. 2 §).</summary>
    DisclosureNecessary,

    /// <summary>A disclosure decision under the general clause (OSL 10 kap. 27 §).</summary>
    DisclosureOverridingInterest,
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
        builder.Property(b => b.FromAuthority).HasMaxLength(60);
        builder.HasIndex(b => new { b.PupilId, b.GrantedToUnitId });
        builder.HasIndex(b => b.SourceDisclosureId);
        builder.HasOne(b => b.Pupil).WithMany().HasForeignKey(b => b.PupilId);
        builder.HasOne(b => b.GrantedToUnit).WithMany().HasForeignKey(b => b.GrantedToUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DisclosureDecision>().WithMany().HasForeignKey(b => b.SourceDisclosureId).OnDelete(DeleteBehavior.Restrict);
    }
}
