using System.Text;

namespace Hub.Seeding;

/// <summary>
/// Small lists of Swedish-sounding names. Drawn at random and joined to generated personal identity
/// numbers, they name nobody in particular.
/// </summary>
internal static class Names
{
    private static readonly string[] Girls =
    [
        "Alva", "Astrid", "Ebba", "Elsa", "Ella", "Freja", "Ida", "Julia", "Klara", "Lilly", "Maja", "Saga",
        "Selma", "Signe", "Stella", "Vera", "Wilma", "Alice", "Agnes", "Ellen", "Hanna", "Linnea", "Moa", "Tilda",
    ];

    private static readonly string[] Boys =
    [
        "Hugo", "Liam", "Noah", "William", "Lucas", "Oliver", "Elias", "Adam", "Alexander", "Viktor", "Vincent", "Axel",
        "Leo", "Ludvig", "Theo", "Olle", "Nils", "Arvid", "Isak", "Melvin", "Sixten", "Albin", "Edvin", "Malte",
    ];

    private static readonly string[] Women =
    [
        "Anna", "Maria", "Karin", "Sara", "Emma", "Malin", "Jenny", "Sofia", "Johanna", "Linda", "Camilla", "Helena",
        "Frida", "Lena", "Elin", "Therese", "Jessica", "Ulrika", "Petra", "Annika",
    ];

    private static readonly string[] Men =
    [
        "Erik", "Johan", "Anders", "Fredrik", "Mikael", "Daniel", "Andreas", "Jonas", "Per", "Magnus", "Marcus",
        "Henrik", "Martin", "Niklas", "Stefan", "Mattias", "Tobias", "Patrik", "Joakim", "Robert",
    ];

    private static readonly string[] Families =
    [
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
        "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg", "Jakobsson",
        "Magnusson", "Lindström", "Olofsson", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg",
        "Lundgren", "Lundqvist", "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg",
        "Sjöberg", "Wallin", "Engström", "Eklund", "Danielsson", "Håkansson", "Björk", "Bergman", "Holmberg",
        "Nyström", "Söderberg", "Blomqvist", "Ström", "Åkesson", "Öberg", "Wikström",
    ];

    public static string Given(Random random, bool female, bool child) =>
        Pick(random, (female, child) switch
        {
            (true, true) => Girls,
            (false, true) => Boys,
            (true, false) => Women,
            (false, false) => Men,
        });

    public static string Family(Random random) => Pick(random, Families);

    /// <summary>A member of staff: names only, nobody's personal data is seeded for staff.</summary>
    public static string Staff(Random random) => $"{Given(random, random.Next(2) == 0, child: false)} {Family(random)}";

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Lower-case ASCII with dashes, for unit codes and e-mail addresses.</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            slug.Append(c switch
            {
                'å' or 'ä' => 'a',
                'ö' => 'o',
                'é' => 'e',
                ' ' => '-',
                _ => c,
            });
        }

        return slug.ToString();
    }

    /// <summary>An address in the reserved <c>.example</c> domain, so no mail can reach anyone.</summary>
    public static string Email(string person) => $"{Slug(person).Replace('-', '.')}@stockholm.example";
}
