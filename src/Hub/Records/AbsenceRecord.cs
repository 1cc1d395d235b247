using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>A school's report of a pupil's absence (frånvaro) for one term, as a percentage.</summary>
public sealed class AbsenceRecord : IPupilRecord, IVersioned
{
    public int Id { get; set; }
    public int PupilId { get; set; }
    public Pupil Pupil { get; set; } = null!;
    public int SchoolId { get; set; }
    public Unit School { get; set; } = null!;

    /// <summary>The term, e.g. "2026-HT" (autumn) or "2026-VT" (spring).</summary>
    public required string Term { get; set; }
    public double Percent { get; set; }
    public DateOnly ReportedOn { get; set; }
    public required string OwnerAuthority { get; set; }
    public int Version { get; set; }
}

internal sealed class AbsenceRecordConfiguration : IEntityTypeConfiguration<AbsenceRecord>
{
    public void Configure(EntityTypeBuilder<AbsenceRecord> builder)
    {
        builder.Property(a => a.Term).HasMaxLength(10);
        builder.Property(a => a.OwnerAuthority).HasMaxLength(60);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.PupilId, a.Term, a.SchoolId }).IsUnique();
        builder.HasOne(a => a.Pupil).WithMany().HasForeignKey(a => a.PupilId);
        builder.HasOne(a => a.School).WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
