using Hub.Data;
using Hub.Records;
using Hub.SchoolYears;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.SchoolYears;

/// <summary>The job that makes the rollover, driven by the hub's date: nothing before the school year's first day, nothing twice.</summary>
public sealed class SchoolYearJobTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task Check_FreshDemoCity_ItsSchoolYearIsAlreadyRolledOver()
    {
        // act
        var made = await StoreContents.UnchangedAsync(hub, () => hub.Services.GetRequiredService<SchoolYearJob>().CheckAsync(CancellationToken.None));

        // assert
        Assert.Empty(made);
        var seeded = Assert.Single(hub.WithDb(db => db.SchoolYearRollovers.AsNoTracking().ToList()));
        Assert.Equal((2026, true), (seeded.Year, seeded.Baseline));
    }

    [Theory]
    [InlineData("2027-06-30")]
    [InlineData("2026-11-24")]
    public async Task RollOver_BeforeTheNextSchoolYearsFirstDay_ChangesNothing(string today)
    {
        // act
        var made = await StoreContents.UnchangedAsync(hub, () => RollOverAsync(hub, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

        // assert
        Assert.Empty(made);
    }

    [Fact]
    public async Task SchoolYearJob_HubStartsOnTheFirstDay_RollsOverOnItsOwn()
    {
        // arrange
        using var fresh = new HubFactory();
        var grades = fresh.WithDb(db => db.Pupils.AsNoTracking().Where(p => p.Grade < 9).ToDictionary(p => p.Id, p => p.Grade));

        // act
        using var july = fresh.WithWebHostBuilder(b => b.UseSetting("Hub:Today", "2027-07-01"));
        _ = july.Server;
        var rollover = await WaitForAsync(fresh, 2027);

        // assert
        Assert.Equal((new DateOnly(2027, 7, 1), false, grades.Count), (rollover.RanOn, rollover.Baseline, rollover.PupilsAdvanced));
        Assert.All(fresh.WithDb(db => db.Pupils.AsNoTracking().Where(p => grades.Keys.Contains(p.Id)).ToList()), p => Assert.Equal(grades[p.Id] + 1, p.Grade));
    }

    [Fact]
    public async Task RollOver_StoreWithNoRolloverRecorded_TakesTheGradesAsTheyStandAsItsBaseline()
    {
        // arrange
        // (Without the job, which would otherwise take the baseline itself when it starts.)
        using var seeded = new HubFactory();
        using var fresh = seeded.WithWebHostBuilder(b => b.UseSetting("Hub:SchoolYear:Enabled", "false"));
        using var store = fresh.Services.CreateScope();
        var db = store.ServiceProvider.GetRequiredService<HubDbContext>();
        db.SchoolYearRollovers.ExecuteDelete();
        var grades = db.Pupils.AsNoTracking().ToDictionary(p => p.Id, p => p.Grade);
        var lastChange = db.Changes.Max(c => (long?)c.Sequence) ?? 0;

        // act
        await using var scope = fresh.Services.CreateAsyncScope();
        var made = await scope.ServiceProvider.GetRequiredService<SchoolYearChange>().RollOverDueAsync(new DateOnly(2027, 7, 1), CancellationToken.None);

        // assert
        var baseline = Assert.Single(made);
        Assert.Equal((2027, true, 0, 0), (baseline.Year, baseline.Baseline, baseline.PupilsAdvanced, baseline.PupilsLeft));
        Assert.Equal(grades, db.Pupils.AsNoTracking().ToDictionary(p => p.Id, p => p.Grade));
        Assert.False(db.Changes.Any(c => c.Sequence > lastChange));
    }

    private static async Task<IReadOnlyList<SchoolYearRollover>> RollOverAsync(HubFactory hub, DateOnly today)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SchoolYearChange>().RollOverDueAsync(today, CancellationToken.None);
    }

    private static async Task<SchoolYearRollover> WaitForAsync(HubFactory hub, int year)
    {
        for (var i = 0; i < 300; i++)
        {
            if (hub.WithDb(db => db.SchoolYearRollovers.AsNoTracking().SingleOrDefault(r => r.Year == year)) is { } rollover)
            {
                return rollover;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The job did not roll over {year} within 30 s.");
    }
}
