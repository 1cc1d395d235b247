using Hub.Changes;
using Hub.Records;

namespace Hub.Pupils;

/// <summary>
/// What makes a pupil's and a guardian's identity sound, whoever records it: <c>enrolPupil</c> and
/// <c>registerGuardian</c> refuse by these rules, and the demo city is held to them.
/// </summary>
public static class PupilRules
{
    public const int MaxNameLength = 100;

    /// <summary>Compulsory school has grades 0 (förskoleklass) to 9.</summary>
    public static bool GradeFits(int grade) => grade is >= SchoolYear.FirstGrade and <= SchoolYear.LastGrade;

    /// <summary>A child never enrolled (known from a report of concern only) has neither grade nor home school; an enrolled pupil has both.</summary>
    public static bool Enrolled(Pupil pupil) => pupil.HomeSchoolId is not null;

    /// <summary>Every rule the pupil's identity breaks, in words; <paramref name="unit"/> finds a unit of the directory.</summary>
    public static IEnumerable<string> ProblemsOf(Pupil pupil, Func<int, Unit> unit)
    {
        foreach (var problem in NumberProblems(pupil.PersonalIdentityNumber).Concat(NameProblems(pupil.GivenName, pupil.FamilyName)))
        {
            yield return problem;
        }

        if (PersonalIdentityNumber.IsValid(pupil.PersonalIdentityNumber) && PersonalIdentityNumber.BirthDate(pupil.PersonalIdentityNumber) != pupil.BirthDate)
        {
            yield return $"born {pupil.BirthDate:yyyy-MM-dd}, not the day the personal identity number gives";
        }

        if ((pupil.Grade is null) != (pupil.HomeSchoolId is null))
        {
            yield return "a grade without a home school, or a home school without a grade";
        }

        if (pupil.Grade is int grade && !GradeFits(grade))
        {
            yield return $"grade {grade} is not a grade of compulsory school (0–9)";
        }

        if (pupil.HomeSchoolId is int homeId && unit(homeId) is { Kind: not UnitKind.School } home)
        {
            yield return $"home school {home.Name} is not a school";
        }
    }

    /// <summary>Every rule the guardian's identity breaks, in words.</summary>
    public static IEnumerable<string> ProblemsOf(Guardian guardian)
    {
        foreach (var problem in NumberProblems(guardian.PersonalIdentityNumber).Concat(NameProblems(guardian.GivenName, guardian.FamilyName)))
        {
            yield return problem;
        }

        if (guardian.Phone is { } phone && !Write.Fits(phone, CustodyMutations.MaxPhoneLength))
        {
            yield return $"phone '{phone}' is blank, untrimmed or longer than {CustodyMutations.MaxPhoneLength} characters";
        }
    }

    private static IEnumerable<string> NumberProblems(string number)
    {
        if (!PersonalIdentityNumber.TryNormalize(number, out var normalized, out var problem))
        {
            yield return $"personal identity number {number} {problem}";
        }
        else if (normalized != number)
        {
            yield return $"personal identity number {number} is not stored in its 12-digit form";
        }
    }

    private static IEnumerable<string> NameProblems(string givenName, string familyName)
    {
        foreach (var name in new[] { givenName, familyName }.Where(n => !Write.Fits(n, MaxNameLength)))
        {
            yield return $"name '{name}' is blank, untrimmed or longer than {MaxNameLength} characters";
        }
    }
}
