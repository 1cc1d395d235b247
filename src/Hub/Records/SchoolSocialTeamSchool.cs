using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>
/// A school a district's school social team works at (seed 001: the team works at five of the
/// district's schools). The team takes cases for pupils of these schools only. Not personal data.
/// </summary>
public sealed class SchoolSocialTeamSchool
{
    /// <summary>The district's preventive unit, whose school social team it is.</summary>
    public int TeamId { get; set; }
    public int SchoolId { get; set; }
    public DateOnly Since { get; set; }
}

internal sealed class SchoolSocialTeamSchoolConfiguration : IEntityTypeConfiguration<SchoolSocialTeamSchool>
{
    public void Configure(EntityTypeBuilder<SchoolSocialTeamSchool> builder)
    {
        builder.ToTable("SchoolSocialTeamSchools");
        builder.HasKey(s => new { s.TeamId, s.SchoolId });
        builder.HasIndex(s => s.SchoolId);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
