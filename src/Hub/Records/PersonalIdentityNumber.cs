using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Hub.Records;

/// <summary>
/// A Swedish personal identity number (personnummer) in its 12-digit form YYYYMMDDNNNC, where C is
/// the Luhn check digit over the last ten digits. Coordination numbers (day + 60) are accepted.
/// </summary>
public static class PersonalIdentityNumber
{
    /// <summary>Parses "YYYYMMDD-NNNC", "YYYYMMDDNNNC" or "YYYYMMDD+NNNC" into the 12-digit form.</summary>
    public static bool TryNormalize(string? input, [NotNullWhen(true)] out string? normalized, out string? problem)
    {
        normalized = null;
        var digits = (input ?? string.Empty).Trim().Replace("-", string.Empty, StringComparison.Ordinal)
            .Replace("+", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 12 || !digits.All(char.IsAsciiDigit))
        {
            problem = "must be 12 digits: YYYYMMDD-NNNN";
            return false;
        }

        if (BirthDate(digits) is null)
        {
            problem = "does not start with a valid date of birth";
            return false;
        }

        if (CheckDigit(digits.AsSpan(2, 9)) != digits[11] - '0')
        {
            problem = "has a wrong check digit";
            return false;
        }

        problem = null;
        normalized = digits;
        return true;
    }

    public static bool IsValid(string? input) => TryNormalize(input, out _, out _);

    /// <summary>The date of birth in a normalized number, or null when it is not a date.</summary>
    public static DateOnly? BirthDate(string normalized)
    {
        var year = int.Parse(normalized.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(normalized.AsSpan(4, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(normalized.AsSpan(6, 2), CultureInfo.InvariantCulture);
        if (day > 60)
        {
            day -= 60;
        }

        return year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>The Luhn digit for the nine digits YYMMDDNNN.</summary>
    public static int CheckDigit(ReadOnlySpan<char> nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < nineDigits.Length; i++)
        {
            var d = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>Formats as YYYYMMDD-NNNN.</summary>
    public static string Format(string normalized) => $"{normalized[..8]}-{normalized[8..]}";

    /// <summary>Formats as YYYYMMDD-XXXX: the date of birth without the part that singles out a person.</summary>
    public static string Mask(string normalized) => $"{normalized[..8]}-XXXX";
}
