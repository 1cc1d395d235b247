using Hub.Api;
using Hub.Tests.Support;

namespace Hub.Tests.Consents;

/// <summary>Break-glass: justified, time-limited, flagged in the log, listed for the data-protection officer.</summary>
public sealed class EmergencyAccessTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Open = "mutation($n: String!, $r: String!) { openEmergencyAccess(personalIdentityNumber: $n, reason: $r) { id pupilId expiresAt categories } }";
    private const string Reason = "The police report the pupil missing overnight after violence at home.";

    [Fact]
    public async Task OpenEmergencyAccess_InvestigatorForUnrelatedPupil_OpensThePupilAndFlagsEveryRead()
    {
        // arrange
        var (id, key, number) = UnrelatedPupil();
        var client = hub.ClientFor("social-investigator");
        var hidden = await client.PostAsync("query($id: ID!) { pupil(id: $id) { id } }", new { id });

        // act
        var opened = await client.PostAsync(Open, new { n = number, r = Reason });
        var read = await client.PostAsync("query($id: ID!) { pupil(id: $id) { givenName access { category bases { kind } } } }", new { id });

        // assert
        Assert.Equal("{\"data\":{\"pupil\":null}}", hidden.Text);
        Assert.Null(opened.Errors);
        Assert.DoesNotContain("POLICE_SSPF", opened.Data["openEmergencyAccess"]!["categories"]!.Select(c => (string?)c));
        Assert.Equal("Testa", (string?)read.Data["pupil"]!["givenName"]);
        var rows = hub.WithDb(db => db.AccessLog.Where(e => e.PupilId == key).ToList());
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.Emergency));
        Assert.All(rows, r => Assert.Contains("emergency access", r.Basis, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenEmergencyAccess_Teacher_IsDeniedAndNothingIsOpened()
    {
        // arrange
        var (_, key, number) = UnrelatedPupil();

        // act
        var response = await hub.ClientFor("school-teacher").PostAsync(Open, new { n = number, r = Reason });

        // assert
        Assert.Equal("ACCESS_DENIED", (string?)response.Errors![0]["extensions"]!["code"]);
        Assert.Equal(0, hub.WithDb(db => db.EmergencyAccesses.Count(e => e.PupilId == key)));
    }

    [Theory]
    [InlineData("too short", "reason")]
    [InlineData(Reason, "personalIdentityNumber")]
    public async Task OpenEmergencyAccess_BadInput_IsRefusedNamingTheArgument(string reason, string argument)
    {
        // arrange
        var (_, key, number) = UnrelatedPupil();
        var n = argument == "personalIdentityNumber" ? number[..11] + ((number[11] - '0' + 1) % 10) : number;

        // act
        var response = await hub.ClientFor("bup-clinician").PostAsync(Open, new { n, r = reason });

        // assert
        Assert.Equal(argument, (string?)response.Errors![0]["extensions"]!["argument"]);
        Assert.Equal(0, hub.WithDb(db => db.EmergencyAccesses.Count(e => e.PupilId == key)));
    }

    [Fact]
    public async Task Pupil_EmergencyAccessExpired_IsHiddenAgain()
    {
        // arrange
        var (id, _, _) = UnrelatedPupil(expiredEmergencyFor: "bup-clinician");

        // act
        var response = await hub.ClientFor("bup-clinician").PostAsync("query($id: ID!) { pupil(id: $id) { id } }", new { id });

        // assert
        Assert.Equal("{\"data\":{\"pupil\":null}}", response.Text);
    }

    [Fact]
    public async Task EmergencyAccesses_Dpo_ListsThemForFollowUpLoggedAndOthersAreDenied()
    {
        // arrange
        var (_, key, number) = UnrelatedPupil();
        await hub.ClientFor("bup-clinician").PostAsync(Open, new { n = number, r = Reason });
        const string list = "{ emergencyAccesses { personName reason categories } }";

        // act
        var dpo = await hub.ClientFor("dpo").PostAsync(list);
        var clinician = await hub.ClientFor("bup-clinician").PostAsync(list);

        // assert
        Assert.Contains(dpo.Data["emergencyAccesses"]!, e => (string?)e["reason"] == Reason && (string?)e["personName"] == "Nils Dahl");
        Assert.Equal("ACCESS_DENIED", (string?)clinician.Errors![0]["extensions"]!["code"]);
        Assert.Equal(1, hub.WithDb(db => db.AccessLog.Count(r => r.PupilId == key && r.PersonId == "p-9001" && r.Categories == "AccessLog")));
    }

    /// <summary>A pupil related to a school persona only, so no social-services or BUP persona sees it.</summary>
    private (string Id, int Key, string Number) UnrelatedPupil(string? expiredEmergencyFor = null) =>
        new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            if (expiredEmergencyFor is not null)
            {
                s.ExpiredEmergencyAccess(pupil, expiredEmergencyFor);
            }

            return (GlobalId.Encode("Pupil", pupil.Id), pupil.Id, pupil.PersonalIdentityNumber);
        });
}
