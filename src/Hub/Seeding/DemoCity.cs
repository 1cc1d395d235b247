using Hub.Data;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Seeding;

/// <summary>How much of the demo city to seed: a walkable demo, or a city-sized load.</summary>
public enum SeedScale
{
    Demo,
    City,
}

/// <summary>
/// The demo city: Stockholm's 13 districts with their schools, teaching groups, social services,
/// BUP clinics and police areas, and pupils around them. Every person, personal identity number,
/// phone number and e-mail address in it is fictitious. The same <c>today</c> always gives the same rows.
/// </summary>
public static class DemoCity
{
    /// <summary>Seeds only when the database has no districts; returns the number of pupils it created (0 when it skipped).</summary>
    public static async Task<int> SeedAsync(HubDbContext db, SeedScale scale, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Districts.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        // A provider with retries on transient faults (PostgreSQL) needs the transaction inside its strategy.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            (db, profile: SeedProfile.For(scale), today),
            (_, state, ct) => SeedInTransactionAsync(state.db, state.profile, state.today, ct),
            verifySucceeded: null,
            cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> SeedInTransactionAsync(HubDbContext db, SeedProfile profile, DateOnly today, CancellationToken cancellationToken)
    {
        // Change detection over a million tracked rows would dominate; every row is added, never modified.
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var writer = new BatchWriter(db, profile.BatchSize);
                var city = await OrganisationSeeder.SeedAsync(writer, today, cancellationToken).ConfigureAwait(false);
                await CooperationSeeder.SeedAsync(writer, city, today, cancellationToken).ConfigureAwait(false);
                var pupils = PupilPlanner.Plan(city, profile, today);
                PlacementPlanner.Plan(city, pupils, profile, today);
                await PupilSeeder.SeedAsync(writer, pupils, cancellationToken).ConfigureAwait(false);
                await RegisterNoticeSeeder.SeedAsync(writer, city, pupils, today, cancellationToken).ConfigureAwait(false);
                await PlacementSeeder.SeedAsync(writer, city, pupils, profile, today, cancellationToken).ConfigureAwait(false);
                await RsuGroupSeeder.SeedAsync(writer, city, pupils, today, cancellationToken).ConfigureAwait(false);
                await CaseSeeder.SeedAsync(writer, city, pupils, profile, today, cancellationToken).ConfigureAwait(false);
                await SipSeeder.SeedAsync(writer, city, pupils, profile, today, cancellationToken).ConfigureAwait(false);
                var consents = await ConsentSeeder.SeedAsync(writer, city, pupils, profile, today, cancellationToken).ConfigureAwait(false);
                await ConsentRequestSeeder.SeedAsync(writer, city, pupils, consents, today, cancellationToken).ConfigureAwait(false);
                await InformationRequestSeeder.SeedAsync(writer, db, city, pupils, today, cancellationToken).ConfigureAwait(false);
                await CareAndLeisureSeeder.SeedAsync(writer, city, pupils, today, cancellationToken).ConfigureAwait(false);
                await SipSeeder.LinkConsentsAsync(db, pupils, cancellationToken).ConfigureAwait(false);

                // The grades are seeded for the school year of today: its rollover is done, as a baseline.
                db.SchoolYearRollovers.Add(new SchoolYearRollover
                {
                    Year = SchoolYear.Of(today).StartYear,
                    RanOn = today,
                    RanAt = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                    Baseline = true,
                });
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return pupils.Count;
            }
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }
}
