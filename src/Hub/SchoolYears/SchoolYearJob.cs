using Hub.Data;
using Hub.Records;
using Microsoft.Extensions.Options;

namespace Hub.SchoolYears;

/// <summary>
/// The school year's scheduled job: when the hub starts, and then every
/// <c>Hub:SchoolYear:CheckInterval</c>, it makes the rollovers due by the hub's date
/// (<see cref="HubClock"/>, so a pinned date drives it). A year is rolled over once, so a restart,
/// a second instance or a check the same day changes nothing; a failed check is tried again at the next.
/// </summary>
public sealed partial class SchoolYearJob(
    IServiceScopeFactory scopes, HubClock clock, TimeProvider time, IOptions<SchoolYearOptions> options, ILogger<SchoolYearJob> log) : BackgroundService
{
    /// <summary>One check on the hub's date: what the job does at each tick, for tests to call without waiting.</summary>
    public async Task<IReadOnlyList<SchoolYearRollover>> CheckAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var made = await scope.ServiceProvider.GetRequiredService<SchoolYearChange>().RollOverDueAsync(clock.Today, ct);
        foreach (var rollover in made)
        {
            LogRolledOver(log, new SchoolYear(rollover.Year), rollover.Baseline, rollover.PupilsAdvanced, rollover.PupilsLeft);
        }

        return made;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CheckAsync(stoppingToken);
                await Task.Delay(options.Value.CheckInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed check (a locked database, a concurrent change) is retried at the next one.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogCheckFailed(log, exception);
                await Task.Delay(options.Value.CheckInterval, time, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "School year {Year} rolled over (baseline: {Baseline}): {Advanced} pupils went up a grade, {Left} left after grade 9")]
    private static partial void LogRolledOver(ILogger logger, SchoolYear year, bool baseline, int advanced, int left);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The school-year check failed; trying again at the next")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
