using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Access;

/// <summary>
/// SST 2.0/RSU (seed 001): the school social team working at Tellusborgsskolan sees the pupils of
/// its RSU group whose family consented to the school telling the team, and no other: not without
/// the consent, not on a consent for another purpose or one the school never confirmed, not when
/// the team does not work at the group's school, not after the placement ended.
/// </summary>
public sealed class RsuTeamSightTests : IClassFixture<HubFactory>
{
    private const string PupilQuery = "query($id: ID!) { pupil(id: $id) { id givenName placements { level } } }";
    private const string CountQuery = "{ pupils { totalCount } }";

    private readonly HubFactory _hub;

    public RsuTeamSightTests(HubFactory hub)
    {
        _hub = hub;
        // The team of Hägersten-Älvsjö works at the school that hosts the district's RSU group.
        hub.WithDb(db =>
        {
            var team = db.Units.Single(u => u.Code == "social:hagersten-alvsjo:preventive").Id;
            var school = db.Units.Single(u => u.Code == "group:tellusborgsskolan-rsu").HostSchoolId!.Value;
            if (!db.SchoolSocialTeamSchools.Any(s => s.TeamId == team && s.SchoolId == school))
            {
                db.SchoolSocialTeamSchools.Add(new SchoolSocialTeamSchool { TeamId = team, SchoolId = school, Since = Scenario.Today.AddYears(-1) });
                db.SaveChanges();
            }

            return 0;
        });
    }

    [Fact]
    public async Task Pupil_RsuPupilWhoseFamilyConsented_TeamSeesThePupilAndThePlacement()
    {
        // arrange
        var before = await CountAsync();
        var pupil = RsuPupil((s, p) => s.Consent(p, Agency.SocialServices, s.GuardiansOf(p), purpose: SharingPurpose.SchoolSocialTeam));

        // act
        var read = await Team().PostAsync(PupilQuery, new { id = Id(pupil) });
        var after = await CountAsync();

        // assert
        Assert.Null(read.Errors);
        Assert.Equal(["RSU"], read.Data["pupil"]!["placements"]!.Select(p => (string)p["level"]!).ToArray());
        Assert.Equal(before + 1, after);
    }

    public static TheoryData<string> NoSight => new() { "no consent", "another purpose", "not confirmed by the school", "placement ended" };

    [Theory]
    [MemberData(nameof(NoSight))]
    public async Task Pupil_RsuPupilWithoutAConsentThatCounts_TeamAnswersAsForAPupilNotInTheHub(string world)
    {
        // arrange
        var before = await CountAsync();
        var pupil = RsuPupil((s, p) =>
        {
            switch (world)
            {
                case "another purpose":
                    s.Consent(p, Agency.SocialServices, s.GuardiansOf(p), purpose: SharingPurpose.Investigation);
                    break;
                case "not confirmed by the school":
                    s.Consent(p, Agency.SocialServices, s.GuardiansOf(p), confirmed: false, purpose: SharingPurpose.SchoolSocialTeam);
                    break;
                case "placement ended":
                    s.Consent(p, Agency.SocialServices, s.GuardiansOf(p), purpose: SharingPurpose.SchoolSocialTeam);
                    EndPlacementsOf(p);
                    break;
            }
        });
        var missing = GlobalId.Encode("Pupil", int.MaxValue - 11);

        // act
        var read = await Team().PostAsync(PupilQuery, new { id = Id(pupil) });
        var absent = await Team().PostAsync(PupilQuery, new { id = missing });
        var after = await CountAsync();

        // assert
        Assert.Equal(absent.Text, read.Text);
        Assert.Equal(JTokenType.Null, read.Data["pupil"]!.Type);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Pupil_ConsentToSocialServicesButTheTeamDoesNotWorkAtTheGroupsSchool_AnotherDistrictsTeamSeesNothing()
    {
        // arrange
        var pupil = RsuPupil((s, p) => s.Consent(p, Agency.SocialServices, s.GuardiansOf(p), purpose: SharingPurpose.SchoolSocialTeam));
        var skarholmen = new HubClient(_hub.CreateClient(),
            new TokenForge(_hub).Create(unit: "social:skarholmen:preventive", agency: "SocialServices", role: "SchoolSocialWorker"));

        // act
        var other = await skarholmen.PostAsync(PupilQuery, new { id = Id(pupil) });
        var own = await Team().PostAsync(PupilQuery, new { id = Id(pupil) });

        // assert
        Assert.Equal(JTokenType.Null, other.Data["pupil"]!.Type);
        Assert.Equal(Id(pupil), (string?)own.Data["pupil"]!["id"]);
    }

    private static string Id(Pupil pupil) => GlobalId.Encode("Pupil", pupil.Id);

    private HubClient Team() => _hub.ClientFor("sst-social-worker");

    private async Task<int> CountAsync() => (int)(await Team().PostAsync(CountQuery)).Data["pupils"]!["totalCount"]!;

    /// <summary>A new pupil of Klubbacksskolan placed in Tellusborgsskolan's RSU, then whatever the world adds.</summary>
    private Pupil RsuPupil(Action<Scenario, Pupil> world) => new ScenarioRunner(_hub).Run(s =>
    {
        var pupil = s.PupilRelatedTo("rsu-teacher");
        world(s, pupil);
        return pupil;
    });

    private void EndPlacementsOf(Pupil pupil) => _hub.WithDb(db =>
    {
        foreach (var placement in db.Placements.Where(p => p.PupilId == pupil.Id))
        {
            placement.EndsOn = Scenario.Today;
        }

        return db.SaveChanges();
    });
}
