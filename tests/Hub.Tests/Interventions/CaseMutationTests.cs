using System.Linq.Expressions;
using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Interventions;

/// <summary>BUP contacts and SSPF cases through HTTP: registered and closed by the unit that keeps them, invisible to everyone else.</summary>
public sealed class CaseMutationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private static readonly string[] Everyone =
    [
        "school-teacher", "school-principal", "rsu-teacher", "csu-teacher", "elevhalsa-officer", "social-investigator",
        "sst-social-worker", "social-contact-person", "bup-clinician", "police-sspf", "dpo",
    ];

    private static readonly Dictionary<string, (string InputType, object Input, string Allowed)> RefusalInputs = new()
    {
        ["registerBupContact"] = ("RegisterBupContactInput",
            new { personalIdentityNumber = "201401012383", openedOn = "2026-11-20", summary = "Anxiety." }, "bup-clinician"),
        ["endBupContact"] = ("EndBupContactInput", new { contactId = "x", version = 1, closedOn = "2026-11-20", closingNote = "Done." }, "bup-clinician"),
        ["registerSspfCase"] = ("RegisterSspfCaseInput",
            new { personalIdentityNumber = "201401012383", openedOn = "2026-11-20", summary = "Seen with older youths." }, "police-sspf"),
        ["closeSspfCase"] = ("CloseSspfCaseInput", new { caseId = "x", version = 1, closedOn = "2026-11-20", closingNote = "Done." }, "police-sspf"),
    };

    public static TheoryData<string, string> Refusals()
    {
        var data = new TheoryData<string, string>();
        foreach (var (mutation, (_, _, allowed)) in RefusalInputs)
        {
            foreach (var persona in Everyone.Where(p => p != allowed))
            {
                data.Add(mutation, persona);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task CaseMutation_PersonaOfAnotherAgencyOrRole_AccessDeniedAndNothingChanges(string mutation, string persona)
    {
        // arrange
        var (inputType, input, _) = RefusalInputs[mutation];

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor(persona).MutateAsync(mutation, inputType, input, ""));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Fact]
    public async Task RegisterBupContact_Clinician_TheClinicSeesTheContactAndNeitherSchoolNorPoliceDo()
    {
        // arrange
        var pupil = Pupil("school-principal");

        // act
        var registered = await RegisterAsync("bup-clinician", "registerBupContact", "RegisterBupContactInput", pupil, "2026-11-23");

        // assert
        Assert.Empty(registered.UserErrors("registerBupContact"));
        Assert.Equal("2026-11-23", (string?)registered.Payload("registerBupContact")["contact"]!["openedOn"]);
        Assert.Equal<string[]?>(["BUP_CONTACT"], await KindsSeenByAsync("bup-clinician", pupil));
        Assert.Equal<string[]?>([], await KindsSeenByAsync("school-principal", pupil));
        Assert.Null(await KindsSeenByAsync("police-sspf", pupil));
    }

    [Fact]
    public async Task RegisterBupContact_ClinicAlreadyHasAnOpenContact_WrongStateAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("bup-clinician");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => RegisterAsync("bup-clinician", "registerBupContact", "RegisterBupContactInput", pupil, "2026-11-23"));

        // assert
        Assert.Equal(["WRONG_STATE input.personalIdentityNumber"], refused.UserErrors("registerBupContact"));
    }

    [Fact]
    public async Task RegisterBupContact_OpenedTomorrow_InvalidAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("school-principal");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => RegisterAsync("bup-clinician", "registerBupContact", "RegisterBupContactInput", pupil, "2026-11-24"));

        // assert
        Assert.Equal(["INVALID input.openedOn"], refused.UserErrors("registerBupContact"));
    }

    [Fact]
    public async Task EndBupContact_KeptByTheClinic_ClosedAndTheClinicNoLongerSeesThePupil()
    {
        // arrange
        var pupil = Pupil("bup-clinician");
        var contact = RecordOf<BupContact>(pupil);

        // act
        var ended = await EndContactAsync(contact, "2026-11-23");

        // assert
        Assert.Empty(ended.UserErrors("endBupContact"));
        var id = contact.Id;
        Assert.Equal(new DateOnly(2026, 11, 23), hub.WithDb(db => db.Interventions.Single(i => i.Id == id).ClosedOn));
        Assert.Null(await KindsSeenByAsync("bup-clinician", pupil));
    }

    [Fact]
    public async Task EndBupContact_AnotherClinicsContact_NotPermittedAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("bup-clinician");
        var other = RecordAt(pupil, u => u.Kind == UnitKind.BupClinic && u.Code != "bup:liljeholmen", a => new BupContact { OwnerAuthority = a });

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => EndContactAsync(other, "2026-11-23"));

        // assert
        Assert.Equal(["NOT_PERMITTED input.contactId"], refused.UserErrors("endBupContact"));
    }

    [Fact]
    public async Task EndBupContact_AnSspfCaseOfThePolice_NotFoundAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("bup-clinician");
        var police = RecordAt(pupil, u => u.Code == "police:stockholm-syd", a => new SspfCase { OwnerAuthority = a });

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => EndContactAsync(police, "2026-11-23"));

        // assert
        Assert.Equal(["NOT_FOUND input.contactId"], refused.UserErrors("endBupContact"));
    }

    [Theory]
    [InlineData("2026-10-01")]
    [InlineData("2026-11-24")]
    public async Task EndBupContact_BeforeItOpenedOrInTheFuture_InvalidAndNothingChanges(string closedOn)
    {
        // arrange
        var contact = RecordOf<BupContact>(Pupil("bup-clinician"));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => EndContactAsync(contact, closedOn));

        // assert
        Assert.Equal(["INVALID input.closedOn"], refused.UserErrors("endBupContact"));
    }

    [Fact]
    public async Task EndBupContact_StaleVersion_StaleVersionAndNothingChanges()
    {
        // arrange
        var contact = RecordOf<BupContact>(Pupil("bup-clinician")) with { Version = 7 };

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => EndContactAsync(contact, "2026-11-23"));

        // assert
        Assert.Equal(["STALE_VERSION input.version"], refused.UserErrors("endBupContact"));
    }

    [Fact]
    public async Task EndBupContact_AlreadyEnded_WrongStateAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("bup-clinician");
        var contact = RecordOf<BupContact>(pupil);
        await EndContactAsync(contact, "2026-11-20");

        // A second, open contact keeps the clinic's relationship: otherwise the ended one is simply no longer there for it (NOT_FOUND).
        RecordAt(pupil, u => u.Code == "bup:liljeholmen", authority => new BupContact { OwnerAuthority = authority });

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => EndContactAsync(contact with { Version = contact.Version + 1 }, "2026-11-23"));

        // assert
        Assert.Equal(["WRONG_STATE input.contactId"], refused.UserErrors("endBupContact"));
    }

    [Fact]
    public async Task RegisterSspfCase_PoliceOfficer_TheAreaSeesTheCaseAndBupDoesNot()
    {
        // arrange
        var pupil = Pupil("bup-clinician");

        // act
        var registered = await RegisterAsync("police-sspf", "registerSspfCase", "RegisterSspfCaseInput", pupil, "2026-11-20");

        // assert
        Assert.Empty(registered.UserErrors("registerSspfCase"));
        Assert.Equal<string[]?>(["SSPF_CASE"], await KindsSeenByAsync("police-sspf", pupil));
        Assert.Equal<string[]?>(["BUP_CONTACT"], await KindsSeenByAsync("bup-clinician", pupil));
    }

    [Fact]
    public async Task CloseSspfCase_KeptByTheArea_Closed()
    {
        // arrange
        var pupil = Pupil("police-sspf");
        var sspf = RecordOf<SspfCase>(pupil);

        // act
        var closed = await CloseCaseAsync(sspf, "2026-11-20");

        // assert
        Assert.Empty(closed.UserErrors("closeSspfCase"));
        var id = sspf.Id;
        Assert.Equal("The network meetings ended.", hub.WithDb(db => db.Interventions.Single(i => i.Id == id).ClosingNote));
    }

    [Fact]
    public async Task CloseSspfCase_AnotherAreasCase_NotPermittedAndNothingChanges()
    {
        // arrange
        var pupil = Pupil("police-sspf");
        var other = RecordAt(pupil, u => u.Kind == UnitKind.PoliceArea && u.Code != "police:stockholm-syd", a => new SspfCase { OwnerAuthority = a });

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => CloseCaseAsync(other, "2026-11-23"));

        // assert
        Assert.Equal(["NOT_PERMITTED input.caseId"], refused.UserErrors("closeSspfCase"));
    }

    private sealed record Row(int Id, int Version)
    {
        public string Key => GlobalId.Encode("Intervention", Id);
    }

    private Pupil Pupil(string persona) => new ScenarioRunner(hub).Run(s => s.PupilRelatedTo(persona));

    /// <summary>The pupil's only record of this kind: the one the scenario's relationship made.</summary>
    private Row RecordOf<T>(Pupil pupil)
        where T : Intervention =>
        hub.WithDb(db => db.Interventions.OfType<T>().Where(i => i.PupilId == pupil.Id).Select(i => new Row(i.Id, i.Version)).Single());

    /// <summary>A new open record about the pupil, kept by the first unit that matches.</summary>
    private Row RecordAt(Pupil pupil, Expression<Func<Unit, bool>> unit, Func<string, Intervention> create) =>
        hub.WithDb(db =>
        {
            var keeper = db.Units.AsNoTracking().Where(unit).OrderBy(u => u.Id).First();
            var record = create(keeper.Authority);
            (record.PupilId, record.UnitId, record.OwnerAgency, record.OpenedOn) = (pupil.Id, keeper.Id, keeper.Agency, new DateOnly(2026, 9, 1));
            db.Interventions.Add(record);
            db.SaveChanges();
            return new Row(record.Id, record.Version);
        });

    private Task<Envelope> RegisterAsync(string persona, string mutation, string inputType, Pupil pupil, string openedOn) =>
        hub.ClientFor(persona).MutateAsync(mutation, inputType,
            new { personalIdentityNumber = pupil.PersonalIdentityNumber, openedOn, summary = "Worry about the pupil's safety." },
            mutation == "registerBupContact" ? "contact { id version openedOn }" : "case { id version openedOn }");

    private Task<Envelope> EndContactAsync(Row contact, string closedOn) =>
        hub.ClientFor("bup-clinician").MutateAsync("endBupContact", "EndBupContactInput",
            new { contactId = contact.Key, version = contact.Version, closedOn, closingNote = "Treatment finished." }, "contact { id closedOn }");

    private Task<Envelope> CloseCaseAsync(Row sspf, string closedOn) =>
        hub.ClientFor("police-sspf").MutateAsync("closeSspfCase", "CloseSspfCaseInput",
            new { caseId = sspf.Key, version = sspf.Version, closedOn, closingNote = "The network meetings ended." }, "case { id closedOn }");

    /// <summary>The kinds of the pupil's records the persona reads: none when the field is denied, null when the pupil is not seen at all.</summary>
    private async Task<string[]?> KindsSeenByAsync(string persona, Pupil pupil)
    {
        var read = await hub.ClientFor(persona).PostAsync("query($id: ID!) { pupil(id: $id) { interventions { kind } } }", new { id = GlobalId.Encode("Pupil", pupil.Id) });
        var seen = read.Data["pupil"];
        return seen is not JObject ? null : seen["interventions"] is JArray items ? items.Select(i => (string)i["kind"]!).ToArray() : [];
    }
}
