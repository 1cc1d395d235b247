using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

internal sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> builder)
    {
        builder.HasDiscriminator(i => i.Kind)
            .HasValue<ReportOfConcern>(InterventionKind.ReportOfConcern)
            .HasValue<PreliminaryAssessment>(InterventionKind.PreliminaryAssessment)
            .HasValue<Investigation>(InterventionKind.Investigation)
            .HasValue<SocialServicesIntervention>(InterventionKind.SocialServicesIntervention)
            .HasValue<SchoolSocialTeamCase>(InterventionKind.SchoolSocialTeamCase)
            .HasValue<BupContact>(InterventionKind.BupContact)
            .HasValue<SspfCase>(InterventionKind.SspfCase);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.OwnerAgency).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.OwnerAuthority).HasMaxLength(60);
        builder.Property(i => i.Summary).HasMaxLength(2000);
        builder.Property(i => i.DelayReason).HasMaxLength(1000);
        builder.Property(i => i.HandlerName).HasMaxLength(200);
        builder.Property(i => i.HandlerContact).HasMaxLength(200);
        builder.Property(i => i.ClosingNote).HasMaxLength(2000);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.PupilId, i.Kind });
        builder.HasIndex(i => new { i.UnitId, i.ClosedOn });
        builder.HasIndex(i => new { i.OwnerAuthority, i.ClosedOn });
        builder.HasOne(i => i.Pupil).WithMany(p => p.Interventions).HasForeignKey(i => i.PupilId);
        builder.HasOne(i => i.Unit).WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReportOfConcernConfiguration : IEntityTypeConfiguration<ReportOfConcern>
{
    public void Configure(EntityTypeBuilder<ReportOfConcern> builder)
    {
        builder.Property(r => r.ReporterKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ReporterName).HasMaxLength(200);
        builder.Property(r => r.ReporterContact).HasMaxLength(200);
        builder.Property(r => r.MeetingWaivedReason).HasMaxLength(1000);
        builder.HasOne(r => r.ReporterUnit).WithMany().HasForeignKey(r => r.ReporterUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InterventionSubtypeConfiguration :
    IEntityTypeConfiguration<PreliminaryAssessment>,
    IEntityTypeConfiguration<Investigation>,
    IEntityTypeConfiguration<SocialServicesIntervention>,
    IEntityTypeConfiguration<SchoolSocialTeamCase>
{
    public void Configure(EntityTypeBuilder<PreliminaryAssessment> builder)
    {
        builder.Property(a => a.Decision).HasConversion<string>().HasMaxLength(30);
        builder.HasOne(a => a.Report).WithMany().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Investigation>().WithMany().HasForeignKey(a => a.JoinedInvestigationId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Investigation> builder) =>
        builder.Property(i => i.Origin).HasConversion<string>().HasMaxLength(30);

    public void Configure(EntityTypeBuilder<SocialServicesIntervention> builder) =>
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(30);

    public void Configure(EntityTypeBuilder<SchoolSocialTeamCase> builder)
    {
        builder.Property(i => i.Track).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Reason).HasConversion<string>().HasMaxLength(20);
    }
}
