using Hub.Access;
using Hub.Api;
using Hub.Records;

namespace Hub.Pupils;

/// <summary>The filters agencies page pupils by; each narrows only within what the caller may see.</summary>
public sealed record PupilFilter(string? District, string? School, int? Grade, PlacementLevel? PlacementLevel, string? Search, Deadline? Overdue = null)
{
    public const int MaxSearchLength = 100;

    /// <summary>Who may search by a personal identity number: whoever may read the whole one.</summary>
    public const string FullNumberRequirement =
        "a role that reads the whole personal identity number (a principal, an investigator or the pupil-health unit) to search by digits";

    public IQueryable<Pupil> Apply(IQueryable<Pupil> pupils, PersonalData data)
    {
        if (District is not null)
        {
            var districtId = Decode(District, "District", "district");
            pupils = pupils.Where(data.LocationVisible).Where(p => p.RegisteredDistrictId == districtId);
        }

        if (School is not null)
        {
            var schoolId = Decode(School, "Unit", "school");
            pupils = pupils.Where(data.LocationVisible).Where(p => p.HomeSchoolId == schoolId || p.Enrolments.Any(e => e.SchoolId == schoolId && e.EndsOn == null));
        }

        if (Grade is int grade)
        {
            pupils = grade is >= 0 and <= 9 ? pupils.Where(p => p.Grade == grade) : throw new InvalidInputError("grade", "must be between 0 and 9");
        }

        if (PlacementLevel is PlacementLevel level)
        {
            // Filtering on placements is reading them: only the placements the caller may read count.
            if (!data.Reads(DataCategory.Placement))
            {
                throw AccessDeniedError.ForRole(DataCategory.Placement, data.Caller.Role);
            }

            var today = data.Today;
            var placements = data.Placements;
            pupils = pupils.Where(p => placements.Any(pl => pl.PupilId == p.Id && pl.Level == level
                && pl.StartsOn <= today && (pl.EndsOn == null || pl.EndsOn > today)));
        }

        if (Overdue is Deadline deadline)
        {
            pupils = ApplyOverdue(pupils, deadline, data);
        }

        if (Search is { Length: > 0 } search)
        {
            pupils = ApplySearch(pupils, search.Trim(), data.Caller.Role);
        }

        return pupils;
    }

    /// <summary>The kinds of criteria given (never their values), for the access log's search row.</summary>
    public IEnumerable<string> Kinds()
    {
        (string Kind, bool Given)[] criteria =
        [
            ("district", District is not null), ("school", School is not null), ("grade", Grade is not null),
            ("placementLevel", PlacementLevel is not null), ("overdue", Overdue is not null),
            ("search by personal identity number", Search is { Length: > 0 } && PersonalIdentityNumber.IsValid(Search)),
            ("search by name", Search is { Length: > 0 } && !PersonalIdentityNumber.IsValid(Search)),
        ];
        return criteria.Where(c => c.Given).Select(c => c.Kind);
    }

    /// <summary>Pupils with an overdue deadline in records the caller may read: filtering on records is reading them.</summary>
    private static IQueryable<Pupil> ApplyOverdue(IQueryable<Pupil> pupils, Deadline deadline, PersonalData data)
    {
        var category = deadline switch
        {
            Deadline.PlacementReview => DataCategory.Placement,
            Deadline.PreliminaryAssessment => DataCategory.ReportOfConcern,
            _ => DataCategory.Investigation,
        };
        if (!data.Reads(category))
        {
            throw AccessDeniedError.ForRole(category, data.Caller.Role);
        }

        var today = data.Today;
        if (deadline == Deadline.PlacementReview)
        {
            var placements = data.Placements;
            return pupils.Where(p => placements.Any(pl => pl.PupilId == p.Id && pl.Level == Records.PlacementLevel.Rsu
                && pl.StartsOn <= today && (pl.EndsOn == null || pl.EndsOn > today) && pl.NextReviewOn < today));
        }

        var open = data.Interventions.Where(i => i.OpenedOn <= today && (i.ClosedOn == null || i.ClosedOn > today));
        var assessments = data.Interventions.OfType<PreliminaryAssessment>();
        return deadline == Deadline.PreliminaryAssessment
            ? pupils.Where(p => open.OfType<ReportOfConcern>().Any(r => r.PupilId == p.Id && r.AssessmentDueOn < today
                && !assessments.Any(a => a.ReportId == r.Id && a.Decision != null)))
            : pupils.Where(p => open.OfType<Investigation>().Any(i => i.PupilId == p.Id && i.DueOn < today));
    }

    private static IQueryable<Pupil> ApplySearch(IQueryable<Pupil> pupils, string search, Role role)
    {
        if (search.Length > MaxSearchLength)
        {
            throw new InvalidInputError("search", $"must be at most {MaxSearchLength} characters");
        }

        // Searching by a number is reading it: a role that sees YYYYMMDD-XXXX could otherwise count
        // its way to the last four digits. Refused on the digits alone, before any row is looked at,
        // so the refusal is the same whether or not such a pupil exists.
        if (search.Any(char.IsAsciiDigit) && !RolePolicy.SeesFullIdentityNumber(role))
        {
            throw new AccessDeniedError(DataCategory.Identity, FullNumberRequirement);
        }

        if (PersonalIdentityNumber.TryNormalize(search, out var number, out _))
        {
            return pupils.Where(p => p.PersonalIdentityNumber == number);
        }

        var term = search.ToLowerInvariant();
#pragma warning disable CA1862 // ToLower is what translates to SQL on every provider; StringComparison does not.
        return pupils.Where(p => (p.GivenName + " " + p.FamilyName).ToLower().Contains(term));
#pragma warning restore CA1862
    }

    private static int Decode(string id, string type, string argument) =>
        GlobalId.DecodeArgument(id, type, argument);
}
