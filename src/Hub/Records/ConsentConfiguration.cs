using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

internal sealed class ConsentConfiguration :
    IEntityTypeConfiguration<ConsentRecord>,
    IEntityTypeConfiguration<ConsentProvision>,
    IEntityTypeConfiguration<ConsentSignature>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("Consents");
        builder.Property(c => c.RecordedBy).HasMaxLength(200);
        builder.Property(c => c.FormReference).HasMaxLength(200);
        builder.Property(c => c.PupilView).HasMaxLength(2000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.PupilId);
        builder.HasOne(c => c.Pupil).WithMany().HasForeignKey(c => c.PupilId);
        builder.HasOne(c => c.RecordedByUnit).WithMany().HasForeignKey(c => c.RecordedByUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Provisions).WithOne().HasForeignKey(p => p.ConsentId);
        builder.HasMany(c => c.Signatures).WithOne().HasForeignKey(s => s.ConsentId);
        builder.HasOne(c => c.WithdrawnByGuardian).WithMany().HasForeignKey(c => c.WithdrawnByGuardianId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ConsentProvision> builder)
    {
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.FromAgency).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ToAgency).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Purpose).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.FromAuthority).HasMaxLength(60);
        builder.Property(p => p.DisclosedByAuthority).HasMaxLength(60);
        builder.Property(p => p.ConfirmedBy).HasMaxLength(200);
        builder.Property(p => p.RefusedBy).HasMaxLength(200);
        builder.Property(p => p.RefusalReason).HasMaxLength(1000);
        builder.Ignore(p => p.Status);
        builder.HasIndex(p => new { p.FromAuthority, p.DisclosedByAuthority });
        builder.HasOne(p => p.ToUnit).WithMany().HasForeignKey(p => p.ToUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.WithdrawnByGuardian).WithMany().HasForeignKey(p => p.WithdrawnByGuardianId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ConsentSignature> builder) =>
        builder.HasOne(s => s.Guardian).WithMany().HasForeignKey(s => s.GuardianId).OnDelete(DeleteBehavior.Restrict);
}
