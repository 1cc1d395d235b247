using System.Text;
using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;

namespace Hub.Tests.Pupils;

/// <summary>
/// Whoever sees YYYYMMDD-XXXX may not search by the digits behind the X's: the counting attack
/// (hundreds of aliased searches, one per candidate number) is refused before any row is read,
/// and a full-number search answers the same whether or not the number exists.
/// </summary>
public sealed class NumberSearchTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string CountBySearch = "query($s: String) { pupils(search: $s) { totalCount } }";

    [Fact]
    public async Task Pupils_FourHundredAliasedCountsByCandidateNumbers_RefusedAndRevealsNothing()
    {
        // arrange: 400 candidates for an RSU pupil's masked number, the real one among them, and the same without it.
        var (_, number) = await RsuPupilAsync();
        var candidates = Candidates(number, 400);
        var withReal = CountingDocument(candidates);
        var absent = IdentityNumbers.Fresh(hub, PersonalIdentityNumber.BirthDate(number)!.Value).Replace("-", string.Empty, StringComparison.Ordinal);
        var withoutReal = CountingDocument(candidates.Select(c => c == number ? absent : c).ToList());
        var client = hub.ClientFor("rsu-teacher");

        // act
        var attack = await client.PostAsync(withReal);
        var control = await client.PostAsync(withoutReal);

        // assert
        Assert.Contains(number, candidates);
        Assert.Null(attack.Body["data"]);
        Assert.Equal("TOO_MANY_ROOT_FIELDS", (string?)attack.Errors![0]["extensions"]!["code"]);
        Assert.Equal(control.Text, attack.Text);
    }

    [Fact]
    public async Task Pupils_MaskedRoleSearchesAFullNumber_SameRefusalWhetherOrNotItExists()
    {
        // arrange
        var (_, number) = await RsuPupilAsync();
        var absent = IdentityNumbers.Fresh(hub, PersonalIdentityNumber.BirthDate(number)!.Value);
        var client = hub.ClientFor("rsu-teacher");

        // act
        var existing = await client.PostAsync(CountBySearch, new { s = PersonalIdentityNumber.Format(number) });
        var missing = await client.PostAsync(CountBySearch, new { s = absent });

        // assert
        Assert.Equal("ACCESS_DENIED", (string?)existing.Errors![0]["extensions"]!["code"]);
        Assert.Equal(JsonNull, existing.Body["data"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal(existing.Text, missing.Text);
    }

    [Fact]
    public async Task Pupils_MaskedRoleSearchesDigitsWithAWrongCheckDigit_SameRefusal()
    {
        // arrange
        var (_, number) = await RsuPupilAsync();
        var client = hub.ClientFor("rsu-teacher");

        // act
        var valid = await client.PostAsync(CountBySearch, new { s = PersonalIdentityNumber.Format(number) });
        var invalid = await client.PostAsync(CountBySearch, new { s = IdentityNumbers.WithWrongCheckDigit(PersonalIdentityNumber.Format(number)) });

        // assert
        Assert.Equal(valid.Text, invalid.Text);
    }

    [Fact]
    public async Task Pupils_PrincipalSearchesAFullNumber_CountsThePupilOnlyWhenItExists()
    {
        // arrange: the positive control, by a role that reads whole numbers.
        var client = hub.ClientFor("school-principal");
        var first = (await client.PostAsync("{ pupils(first: 1) { nodes { personalIdentityNumber birthDate } } }")).Data["pupils"]!["nodes"]![0]!;
        var number = (string)first["personalIdentityNumber"]!;
        var absent = IdentityNumbers.Fresh(hub, DateOnly.Parse((string)first["birthDate"]!, System.Globalization.CultureInfo.InvariantCulture));

        // act
        var existing = await client.PostAsync(CountBySearch, new { s = number });
        var missing = await client.PostAsync(CountBySearch, new { s = absent });

        // assert
        Assert.Equal(1, (int)existing.Data["pupils"]!["totalCount"]!);
        Assert.Equal(0, (int)missing.Data["pupils"]!["totalCount"]!);
    }

    private const string JsonNull = "null";

    /// <summary>An RSU pupil the teacher sees masked: its id and its whole number, from the database.</summary>
    private async Task<(int Id, string Number)> RsuPupilAsync()
    {
        var page = await hub.ClientFor("rsu-teacher").PostAsync("{ pupils(first: 1) { nodes { id personalIdentityNumber } } }");
        var node = page.Data["pupils"]!["nodes"]![0]!;
        Assert.EndsWith("-XXXX", (string)node["personalIdentityNumber"]!, StringComparison.Ordinal);
        GlobalId.TryDecode((string)node["id"]!, "Pupil", out var id);
        return (id, hub.WithDb(db => db.Pupils.Single(p => p.Id == id).PersonalIdentityNumber));
    }

    /// <summary>Valid numbers with the pupil's date of birth, the pupil's own among the first <paramref name="count"/>.</summary>
    private static List<string> Candidates(string number, int count)
    {
        var nines = Enumerable.Range(0, 1000).Select(n => number[2..8] + n.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
        var all = nines.Select(nine => number[..2] + nine + PersonalIdentityNumber.CheckDigit(nine)).ToList();
        var own = all.IndexOf(number);
        return all.Skip(Math.Max(0, Math.Min(own - (count / 2), all.Count - count))).Take(count).ToList();
    }

    private static string CountingDocument(List<string> candidates)
    {
        var document = new StringBuilder("{");
        for (var i = 0; i < candidates.Count; i++)
        {
            document.Append(System.Globalization.CultureInfo.InvariantCulture, $" n{i}: pupils(search: \"{candidates[i]}\") {{ totalCount }}");
        }

        return document.Append(" }").ToString();
    }
}
