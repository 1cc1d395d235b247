using Hub.Data;
using Hub.Identity;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Audit;

/// <summary>
/// The answer to a guardian's "who has looked at my child's data?": per day, agency and unit, what
/// was read and on which basis. It names no member of staff (the person column is never read), and
/// for a pupil with a protected identity it names no unit either, since a school or group would
/// tell where the child is: not on any line, including reads logged before the protection was set.
/// </summary>
public sealed record GuardianReport(int? PupilId, bool UnitsWithheld, IReadOnlyList<GuardianReportLine> Lines, IReadOnlyList<GuardianReportEmergency> Emergencies)
{
    /// <summary>The answer for a personal identity number no pupil in the hub has: nobody has read anything, and there is no pupil to name.</summary>
    public static GuardianReport NoSuchPupil { get; } = new(null, false, [], []);

    private static readonly TimeZoneInfo Stockholm =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Stockholm", out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>
    /// Builds the report; <paramref name="protectedNow"/> (from the access layer) withholds every
    /// unit; <paramref name="emergencies"/> (from the access layer) are the break-glass openings to
    /// the pupil, told with their follow-up but without who opened them or why.
    /// </summary>
    public static async Task<GuardianReport> BuildAsync(
        HubDbContext db, UnitDirectory units, int pupilId, bool protectedNow, IReadOnlyList<EmergencyAccess> emergencies, CancellationToken cancellationToken)
    {
        var rows = await db.AccessLog.AsNoTracking()
            // The family's own reads through its view are in the log, for the officer; the report answers who else has read.
            .Where(e => e.PupilId == pupilId && e.Agency != nameof(Agency.Family))
            .Select(e => new Row(e.At, e.Agency, e.UnitCode, e.Categories, e.Basis, e.Emergency, e.ProtectedIdentity))
            .ToListAsync(cancellationToken);
        // Protected now withholds every row's unit, also those logged before; a protection since lifted still
        // withholds, since the units read while it held would tell where the child was.
        var withheld = protectedNow || rows.Exists(r => r.ProtectedIdentity);
        var unitNames = (await units.UnitsAsync(cancellationToken)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var lines = rows
            .GroupBy(r => (Day: DayOf(r.At), r.Agency, Unit: withheld ? null : unitNames.GetValueOrDefault(r.UnitCode, r.UnitCode)))
            .Select(g => new GuardianReportLine(
                g.Key.Day,
                Enum.Parse<Agency>(g.Key.Agency),
                g.Key.Unit,
                g.SelectMany(r => AccessLogEntryType.CategoriesOf(r.Categories)).Distinct().Order().ToList(),
                g.SelectMany(r => r.Basis.Split("; ", StringSplitOptions.RemoveEmptyEntries)).Distinct().Order(StringComparer.Ordinal).ToList(),
                g.Count(),
                g.Any(r => r.Emergency)))
            .OrderByDescending(l => l.Day).ThenBy(l => l.Agency).ThenBy(l => l.Unit, StringComparer.Ordinal)
            .ToList();
        var directory = (await units.UnitsAsync(cancellationToken)).ToDictionary(u => u.Id);
        var openings = emergencies
            .Select(e => new GuardianReportEmergency(
                DayOf(e.OpenedAt),
                directory.TryGetValue(e.UnitId, out var unit) ? unit.Agency : Agency.Oversight,
                withheld ? null : unit?.Name,
                e.ReviewDueOn,
                e.Review?.Outcome))
            .OrderByDescending(o => o.OpenedOn)
            .ToList();
        return new GuardianReport(pupilId, withheld, lines, openings);
    }

    private static DateOnly DayOf(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Stockholm));

    private sealed record Row(DateTime At, string Agency, string UnitCode, string Categories, string Basis, bool Emergency, bool ProtectedIdentity);
}

/// <summary>One emergency access to the pupil's data: when, by which agency and unit, and how its follow-up went (null: not yet reviewed).</summary>
public sealed record GuardianReportEmergency(DateOnly OpenedOn, Agency Agency, string? Unit, DateOnly ReviewDueOn, EmergencyReviewOutcome? Outcome);

/// <summary>What one agency's unit read of the pupil's data on one day.</summary>
public sealed record GuardianReportLine(
    DateOnly Day, Agency Agency, string? Unit, IReadOnlyList<DataCategory> Categories, IReadOnlyList<string> Bases, int Reads, bool Emergency);
