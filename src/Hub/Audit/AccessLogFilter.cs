using GraphQL;
using Hub.Api;
using Hub.Records;

namespace Hub.Audit;

/// <summary>The data-protection officer's filters on the access log, checked before any row is read.</summary>
public sealed record AccessLogFilter(int? PupilId, string? Person, string? Unit, DateTime? From, DateTime? To, bool EmergencyOnly)
{
    private const int MaxPersonLength = 100;
    private const int MaxUnitLength = 60;

    public static AccessLogFilter Parse(IResolveFieldContext c)
    {
        int? pupilId = null;
        if (c.GetArgument<string?>("pupil") is { } pupil)
        {
            pupilId = GlobalId.DecodeArgument(pupil, RecordKinds.Pupil.TypeName, "pupil");
        }

        var person = c.GetArgument<string?>("person");
        if (person is { Length: 0 or > MaxPersonLength })
        {
            throw new InvalidInputError("person", $"must be a person id of 1–{MaxPersonLength} characters");
        }

        var unit = c.GetArgument<string?>("unit");
        if (unit is { Length: 0 or > MaxUnitLength })
        {
            throw new InvalidInputError("unit", $"must be a unit code of 1–{MaxUnitLength} characters");
        }

        var (from, to) = PeriodArguments.Read(c);
        return new AccessLogFilter(pupilId, person, unit, from, to, c.GetArgument("emergencyOnly", false));
    }

    public IQueryable<AccessLogEntry> Apply(IQueryable<AccessLogEntry> rows)
    {
        if (PupilId is int pupilId)
        {
            rows = rows.Where(e => e.PupilId == pupilId);
        }

        if (Person is not null)
        {
            rows = rows.Where(e => e.PersonId == Person);
        }

        if (Unit is not null)
        {
            rows = rows.Where(e => e.UnitCode == Unit);
        }

        if (From is DateTime from)
        {
            rows = rows.Where(e => e.At >= from);
        }

        if (To is DateTime to)
        {
            rows = rows.Where(e => e.At <= to);
        }

        return EmergencyOnly ? rows.Where(e => e.Emergency) : rows;
    }
}
