using System.Globalization;
using Hub.Records;

namespace Hub.Seeding;

/// <summary>Issues generated personal identity numbers and fictitious phone numbers.</summary>
internal sealed class People(Random random)
{
    private readonly HashSet<long> _issued = [];

    /// <summary>
    /// A unique 12-digit number with a valid check digit; the birth number's last digit is even for
    /// women and odd for men, as in real numbers, so that names and numbers agree.
    /// </summary>
    public string IdentityNumber(DateOnly birthDate, bool female)
    {
        var date = birthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        while (true)
        {
            var birthNumber = (random.Next(1, 500) * 2) + (female ? 0 : 1);
            var withoutCheck = string.Create(CultureInfo.InvariantCulture, $"{date}{birthNumber:D3}");
            var number = string.Create(
                CultureInfo.InvariantCulture,
                $"{withoutCheck}{PersonalIdentityNumber.CheckDigit(withoutCheck.AsSpan(2, 9))}");
            if (_issued.Add(long.Parse(number, CultureInfo.InvariantCulture)))
            {
                return number;
            }
        }
    }

    /// <summary>A mobile number from the range the telecoms regulator (PTS) reserves for fiction.</summary>
    public static string Mobile(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"070-174 06 {5 + (index % 95):D2}");

    /// <summary>A Stockholm number from the range PTS reserves for fiction.</summary>
    public static string Landline(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"08-465 004 {index % 100:D2}");
}
