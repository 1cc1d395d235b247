using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace Hub.Changes;

/// <summary>
/// The one range every day in every mutation's input must lie in, checked before any handler runs:
/// from <see cref="Earliest"/> to <see cref="YearsAhead"/> years after the business date. Nothing the
/// hub records happened before 1900, and nothing it plans (a start, a review, a due day, the end of
/// a consent) lies further ahead; outside the range a handler's own date arithmetic
/// (<c>validFrom + 12 months</c>) could overflow into an internal error. The kinds of day narrow it
/// further where they are checked: a record of what happened is not in the future
/// (<see cref="Write.NotFuture"/>), a consent lasts at most twelve months.
/// </summary>
public static class InputDates
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public const int YearsAhead = 2;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>Refuses the first day outside the range, naming its input field (e.g. <c>signatures.0.signedOn</c>).</summary>
    public static void Check(object input, DateOnly today) => Check(input, "", today.AddYears(YearsAhead));

    private static void Check(object value, string path, DateOnly latest)
    {
        foreach (var property in Properties.GetOrAdd(value.GetType(), Inspectable))
        {
            var field = path + char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            switch (property.GetValue(value))
            {
                case DateOnly day when day < Earliest:
                    throw Write.Refuse(UserErrorCode.Invalid, field, $"{day:yyyy-MM-dd} is before {Earliest:yyyy-MM-dd}, the earliest day the hub records.");
                case DateOnly day when day > latest:
                    throw Write.Refuse(UserErrorCode.Invalid, field, $"{day:yyyy-MM-dd} is more than {YearsAhead} years ahead (at most {latest:yyyy-MM-dd}).");
                case IEnumerable items and not string:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is not null && IsInput(item.GetType()))
                        {
                            Check(item, $"{field}.{index}.", latest);
                        }

                        index++;
                    }

                    break;
                case { } nested when IsInput(nested.GetType()):
                    Check(nested, field + ".", latest);
                    break;
            }
        }
    }

    private static PropertyInfo[] Inspectable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToArray();

    /// <summary>The hub's own input classes; a string, a number or an enum holds no day.</summary>
    private static bool IsInput(Type type) => type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Hub.", StringComparison.Ordinal) == true;
}
