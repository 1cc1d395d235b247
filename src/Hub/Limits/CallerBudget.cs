using System.Collections.Concurrent;
using GraphQL.Validation;
using Hub.Identity;
using Hub.Transport;
using Microsoft.Extensions.Options;

namespace Hub.Limits;

/// <summary>
/// The complexity each identity may spend per window (<see cref="LimitsOptions.CostPerWindow"/>
/// per <see cref="LimitsOptions.Window"/>): one caller sending many costly documents from many
/// clients is refused, with when to come back, instead of slowing everyone else down. Windows are
/// fixed (they start at multiples of the window on the clock), and a refused document costs nothing.
/// </summary>
internal sealed class CallerBudget(IOptions<LimitsOptions> options, TimeProvider time) : IRequestBudget
{
    private readonly ConcurrentDictionary<string, Spending> _spent = new(StringComparer.Ordinal);

    /// <summary>How many identities have spending on record: old windows are dropped, so this stays small.</summary>
    public int Tracked => _spent.Count;

    public async ValueTask<TimeSpan?> ChargeAsync(ValidationContext context, double cost)
    {
        var callers = context.RequestServices?.GetService<CallerContext>();
        if (callers is null || context.User is null || !await callers.ResolveAnyAsync(context.User, default))
        {
            return null;
        }

        // A family member spends from a budget of their own, as staff do.
        var key = callers.Family is { } member ? IdentityKey.Of(member) : IdentityKey.Of(callers.Current);

        var limits = options.Value;
        var now = time.GetUtcNow();
        var window = now.UtcTicks / limits.Window.Ticks;
        var spending = _spent.GetOrAdd(key, _ => new Spending());
        bool granted;
        lock (spending)
        {
            if (spending.Window != window)
            {
                spending.Window = window;
                spending.Cost = 0;
            }

            granted = spending.Cost + cost <= limits.CostPerWindow;
            if (granted)
            {
                spending.Cost += cost;
            }
        }

        Forget(window);
        return granted ? null : new DateTimeOffset((window + 1) * limits.Window.Ticks, TimeSpan.Zero) - now;
    }

    /// <summary>Identities that spent nothing in this window or the last are forgotten: no memory per caller outlives its use.</summary>
    private void Forget(long window)
    {
        if (_spent.Count < 1000)
        {
            return;
        }

        foreach (var (key, spending) in _spent)
        {
            if (spending.Window < window - 1)
            {
                _spent.TryRemove(key, out _);
            }
        }
    }

    private sealed class Spending
    {
        public long Window { get; set; } = -1;

        public double Cost { get; set; }
    }
}
