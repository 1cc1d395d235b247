using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

internal sealed class ConsentRequestConfiguration :
    IEntityTypeConfiguration<ConsentRequest>,
    IEntityTypeConfiguration<ConsentRequestProvision>
{
    public void Configure(EntityTypeBuilder<ConsentRequest> builder)
    {
        builder.ToTable("ConsentRequests");
        builder.Property(r => r.How).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.AskedBy).HasMaxLength(200);
        builder.Property(r => r.AnswerRecordedBy).HasMaxLength(200);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.PupilId);
        builder.HasIndex(r => new { r.Status, r.AskedByUnitId });
        builder.HasOne(r => r.Pupil).WithMany().HasForeignKey(r => r.PupilId);
        builder.HasOne(r => r.AskedByUnit).WithMany().HasForeignKey(r => r.AskedByUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.AnsweredByGuardian).WithMany().HasForeignKey(r => r.AnsweredByGuardianId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Consent).WithMany().HasForeignKey(r => r.ConsentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Provisions).WithOne().HasForeignKey(p => p.RequestId);
    }

    public void Configure(EntityTypeBuilder<ConsentRequestProvision> builder)
    {
        builder.ToTable("ConsentRequestProvisions");
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.FromAgency).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ToAgency).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Purpose).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.FromAuthority).HasMaxLength(60);
        builder.HasOne(p => p.ToUnit).WithMany().HasForeignKey(p => p.ToUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
