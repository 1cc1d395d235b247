using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>A period in which a pupil is enrolled (inskriven) at a school.</summary>
public sealed class Enrolment : IPupilRecord
{
    public int Id { get; set; }
    public int PupilId { get; set; }
    public Pupil Pupil { get; set; } = null!;
    public int SchoolId { get; set; }
    public Unit School { get; set; } = null!;
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.HasIndex(e => new { e.SchoolId, e.EndsOn });
        builder.HasIndex(e => e.PupilId);
        builder.HasOne(e => e.Pupil).WithMany(p => p.Enrolments).HasForeignKey(e => e.PupilId);
        builder.HasOne(e => e.School).WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
