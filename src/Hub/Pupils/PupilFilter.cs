using Hub.Access;
using Hub.Api;
using Hub.Organisation;

namespace Hub.Pupils;

/// <summary>The filters agencies page pupils by; each narrows only within what the caller may see.</summary>
public sealed record PupilFilter(string? District, string? School, int? Grade, PlacementLevel? PlacementLevel, string? Search)
{
    public const int MaxSearchLength = 100;

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

        if (Search is { Length: > 0 } search)
        {
            pupils = ApplySearch(pupils, search.Trim());
        }

        return pupils;
    }

    private static IQueryable<Pupil> ApplySearch(IQueryable<Pupil> pupils, string search)
    {
        if (search.Length > MaxSearchLength)
        {
            throw new InvalidInputError("search", $"must be at most {MaxSearchLength} characters");
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
