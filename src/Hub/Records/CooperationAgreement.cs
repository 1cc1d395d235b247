using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>
/// A district's local cooperation agreement (lokal samverkansöverenskommelse) between its social
/// services and the schools, BUP and police around its children (2016 motion, point 3: revised
/// regularly). Which units are parties, when it was signed, and by when it is to be revised next;
/// each revision stays on record. Not personal data.
/// </summary>
public sealed class CooperationAgreement : IDistrictRecord, IVersioned
{
    public int Id { get; set; }
    public int DistrictId { get; set; }
    public District District { get; set; } = null!;
    public required string Title { get; set; }

    /// <summary>Where the signed document is kept (a diary number).</summary>
    public required string DocumentReference { get; set; }
    public DateOnly SignedOn { get; set; }

    /// <summary>The day the next revision is due: after the last one, at most <c>MaxMonthsBetweenRevisions</c> later.</summary>
    public DateOnly RevisionDueOn { get; set; }
    public required string RecordedBy { get; set; }
    public int RecordedByUnitId { get; set; }
    public DateTime RecordedAt { get; set; }
    public int Version { get; set; }
    public List<CooperationAgreementParty> Parties { get; } = [];
    public List<CooperationAgreementRevision> Revisions { get; } = [];
}

/// <summary>A unit that is party to an agreement: a school (municipal or independent), a social-services unit, a BUP clinic, a police area.</summary>
public sealed class CooperationAgreementParty
{
    public int Id { get; set; }
    public int AgreementId { get; set; }
    public int UnitId { get; set; }
    public Unit Unit { get; set; } = null!;
}

/// <summary>One revision of an agreement: when, by whom, what changed, and when the next is due.</summary>
public sealed class CooperationAgreementRevision
{
    public int Id { get; set; }
    public int AgreementId { get; set; }
    public DateOnly RevisedOn { get; set; }
    public required string RevisedBy { get; set; }
    public required string Note { get; set; }
    public DateOnly NextRevisionDueOn { get; set; }
}

internal sealed class CooperationAgreementConfiguration :
    IEntityTypeConfiguration<CooperationAgreement>,
    IEntityTypeConfiguration<CooperationAgreementParty>,
    IEntityTypeConfiguration<CooperationAgreementRevision>
{
    public void Configure(EntityTypeBuilder<CooperationAgreement> builder)
    {
        builder.ToTable("CooperationAgreements");
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.DocumentReference).HasMaxLength(100);
        builder.Property(a => a.RecordedBy).HasMaxLength(200);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.DistrictId, a.SignedOn });
        builder.HasIndex(a => a.RevisionDueOn);
        builder.HasOne(a => a.District).WithMany().HasForeignKey(a => a.DistrictId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(a => a.RecordedByUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Parties).WithOne().HasForeignKey(p => p.AgreementId);
        builder.HasMany(a => a.Revisions).WithOne().HasForeignKey(r => r.AgreementId);
    }

    public void Configure(EntityTypeBuilder<CooperationAgreementParty> builder)
    {
        builder.ToTable("CooperationAgreementParties");
        builder.HasIndex(p => new { p.AgreementId, p.UnitId }).IsUnique();
        builder.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<CooperationAgreementRevision> builder)
    {
        builder.ToTable("CooperationAgreementRevisions");
        builder.Property(r => r.RevisedBy).HasMaxLength(200);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.HasIndex(r => r.AgreementId);
    }
}
