using GraphQL.Types;
using Hub.Changes;
using Hub.Records;
using static Hub.Changes.Write;

namespace Hub.Attendance;

/// <summary>
/// Termly absence, reported by the school the pupil is enrolled at: one report per pupil, term
/// and school, which the school corrects (under optimistic concurrency) instead of adding another.
/// A teaching group reports through the pupil's home school.
/// </summary>
public static class AbsenceMutations
{
    private static readonly Who SchoolStaff = Who.Of(Agency.School, "a school's principal or teacher", Role.Principal, Role.Teacher);

    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<ReportAbsenceInputType, ReportAbsenceInput, AbsencePayloadType>("reportAbsence",
            "Reports a pupil's absence for a term at the caller's school, or corrects the school's report for that term.", SchoolStaff, ReportAsync);

    private static async Task<object> ReportAsync(Write w, ReportAbsenceInput input)
    {
        var pupil = await w.PupilAsync(input.PupilId);
        if (pupil.HomeSchoolId != w.Caller.UnitId)
        {
            throw Refuse(UserErrorCode.NotPermitted, "pupilId", "Absence is reported by the school the pupil is enrolled at.");
        }

        if (!Term.TryParse(input.Term, out var term))
        {
            throw Refuse(UserErrorCode.Invalid, "term", "Not a term: expected e.g. 2026-HT (autumn) or 2026-VT (spring).");
        }

        if (!AbsenceRules.Started(term, w.Today))
        {
            throw Refuse(UserErrorCode.Invalid, "term", $"The term {term} has not started (it starts on {term.StartsOn:yyyy-MM-dd}).");
        }

        if (!AbsenceRules.PercentFits(input.Percent))
        {
            throw Refuse(UserErrorCode.Invalid, "percent", "Absence is a percentage of scheduled time: 0–100.");
        }

        var name = term.ToString();
        var school = w.Caller.UnitId;
        var record = await w.Store.AbsenceReportAsync(pupil.Id, name, school, w.Cancel);
        if (record is null)
        {
            // A version names a report the caller believes exists; with none there, the caller means another pupil or term.
            if (input.Version is not null)
            {
                throw Refuse(UserErrorCode.Invalid, "version", $"The school has no report for {name} to correct: leave the version out for the first report.");
            }

            record = new AbsenceRecord { PupilId = pupil.Id, SchoolId = school, Term = name, OwnerAuthority = w.Caller.Authority };
            w.Store.Add(record);
        }
        else
        {
            w.Expect(record, input.Version ?? throw Refuse(UserErrorCode.StaleVersion, "version",
                $"The school already reported {name} (version {record.Version}): read it and pass its version to correct it."));
        }

        record.Percent = input.Percent;
        record.ReportedOn = w.Today;
        return record;
    }
}
