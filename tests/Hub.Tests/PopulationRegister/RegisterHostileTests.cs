using Hub.Api;
using Hub.Identity;
using Hub.Tests.Support;
using Newtonsoft.Json.Linq;
using static Hub.Tests.PopulationRegister.RegisterFeed;

namespace Hub.Tests.PopulationRegister;

/// <summary>
/// The register tells and learns nothing back: it reads no pupil, its receipts and refusals are the
/// same for a child in the hub, a hidden child and a number the hub does not know, and no one else
/// may send its notices.
/// </summary>
public sealed class RegisterHostileTests(HubFactory hub) : IClassFixture<HubFactory>
{
    public static TheoryData<string> OtherStaff => new(Personas.Staff.Select(p => p.Name).Where(n => n != Register));

    [Fact]
    public async Task Pupils_TheRegister_SeesNoPupilEvenOneItJustProtected()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, "school:klubbacksskolan");
        var register = hub.ClientFor(Register);
        await ProtectAsync(register, pupil.Number);

        // act
        var read = await register.PostAsync("query($id: ID!, $n: String) { pupils(first: 5, search: $n) { totalCount nodes { id } } pupil(id: $id) { id } }",
            new { id = GlobalId.Encode("Pupil", pupil.Id), n = "Främling" });
        var log = await register.PostAsync("{ accessLog(first: 1) { totalCount } }");

        // assert
        Assert.Equal(0, (int)read.Data["pupils"]!["totalCount"]!);
        Assert.Empty(read.Data["pupils"]!["nodes"]!);
        Assert.Equal(JTokenType.Null, read.Data["pupil"]!.Type);
        Assert.Equal("ACCESS_DENIED", log.ErrorCode());
    }

    [Theory]
    [MemberData(nameof(OtherStaff))]
    public async Task NotifyProtectedIdentity_AnyoneButTheRegister_RefusedAndNothingChanges(string persona)
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, "school:klubbacksskolan");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => ProtectAsync(hub.ClientFor(persona), pupil.Number));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    [Fact]
    public async Task NotifyCustody_AGuardian_RefusedAndNothingChanges()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, "school:klubbacksskolan");
        var guardian = hub.FamilyClientFor(pupil.GuardianNumber.Replace("-", "", StringComparison.Ordinal));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => CustodyAsync(guardian, pupil.Number, []));

        // assert
        Assert.NotNull(refused.Errors);
        Assert.Null(refused.Body.SelectToken("data.notifyCustody.notice"));
    }

    public static TheoryData<string> Notices => new() { "notifyProtectedIdentity", "notifyRegisteredDistrict", "notifyCustody" };

    [Theory]
    [MemberData(nameof(Notices))]
    public async Task Notify_ChildInTheHubHiddenChildAndUnknownNumber_TheSameReceipt(string notice)
    {
        // arrange: a pupil of the hub, a protected pupil of another district, a number no one has
        var known = Strangers.PupilAt(hub, "school:klubbacksskolan");
        var hidden = Strangers.PupilAt(hub, "school:skarholmens-skola", protectedIdentity: true);
        var unknown = Strangers.NumberNotInTheHub(hub);
        var register = hub.ClientFor(Register);
        var version = hub.WithDb(db => db.Pupils.Single(p => p.Id == known.Id).Version);

        // act
        var answers = new List<Envelope>();
        foreach (var number in new[] { known.Number, hidden.Number, unknown })
        {
            answers.Add(await SendAsync(register, notice, number));
        }

        // assert
        Assert.Empty(answers[0].UserErrors(notice));
        Assert.All(answers, a => Assert.True(JToken.DeepEquals(Masked(answers[0], notice), Masked(a, notice)), $"{answers[0].Text}\n{a.Text}"));
        Assert.Equal(3, answers.Select(a => (string?)a.Payload(notice)["notice"]!["id"]).Distinct().Count());

        // positive control: the child in the hub changed, which the receipts do not show
        Assert.Equal(version + 1, hub.WithDb(db => db.Pupils.Single(p => p.Id == known.Id).Version));
    }

    public static TheoryData<bool, string, string> BadNotices => new()
    {
        { true, "since", "INVALID input.since" },
        { false, "since", "INVALID input.since" },
        { true, "beforeBirth", "INVALID input.since" },
        { false, "beforeBirth", "INVALID input.since" },
        { true, "district", "INVALID input.districtId" },
        { false, "district", "INVALID input.districtId" },
        { true, "unknownDistrict", "NOT_FOUND input.districtId" },
        { false, "unknownDistrict", "NOT_FOUND input.districtId" },
        { false, "number", "INVALID input.personalIdentityNumber" },
    };

    [Theory]
    [MemberData(nameof(BadNotices))]
    public async Task NotifyRegisteredDistrict_BadNoticeForAChildInTheHubOrNot_RefusedAlikeAndNothingChanges(bool inHub, string bad, string expected)
    {
        // arrange
        var number = inHub ? Strangers.PupilAt(hub, "school:klubbacksskolan").Number : Strangers.NumberNotInTheHub(hub);
        var district = bad switch
        {
            "district" => "not-an-id",
            "unknownDistrict" => GlobalId.Encode("District", 9_999),
            _ => DistrictId(hub, "skarholmen"),
        };
        var since = bad switch
        {
            "since" => "2026-11-24",
            "beforeBirth" => "2001-01-01",
            _ => Since,
        };
        number = bad == "number" ? IdentityNumbers.WithWrongCheckDigit(number) : number;

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => DistrictAsync(hub.ClientFor(Register), number, district, since));

        // assert
        Assert.Equal([expected], refused.UserErrors("notifyRegisteredDistrict"));
        Assert.Equal(JTokenType.Null, refused.Payload("notifyRegisteredDistrict")["notice"]!.Type);
    }

    [Fact]
    public async Task NotifyProtectedIdentity_ManyAtOnceForOneChild_NoneRefused()
    {
        // arrange: no version is asked for, so no notice can be stale and tell that the child is in the hub
        var pupil = Strangers.PupilAt(hub, "school:klubbacksskolan");
        var register = hub.ClientFor(Register);

        // act
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => ProtectAsync(register, pupil.Number, protectedIdentity: i % 2 == 0, since: $"2026-11-{10 + i}")));

        // assert
        Assert.All(answers, a => Assert.Empty(a.UserErrors("notifyProtectedIdentity")));
        Assert.False(hub.WithDb(db => db.Pupils.Single(p => p.Id == pupil.Id).ProtectedIdentity));
    }

    private Task<Envelope> SendAsync(HubClient register, string notice, string number) => notice switch
    {
        "notifyProtectedIdentity" => ProtectAsync(register, number),
        "notifyRegisteredDistrict" => DistrictAsync(register, number, DistrictId(hub, "rinkeby-kista")),
        _ => CustodyAsync(register, number, [Guardian(IdentityNumbers.Fresh(hub, Scenario.Today.AddYears(-39)))]),
    };
}
