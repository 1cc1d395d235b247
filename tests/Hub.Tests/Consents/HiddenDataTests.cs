using Hub.Api;
using Hub.Identity;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Consents;

/// <summary>
/// No leaks by existence: two hubs whose only difference is data one persona may not see answer
/// that persona byte for byte the same, for the pupil, its access, the count and the filters. The
/// answers compared are data (the persona's pupil, found; the data-protection officer reads no
/// pupil), and positive controls, callers who may see the hidden data, must get different answers
/// from the two hubs to the same queries: the queries can see the difference, so equal answers are
/// not two failures alike.
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

    public static TheoryData<string> PersonaNames => new(Personas.Staff.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(PersonaNames))]
    public async Task Pupil_WorldsDifferingOnlyInHiddenData_AnswerByteIdentically(string persona)
    {
        // arrange
        var id = worlds.PupilFor(persona);

        // act
        var without = await worlds.Plain.ClientFor(persona).PostAsync(PupilQuery, new { id });
        var with = await worlds.WithHiddenData.ClientFor(persona).PostAsync(PupilQuery, new { id });
        var controlWithout = await worlds.GroupTeacher(worlds.Plain).PostAsync(PupilQuery, new { id });
        var controlWith = await worlds.GroupTeacher(worlds.WithHiddenData).PostAsync(PupilQuery, new { id });

        // assert
        Assert.Equal(200, without.Status);
        Assert.Equal(ReadsPupils(persona) ? id : null, (string?)(without.Data["pupil"] as JObject)?["id"]);
        Assert.Equal(without.Status, with.Status);
        Assert.Equal(without.Text, with.Text);
        Assert.Equal(JTokenType.Null, controlWithout.Data["pupil"]!.Type);
        Assert.Equal(id, (string?)(controlWith.Data["pupil"] as JObject)?["id"]);
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

        var id = worlds.PupilFor(persona);

        // act
        var without = await worlds.Plain.ClientFor(persona).PostAsync(query);
        var with = await worlds.WithHiddenData.ClientFor(persona).PostAsync(query);
        var withoutFiltered = await worlds.Plain.ClientFor(persona).PostAsync(filtered);
        var withFiltered = await worlds.WithHiddenData.ClientFor(persona).PostAsync(filtered);
        var controlWithout = await worlds.GroupTeacher(worlds.Plain).PostAsync(query);
        var controlWith = await worlds.GroupTeacher(worlds.WithHiddenData).PostAsync(query);
        var controlWithoutFiltered = await TwoWorlds.EmergencyReader(worlds.Plain).PostAsync(filtered);
        var controlWithFiltered = await TwoWorlds.EmergencyReader(worlds.WithHiddenData).PostAsync(filtered);

        // assert
        Assert.Null(without.Errors);
        Assert.Equal(ReadsPupils(persona), Ids(without.Data["all"]!).Contains(id));
        Assert.Equal(ReadsPupils(persona), Ids(without.Data["named"]!).Contains(id));
        Assert.Equal(without.Text, with.Text);
        // A role that does not read placements may not filter on them: that refusal, and nothing else, may stand for data.
        Assert.All(withoutFiltered.Errors ?? [], e => Assert.Equal("ACCESS_DENIED", (string?)e["extensions"]!["code"]));
        Assert.Equal(withoutFiltered.Text, withFiltered.Text);
        Assert.DoesNotContain(id, Ids(controlWithout.Data["all"]!));
        Assert.Contains(id, Ids(controlWith.Data["all"]!));
        Assert.Contains(id, Ids(controlWith.Data["named"]!));
        Assert.NotEqual(controlWithoutFiltered.Text, controlWithFiltered.Text);
        Assert.Contains(id, Ids(controlWithFiltered.Data["pupils"]!));
    }

    /// <summary>Every persona reads its own pupil but the data-protection officer, a unit's manager and the population register, who read no pupil's data.</summary>
    private static bool ReadsPupils(string persona) => Personas.Find(persona)!.Role is not (Role.DataProtectionOfficer or Role.UnitManager or Role.PopulationRegister);

    private static IEnumerable<string?> Ids(JToken connection) => connection["nodes"]!.Select(n => (string?)n["id"]);

    /// <summary>Two hubs seeded alike, each with one pupil per persona; the second adds data hidden from that persona.</summary>
    public sealed class TwoWorlds : IDisposable
    {
        private const string EmergencyUnit = "social:skarholmen:investigation";
        private const string EmergencyPerson = "p-control";
        private readonly Dictionary<string, string> _pupils = [];
        private readonly string _hiddenPlacementsGroup;

        public TwoWorlds()
        {
            var serial = 9000;
            foreach (var persona in Personas.Staff)
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

            OpenEmergencyAccesses(Plain);
            OpenEmergencyAccesses(WithHiddenData);
            _hiddenPlacementsGroup = WithHiddenData.WithDb(db => db.Placements.Where(p => p.DecidedBy == "Hidden").Select(p => p.Group.Code).Distinct().Single());
        }

        public HubFactory Plain { get; } = new();

        public HubFactory WithHiddenData { get; } = new();

        public string PupilFor(string persona) => _pupils[persona];

        /// <summary>A positive control: a teacher of the group of the hidden placement, related to every pupil through it (in the plain world, to none).</summary>
        public HubClient GroupTeacher(HubFactory world) => new(world.CreateClient(), new TokenForge(world).Create(unit: _hiddenPlacementsGroup));

        /// <summary>
        /// A positive control for the placement filter, which counts only placements the caller may
        /// read: an investigator with emergency access to every pupil, in both worlds alike, reads the
        /// hidden placement that the independent school keeps.
        /// </summary>
        public static HubClient EmergencyReader(HubFactory world) => new(world.CreateClient(), new TokenForge(world).Create(
            unit: EmergencyUnit, agency: "SocialServices", role: "Investigator", subject: EmergencyPerson));

        private void OpenEmergencyAccesses(HubFactory world) => world.WithDb(db =>
        {
            var unit = db.Units.Single(u => u.Code == EmergencyUnit).Id;
            var now = DateTime.UtcNow;
            db.EmergencyAccesses.AddRange(_pupils.Values.Select(id => new EmergencyAccess
            {
                PupilId = GlobalId.TryDecode(id, "Pupil", out var key) ? key : throw new InvalidOperationException(id),
                PersonId = EmergencyPerson,
                PersonName = "Test Person",
                UnitId = unit,
                Reason = "Positive control of the hidden-data comparison.",
                OpenedAt = now.AddHours(-1),
                ExpiresAt = now.AddDays(1),
                Categories = $",{DataCategory.Placement},",
            }));
            return db.SaveChanges();
        });

        public void Dispose()
        {
            Plain.Dispose();
            WithHiddenData.Dispose();
        }
    }
}
