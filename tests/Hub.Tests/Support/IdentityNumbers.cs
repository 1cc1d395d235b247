using System.Globalization;
using Hub.Records;

namespace Hub.Tests.Support;

/// <summary>Valid personal identity numbers that nobody in a test hub has yet, for the mutations that add people.</summary>
public static class IdentityNumbers
{
    private static int _serial;

    /// <summary>A number for someone born on <paramref name="birth"/>, written YYYYMMDD-NNNN, with a valid check digit.</summary>
    public static string Fresh(HubFactory hub, DateOnly birth) => hub.WithDb(db =>
    {
        while (true)
        {
            var birthNumber = 300 + (Interlocked.Increment(ref _serial) % 500);
            var nine = birth.ToString("yyMMdd", CultureInfo.InvariantCulture) + birthNumber.ToString("D3", CultureInfo.InvariantCulture);
            var number = birth.ToString("yyyy", CultureInfo.InvariantCulture)[..2] + nine + PersonalIdentityNumber.CheckDigit(nine);
            if (!db.Pupils.Any(p => p.PersonalIdentityNumber == number) && !db.Guardians.Any(g => g.PersonalIdentityNumber == number))
            {
                return PersonalIdentityNumber.Format(number);
            }
        }
    });

    /// <summary>The same number with its check digit off by one.</summary>
    public static string WithWrongCheckDigit(string number) => number[..^1] + (char)('0' + ((number[^1] - '0' + 1) % 10));
}
