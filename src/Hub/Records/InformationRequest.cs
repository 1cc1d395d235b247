using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>
/// Social services' request to a school for information about a pupil under investigation
/// (begäran om uppgifter, yttrande): asked in an open investigation of the district, addressed to a
/// school or teaching group the pupil attends, with questions and a day to answer by. The school's
/// answer becomes part of social services' record of the investigation; the school reads the request
/// only while it waits for that answer.
/// </summary>
public sealed class InformationRequest : IPupilRecord, IVersioned
{
    public int Id { get; set; }
    public int PupilId { get; set; }
    public Pupil Pupil { get; set; } = null!;

    /// <summary>The open investigation the request is part of.</summary>
    public int InvestigationId { get; set; }
    public Investigation Investigation { get; set; } = null!;

    /// <summary>The authority of the investigating unit, kept on the row so access filters need no join.</summary>
    public required string OwnerAuthority { get; set; }
    public int RequestedByUnitId { get; set; }
    public Unit RequestedByUnit { get; set; } = null!;
    public required string RequestedBy { get; set; }

    /// <summary>How the school reaches the investigator: a phone number or an address, as given.</summary>
    public required string Contact { get; set; }

    /// <summary>The school or teaching group asked.</summary>
    public int AddressedToId { get; set; }
    public Unit AddressedTo { get; set; } = null!;
    public DateOnly RequestedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public required string Questions { get; set; }
    public DateTime RecordedAt { get; set; }

    /// <summary>The school's answer, once given: social services' record from then on.</summary>
    public string? Answer { get; set; }
    public DateOnly? AnsweredOn { get; set; }
    public string? AnsweredBy { get; set; }
    public Role? AnsweredByRole { get; set; }
    public int Version { get; set; }
}

/// <summary>Where an information request stands.</summary>
public enum InformationRequestStatus
{
    /// <summary>Waiting for the school's answer while the investigation runs.</summary>
    Open,

    /// <summary>The school answered.</summary>
    Answered,

    /// <summary>The investigation closed before the school answered: it can no longer be answered.</summary>
    Closed,
}

internal sealed class InformationRequestConfiguration : IEntityTypeConfiguration<InformationRequest>
{
    public void Configure(EntityTypeBuilder<InformationRequest> builder)
    {
        builder.ToTable("InformationRequests");
        builder.Property(r => r.OwnerAuthority).HasMaxLength(60);
        builder.Property(r => r.RequestedBy).HasMaxLength(200);
        builder.Property(r => r.Contact).HasMaxLength(200);
        builder.Property(r => r.Questions).HasMaxLength(4000);
        builder.Property(r => r.Answer).HasMaxLength(8000);
        builder.Property(r => r.AnsweredBy).HasMaxLength(200);
        builder.Property(r => r.AnsweredByRole).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.PupilId);
        builder.HasIndex(r => new { r.OwnerAuthority, r.DueOn });
        builder.HasIndex(r => new { r.AddressedToId, r.AnsweredOn });
        builder.HasOne(r => r.Pupil).WithMany().HasForeignKey(r => r.PupilId);
        builder.HasOne(r => r.Investigation).WithMany().HasForeignKey(r => r.InvestigationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.RequestedByUnit).WithMany().HasForeignKey(r => r.RequestedByUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.AddressedTo).WithMany().HasForeignKey(r => r.AddressedToId).OnDelete(DeleteBehavior.Restrict);
    }
}
