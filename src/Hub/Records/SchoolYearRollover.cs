using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Records;

/// <summary>
/// That a school year's rollover was made, once: on its first day every pupil below grade 9 went up
/// a grade, and the pupils of grade 9 left (their enrolments and placements ended on the last day
/// of the year before). A baseline is a year whose grades the hub took as they stood (the demo
/// city's seeding, or the first check on a store that had none): nothing was changed for it.
/// The year is the key, so no year is rolled over twice, whoever tries.
/// </summary>
public sealed class SchoolYearRollover
{
    /// <summary>The calendar year the school year starts in: 2027 for 2027/28.</summary>
    public int Year { get; set; }

    /// <summary>The business date it was made on: the school year's first day, or later if the hub was down.</summary>
    public DateOnly RanOn { get; set; }
    public DateTime RanAt { get; set; }
    public bool Baseline { get; set; }
    public int PupilsAdvanced { get; set; }
    public int PupilsLeft { get; set; }
}

internal sealed class SchoolYearRolloverConfiguration : IEntityTypeConfiguration<SchoolYearRollover>
{
    public void Configure(EntityTypeBuilder<SchoolYearRollover> builder)
    {
        builder.HasKey(r => r.Year);
        builder.Property(r => r.Year).ValueGeneratedNever();
    }
}
