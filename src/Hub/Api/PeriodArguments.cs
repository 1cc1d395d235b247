using GraphQL;

namespace Hub.Api;

/// <summary>
/// A period asked for by the arguments <c>from</c> and <c>to</c> (instants), as the officer's lists
/// take it: in UTC, as the hub keeps time (an instant given without an offset is taken as UTC), and
/// refused when it ends before it starts.
/// </summary>
public static class PeriodArguments
{
    public static (DateTime? From, DateTime? To) Read(IResolveFieldContext c)
    {
        var from = Utc(c.GetArgument<DateTime?>("from"));
        var to = Utc(c.GetArgument<DateTime?>("to"));
        return from > to ? throw new InvalidInputError("from", "must not be later than 'to'") : (from, to);
    }

    private static DateTime? Utc(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
        { } other => DateTime.SpecifyKind(other, DateTimeKind.Utc),
    };
}
