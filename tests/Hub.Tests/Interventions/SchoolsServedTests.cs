using Hub.Api;
using Hub.Records;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Interventions;

/// <summary>A school social team works at named schools of its district, for absence, behaviour or other reasons.</summary>
public sealed class SchoolsServedTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task StartSchoolSocialTeamCase_ForBehaviourWithoutAbsence_StartsIt()
    {
        // arrange
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));

        // act
        var started = await StartAsync(pupil, "BEHAVIOUR", absence: null);

        // assert
        Assert.Empty(started.UserErrors("startSchoolSocialTeamCase"));
        Assert.Equal(SchoolSocialTeamReason.Behaviour, hub.WithDb(db => db.Interventions.OfType<SchoolSocialTeamCase>().Single(c => c.PupilId == pupil.Id).Reason));
    }

    [Fact]
    public async Task StartSchoolSocialTeamCase_ForAbsenceWithoutAbsence_InvalidAndNothingChanges()
    {
        // arrange
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => StartAsync(pupil, "ABSENCE", absence: null));

        // assert
        Assert.Equal(["INVALID input.absencePercentAtStart"], refused.UserErrors("startSchoolSocialTeamCase"));
    }

    [Fact]
    public async Task StartSchoolSocialTeamCase_PupilOfASchoolTheTeamDoesNotServe_WrongStateAndNothingChanges()
    {
        // arrange: the team stops working at Klubbacksskolan; a positive control first.
        var control = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));
        Assert.Empty((await StartAsync(control, "OTHER", absence: 5)).UserErrors("startSchoolSocialTeamCase"));
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher"));
        var others = hub.WithDb(db => db.Units.AsNoTracking()
            .Where(u => u.Kind == UnitKind.School && u.Ownership == SchoolOwnership.Municipal && u.District!.Code == "hagersten-alvsjo" && u.Code != "school:klubbacksskolan")
            .Select(u => u.Id).ToList());
        var set = await hub.ClientFor("social-manager").MutateAsync("setSchoolsServed", "SetSchoolsServedInput",
            new { schoolIds = others.Select(id => GlobalId.Encode("Unit", id)).ToArray() }, "team { code schoolsServed { code } }");

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => StartAsync(pupil, "OTHER", absence: 5));
        var restored = await hub.ClientFor("social-manager").MutateAsync("setSchoolsServed", "SetSchoolsServedInput",
            new { schoolIds = others.Append(new ScenarioRunner(hub).Run(s => s.Unit("school:klubbacksskolan").Id)).Select(id => GlobalId.Encode("Unit", id)).ToArray() }, "team { code }");

        // assert: the team does not read the pupil, so it is told no more than for a number it may not act on.
        Assert.Empty(set.UserErrors("setSchoolsServed"));
        Assert.Empty(restored.UserErrors("setSchoolsServed"));
        Assert.DoesNotContain(set.Payload("setSchoolsServed")["team"]!["schoolsServed"]!, s => (string?)s["code"] == "school:klubbacksskolan");
        Assert.Equal(["NOT_FOUND input.personalIdentityNumber"], refused.UserErrors("startSchoolSocialTeamCase"));
    }

    [Fact]
    public async Task SetSchoolsServed_ASchoolOfAnotherDistrict_InvalidAndNothingChanges()
    {
        // arrange
        var foreign = hub.WithDb(db => db.Units.AsNoTracking().First(u => u.Kind == UnitKind.School && u.District!.Code != "hagersten-alvsjo").Id);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor("social-manager").MutateAsync("setSchoolsServed", "SetSchoolsServedInput",
            new { schoolIds = new[] { GlobalId.Encode("Unit", foreign) } }, "team { code }"));

        // assert
        Assert.Equal(["INVALID input.schoolIds"], refused.UserErrors("setSchoolsServed"));
    }

    [Theory]
    [InlineData("sst-social-worker")]
    [InlineData("school-principal")]
    [InlineData("social-investigator")]
    public async Task SetSchoolsServed_NotADistrictManager_AccessDeniedAndNothingChanges(string persona)
    {
        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.ClientFor(persona).MutateAsync("setSchoolsServed", "SetSchoolsServedInput",
            new { schoolIds = new[] { GlobalId.Encode("Unit", 1) } }, "team { code }"));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
    }

    private Task<Envelope> StartAsync(Pupil pupil, string reason, double? absence) =>
        hub.ClientFor("sst-social-worker").MutateAsync("startSchoolSocialTeamCase", "StartSchoolSocialTeamCaseInput", new
        {
            personalIdentityNumber = pupil.PersonalIdentityNumber,
            track = "SST",
            reason,
            startsOn = "2026-11-23",
            absencePercentAtStart = absence,
            summary = "Conflicts in class.",
        }, "case { id }");
}
