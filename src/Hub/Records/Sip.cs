using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>Samordnad individuell plan: a coordinated plan recording each agency's responsibilities.</summary>
public sealed class Sip : IPupilRecord, IVersioned
{
    public int Id { get; set; }
    public int PupilId { get; set; }
    public Pupil Pupil { get; set; } = null!;
    public int InitiatedByUnitId { get; set; }
    public Unit InitiatedByUnit { get; set; } = null!;
    public DateOnly CreatedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public required string Goal { get; set; }
    public DateOnly? NextFollowUpOn { get; set; }

    /// <summary>The consent that allows the plan to be shared among its participants.</summary>
    public int? ConsentId { get; set; }
    public int Version { get; set; }
    public List<SipParticipant> Participants { get; } = [];
    public List<SipGoal> Goals { get; } = [];
    public List<SipMeeting> Meetings { get; } = [];
}

/// <summary>An agency's unit taking part in a SIP, with its named coordinator and responsibility.</summary>
public sealed class SipParticipant : IPupilRecord
{
    public int Id { get; set; }
    public int SipId { get; set; }
    public Sip Sip { get; set; } = null!;
    public int UnitId { get; set; }
    public Unit Unit { get; set; } = null!;
    public required string Authority { get; set; }
    public required string CoordinatorName { get; set; }
    public bool LeadsCoordination { get; set; }
    public required string Responsibility { get; set; }

    /// <summary>The SIP's pupil; the SIP is loaded with its participants.</summary>
    public int PupilId => Sip.PupilId;
}

internal sealed class SipConfiguration : IEntityTypeConfiguration<Sip>, IEntityTypeConfiguration<SipParticipant>
{
    public void Configure(EntityTypeBuilder<Sip> builder)
    {
        builder.Property(s => s.Goal).HasMaxLength(2000);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.PupilId);
        builder.HasOne(s => s.Pupil).WithMany().HasForeignKey(s => s.PupilId);
        builder.HasOne<ConsentRecord>().WithMany().HasForeignKey(s => s.ConsentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.InitiatedByUnit).WithMany().HasForeignKey(s => s.InitiatedByUnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<SipParticipant> builder)
    {
        builder.Property(p => p.Authority).HasMaxLength(60);
        builder.Property(p => p.CoordinatorName).HasMaxLength(200);
        builder.Property(p => p.Responsibility).HasMaxLength(2000);
        builder.HasIndex(p => new { p.SipId, p.UnitId }).IsUnique();
        builder.HasIndex(p => p.Authority);
        builder.HasOne(p => p.Sip).WithMany(s => s.Participants).HasForeignKey(p => p.SipId);
        builder.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
