using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>One goal of a SIP, with the agency responsible for it.</summary>
public sealed class SipGoal
{
    public int Id { get; set; }
    public int SipId { get; set; }
    public required string Description { get; set; }

    /// <summary>The participating unit responsible for the goal.</summary>
    public int ResponsibleUnitId { get; set; }
    public DateOnly? AchievedOn { get; set; }
}

/// <summary>A SIP meeting; a follow-up meeting (uppföljning) reviews the goals and sets the next one.</summary>
public sealed class SipMeeting
{
    public int Id { get; set; }
    public int SipId { get; set; }
    public DateOnly HeldOn { get; set; }
    public bool FollowUp { get; set; }
    public required string Notes { get; set; }
    public required string RecordedBy { get; set; }
}

internal sealed class SipPartsConfiguration : IEntityTypeConfiguration<SipGoal>, IEntityTypeConfiguration<SipMeeting>
{
    public void Configure(EntityTypeBuilder<SipGoal> builder)
    {
        builder.Property(g => g.Description).HasMaxLength(1000);
        builder.HasIndex(g => g.SipId);
        builder.HasOne<Sip>().WithMany(s => s.Goals).HasForeignKey(g => g.SipId);
        builder.HasOne<Unit>().WithMany().HasForeignKey(g => g.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<SipMeeting> builder)
    {
        builder.Property(m => m.Notes).HasMaxLength(4000);
        builder.Property(m => m.RecordedBy).HasMaxLength(200);
        builder.HasIndex(m => m.SipId);
        builder.HasOne<Sip>().WithMany(s => s.Meetings).HasForeignKey(m => m.SipId);
    }
}
