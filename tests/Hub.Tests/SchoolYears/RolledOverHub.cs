using Hub.Records;
using Hub.SchoolYears;
using Hub.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.SchoolYears;

/// <summary>
/// A demo city (seeded on 23 November 2026, in the school year 2026/27) rolled over into 2027/28 by
/// the rollover itself, called with 1 July 2027; what it held before is kept for comparison. After
/// the rollover, staff read through <see cref="July"/>, the same store on 1 July 2027 (one hub writes
/// the store's access log at a time, so every read after the rollover goes through it).
/// </summary>
public sealed class RolledOverHub : HubFactory, IAsyncLifetime
{
    public static readonly DateOnly FirstDay = new(2027, 7, 1);
    public static readonly DateOnly LastDayBefore = new(2027, 6, 30);

    /// <summary>Every pupil before: grade and version.</summary>
    public Dictionary<int, (int? Grade, int Version)> PupilsBefore { get; private set; } = [];

    /// <summary>Grade 9's enrolments and placements that lasted past the school year's last day, as they were.</summary>
    public List<Enrolment> LeaversEnrolmentsBefore { get; private set; } = [];

    public List<Placement> LeaversPlacementsBefore { get; private set; } = [];

    /// <summary>Interventions not closed, before: the rollover leaves them open.</summary>
    public List<int> OpenInterventionsBefore { get; private set; } = [];

    public long LastChangeBefore { get; private set; }

    public IReadOnlyList<SchoolYearRollover> Made { get; private set; } = [];

    /// <summary>Theo Hansson (grade 9, Klubbacksskolan, Tellusborgsskolan's RSU) as the principal found him before the rollover.</summary>
    public Envelope TheoBefore { get; private set; } = new(0, "");

    public const string FindTheo = "{ pupils(search: \"Theo Hansson\") { totalCount nodes { grade } } }";

    public WebApplicationFactory<Program> July { get; private set; } = null!;

    public HubClient JulyClientFor(string persona) => new(July.CreateClient(), TokenFor(persona));

    public Task<IReadOnlyList<SchoolYearRollover>> RollOverAsync(DateOnly today)
    {
        var scope = Services.CreateAsyncScope();
        return Run();

        async Task<IReadOnlyList<SchoolYearRollover>> Run()
        {
            await using (scope)
            {
                return await scope.ServiceProvider.GetRequiredService<SchoolYearChange>().RollOverDueAsync(today, CancellationToken.None);
            }
        }
    }

    public async Task InitializeAsync()
    {
        WithDb(db =>
        {
            PupilsBefore = db.Pupils.AsNoTracking().ToDictionary(p => p.Id, p => (p.Grade, p.Version));
            var leavers = db.Pupils.Where(p => p.Grade == 9).Select(p => p.Id);
            LeaversEnrolmentsBefore = [.. db.Enrolments.AsNoTracking().Where(e => leavers.Contains(e.PupilId) && (e.EndsOn == null || e.EndsOn > LastDayBefore))];
            LeaversPlacementsBefore = [.. db.Placements.AsNoTracking().Where(p => leavers.Contains(p.PupilId) && (p.EndsOn == null || p.EndsOn > LastDayBefore))];
            OpenInterventionsBefore = [.. db.Interventions.Where(i => i.ClosedOn == null).Select(i => i.Id)];
            LastChangeBefore = db.Changes.Max(c => (long?)c.Sequence) ?? 0;
            return 0;
        });
        TheoBefore = await ClientFor("school-principal").PostAsync(FindTheo);
        Made = await RollOverAsync(FirstDay);
        July = WithWebHostBuilder(b => b.UseSetting("Hub:Today", "2027-07-01"));
    }

    async Task IAsyncLifetime.DisposeAsync() => await July.DisposeAsync();
}
