using Hub.Access;
using Hub.Changes;
using Hub.Data;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.SchoolYears;

/// <summary>
/// The school-year rollover: on a school year's first day every pupil below grade 9 goes up a
/// grade, and grade 9 leaves compulsory school: its pupils' enrolments and placements end on the
/// last day of the year before (a placement with the reason). Nothing else of theirs changes; open
/// cases, consents and SIPs stay as they are. Each year is rolled over once, in one transaction
/// that first claims the year (<see cref="SchoolYearRollover"/>), and every record it changes is in
/// the record of changes with the hub as actor (<see cref="SystemChanges"/>).
/// </summary>
public sealed class SchoolYearChange(HubDbContext db, SchoolYearData data, HubClock clock, DatabaseProvider provider, ChangeSignal signal)
{
    /// <summary>The operation the record of changes names.</summary>
    public const string Operation = "schoolYearRollover";

    /// <summary>
    /// Makes the rollovers due on <paramref name="today"/>, oldest first (more than one only when the
    /// hub was down for a whole school year), and answers those this call made: none before a new
    /// school year's first day, nor when another instance made them first. A store that has none
    /// takes the grades of the year it is in as they stand, and records that year as its baseline.
    /// </summary>
    public async Task<IReadOnlyList<SchoolYearRollover>> RollOverDueAsync(DateOnly today, CancellationToken ct)
    {
        var current = SchoolYear.Of(today);
        var last = await db.SchoolYearRollovers.MaxAsync(r => (int?)r.Year, ct);
        if (last is null)
        {
            var baseline = new SchoolYearRollover { Year = current.StartYear, RanOn = today, RanAt = clock.UtcNow, Baseline = true };
            return await ClaimAsync(baseline, ct) ? [baseline] : [];
        }

        var made = new List<SchoolYearRollover>();
        for (var year = new SchoolYear(last.Value + 1); year.StartYear <= current.StartYear; year = year.Next)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var rollover = new SchoolYearRollover { Year = year.StartYear, RanOn = today, RanAt = clock.UtcNow };
            if (!await ClaimAsync(rollover, ct))
            {
                return made;
            }

            await RollOverAsync(rollover, year, ct);
            await transaction.CommitAsync(ct);
            signal.Pulse();
            made.Add(rollover);
        }

        return made;
    }

    private async Task RollOverAsync(SchoolYearRollover rollover, SchoolYear year, CancellationToken ct)
    {
        try
        {
            // Read all three before changing anyone: a pupil who goes up to grade 9 today is no leaver.
            var lastDay = year.Previous.LastDay;
            var enrolments = await data.LeaversEnrolmentsAsync(lastDay, ct);
            var placements = await data.LeaversPlacementsAsync(lastDay, ct);
            var pupils = await data.PupilsToAdvanceAsync(ct);
            foreach (var pupil in pupils)
            {
                pupil.Grade++;
            }

            foreach (var enrolment in enrolments)
            {
                enrolment.EndsOn = Later(enrolment.StartsOn, lastDay);
            }

            foreach (var placement in placements)
            {
                placement.EndsOn = Later(placement.StartsOn, lastDay);
                placement.EndReason = $"Left compulsory school after grade {SchoolYear.LastGrade}, at the end of the school year {year.Previous}.";
                placement.NextReviewOn = null;
            }

            rollover.PupilsAdvanced = pupils.Count;
            rollover.PupilsLeft = enrolments.Select(e => e.PupilId).Union(placements.Select(p => p.PupilId)).Count();
            var at = clock.UtcNow;
            pupils.ForEach(p => SystemChanges.Record(db, Operation, p, p.Id, p.Id, at));
            enrolments.ForEach(e => SystemChanges.Record(db, Operation, e, e.Id, e.PupilId, at));
            placements.ForEach(p => SystemChanges.Record(db, Operation, p, p.Id, p.PupilId, at));
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Records the year as rolled over; false when it already was (another instance, at the same moment).</summary>
    private async Task<bool> ClaimAsync(SchoolYearRollover rollover, CancellationToken ct)
    {
        try
        {
            if (await db.SchoolYearRollovers.AnyAsync(r => r.Year == rollover.Year, ct))
            {
                return false;
            }

            db.SchoolYearRollovers.Add(rollover);
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (provider.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
