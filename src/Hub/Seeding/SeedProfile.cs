namespace Hub.Seeding;

/// <summary>The counts a scale aims at; the scripted pupils come on top of the random ones.</summary>
internal sealed record SeedProfile(
    int Pupils,
    int Placements,
    int Interventions,
    int Sips,
    int Consents,
    double AbsenceSample,
    int BatchSize)
{
    public static SeedProfile For(SeedScale scale) => scale switch
    {
        // One save per phase: a demo database is small enough to track whole.
        SeedScale.Demo => new(600, 60, 150, 20, 80, AbsenceSample: 0.2, BatchSize: 20_000),
        SeedScale.City => new(100_000, 5_000, 50_000, 3_000, 80_000, AbsenceSample: 0.15, BatchSize: 2_000),
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Unknown seed scale."),
    };
}
