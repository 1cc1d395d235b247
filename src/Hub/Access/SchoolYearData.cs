using Hub.Data;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Access;

/// <summary>
/// The school-year rollover's door: the hub's own yearly change, which no caller makes. It hands
/// the rollover, tracked for change, exactly the records it changes: the pupils below grade 9, and
/// the enrolments and placements of grade 9 that last past the school year's last day. Nothing it
/// hands out leaves the hub, so nothing is written to the access log; every change it makes is in
/// the record of changes.
/// </summary>
public sealed class SchoolYearData(HubDbContext db)
{
    /// <summary>Every pupil who goes up a grade.</summary>
    public Task<List<Pupil>> PupilsToAdvanceAsync(CancellationToken ct) =>
        db.Pupils.Where(p => p.Grade < SchoolYear.LastGrade).OrderBy(p => p.Id).ToListAsync(ct);

    /// <summary>The enrolments of grade 9's pupils that last past <paramref name="lastDay"/>: they leave.</summary>
    public Task<List<Enrolment>> LeaversEnrolmentsAsync(DateOnly lastDay, CancellationToken ct) =>
        db.Enrolments.Where(e => (e.EndsOn == null || e.EndsOn > lastDay) && db.Pupils.Any(p => p.Id == e.PupilId && p.Grade == SchoolYear.LastGrade))
            .OrderBy(e => e.Id).ToListAsync(ct);

    /// <summary>The placements of grade 9's pupils that last past <paramref name="lastDay"/>: they end with the schooling.</summary>
    public Task<List<Placement>> LeaversPlacementsAsync(DateOnly lastDay, CancellationToken ct) =>
        db.Placements.Where(p => (p.EndsOn == null || p.EndsOn > lastDay) && db.Pupils.Any(q => q.Id == p.PupilId && q.Grade == SchoolYear.LastGrade))
            .OrderBy(p => p.Id).ToListAsync(ct);
}
