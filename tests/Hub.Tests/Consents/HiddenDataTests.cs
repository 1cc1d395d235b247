using Hub.Api;
using Hub.Identity;
using Hub.Tests.Support;

namespace Hub.Tests.Consents;

/// <summary>
/// No leaks by existence: two hubs whose only difference is data one persona may not see answer
/// that persona byte for byte the same, for the pupil, its access, the count and the filters.
/// </summary>
public sealed class HiddenDataTests(HiddenDataTests.TwoWorlds worlds) : IClassFixture<HiddenDataTests.TwoWorlds>
{
    private const string PupilQuery = """
        query($id: ID!) {
          pupil(id: $id) {
            id personalIdentityNumber givenName familyName protectedIdentity homeSchool { name } registeredDistrict { name }
            guardians { givenName } enrolments { startsOn endsOn school { name } } placements { level startsOn endsOn }
            absence { term percent } interventions { kind open } sips { goal participants { coordinatorName } }
            access { category permitted bases { kind reference } missing }
          }
        }
        """;

    public static TheoryData<string> PersonaNames => new(Personas.All.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(PersonaNames))]
    public async Task Pupil_WorldsDifferingOnlyInHiddenData_AnswerByteIdentically(string persona)
    {
        // arrange
        var id = worlds.PupilFor(persona);

        // act
        var without = await worlds.Plain.ClientFor(persona).PostAsync(PupilQuery, new { id });
        var with = await worlds.WithHiddenData.ClientFor(persona).PostAsync(PupilQuery, new { id });

        // assert
        Assert.Equal(without.Status, with.Status);
        Assert.Equal(without.Text, with.Text);
    }

    [Theory]
    [MemberData(nameof(PersonaNames))]
    public async Task Pupils_CountsAndFiltersInWorldsDifferingOnlyInHiddenData_AreByteIdentical(string persona)
    {
        // arrange
        const string query = """
            {
              all: pupils(first: 100) { totalCount nodes { id } }
              named: pupils(search: "Testa") { totalCount nodes { id } }
            }
            """;
        const string filtered = "{ pupils(first: 100, placementLevel: CSU) { totalCount nodes { id } } }";

        // act
        var without = await worlds.Plain.ClientFor(persona).PostAsync(query);
        var with = await worlds.WithHiddenData.ClientFor(persona).PostAsync(query);
        var withoutFiltered = await worlds.Plain.ClientFor(persona).PostAsync(filtered);
        var withFiltered = await worlds.WithHiddenData.ClientFor(persona).PostAsync(filtered);

        // assert
        Assert.Equal(without.Text, with.Text);
        Assert.Equal(withoutFiltered.Text, withFiltered.Text);
    }

    /// <summary>Two hubs seeded alike, each with one pupil per persona; the second adds data hidden from that persona.</summary>
    public sealed class TwoWorlds : IDisposable
    {
        private readonly Dictionary<string, string> _pupils = [];

        public TwoWorlds()
        {
            var serial = 9000;
            foreach (var persona in Personas.All)
            {
                serial++;
                var unitCode = persona.UnitCode;
                var plainId = new ScenarioRunner(Plain).Run(s => s.PupilRelatedTo(persona.Name, serialNumber: serial).Id);
                var hiddenId = new ScenarioRunner(WithHiddenData).Run(s =>
                {
                    var pupil = s.PupilRelatedTo(persona.Name, serialNumber: serial);
                    s.HiddenRecords(pupil, s.Unit(unitCode).Authority);
                    return pupil.Id;
                });
                Assert.Equal(plainId, hiddenId);
                _pupils[persona.Name] = GlobalId.Encode("Pupil", plainId);
            }
        }

        public HubFactory Plain { get; } = new();

        public HubFactory WithHiddenData { get; } = new();

        public string PupilFor(string persona) => _pupils[persona];

        public void Dispose()
        {
            Plain.Dispose();
            WithHiddenData.Dispose();
        }
    }
}
