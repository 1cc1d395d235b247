using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>A guardian (vårdnadshavare); custody links guardians to pupils over time.</summary>
public sealed class Guardian
{
    public int Id { get; set; }
    public required string PersonalIdentityNumber { get; set; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public string? Phone { get; set; }
}

/// <summary>Custody (vårdnad) of one guardian over one pupil; two active rows mean joint custody.</summary>
public sealed class Custody : IPupilRecord
{
    public int Id { get; set; }
    public int PupilId { get; set; }
    public Pupil Pupil { get; set; } = null!;
    public int GuardianId { get; set; }
    public Guardian Guardian { get; set; } = null!;
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
}

internal sealed class GuardianConfiguration : IEntityTypeConfiguration<Guardian>
{
    public void Configure(EntityTypeBuilder<Guardian> builder)
    {
        builder.Property(g => g.PersonalIdentityNumber).HasMaxLength(12);
        builder.Property(g => g.GivenName).HasMaxLength(100);
        builder.Property(g => g.FamilyName).HasMaxLength(100);
        builder.Property(g => g.Phone).HasMaxLength(40);

        // Not unique: a guardian is recorded per family as its school entered them (see registerGuardian),
        // so that recording a guardian never reveals another family's record of the same person.
        builder.HasIndex(g => g.PersonalIdentityNumber);
    }
}

internal sealed class CustodyConfiguration : IEntityTypeConfiguration<Custody>
{
    public void Configure(EntityTypeBuilder<Custody> builder)
    {
        builder.HasIndex(c => c.PupilId);
        builder.HasOne(c => c.Pupil).WithMany(p => p.Custodies).HasForeignKey(c => c.PupilId);
        builder.HasOne(c => c.Guardian).WithMany().HasForeignKey(c => c.GuardianId).OnDelete(DeleteBehavior.Restrict);
    }
}
