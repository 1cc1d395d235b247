using Hub.Records;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Hub.Tests.PopulationRegister.RegisterFeed;

namespace Hub.Tests.PopulationRegister;

/// <summary>
/// Custody as the population register records it: a guardian it no longer names loses custody from
/// its day (and with it the family's view of the child), one it names gets custody; never more than two.
/// </summary>
public sealed class CustodyNoticeTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Children = "query { family { children { id } } }";

    private List<(string Number, DateOnly StartsOn, DateOnly? EndsOn)> CustodiesOf(int pupilId) => hub.WithDb(db => db.Custodies.AsNoTracking()
        .Where(c => c.PupilId == pupilId).OrderBy(c => c.Id).Select(c => new { c.Guardian.PersonalIdentityNumber, c.StartsOn, c.EndsOn }).ToList()
        .Select(c => (PersonalIdentityNumber.Format(c.PersonalIdentityNumber), c.StartsOn, c.EndsOn)).ToList());

    private async Task<int> ChildrenSeenByAsync(string guardianNumber)
    {
        var view = await hub.FamilyClientFor(guardianNumber.Replace("-", "", StringComparison.Ordinal)).PostAsync(Children);
        return view.Data["family"]!["children"]!.Count();
    }

    [Fact]
    public async Task NotifyCustody_CustodyPassesToAnotherGuardian_TheFormerLosesTheChildAndTheNewOneHasIt()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, "school:klubbacksskolan");
        var newGuardian = IdentityNumbers.Fresh(hub, Scenario.Today.AddYears(-45));
        Assert.Equal(1, await ChildrenSeenByAsync(pupil.GuardianNumber));

        // act
        var notified = await CustodyAsync(hub.ClientFor(Register), pupil.Number, [Guardian(newGuardian, "Moster", "Främling")]);

        // assert
        Assert.Empty(notified.UserErrors("notifyCustody"));
        var since = DateOnly.Parse(Since, System.Globalization.CultureInfo.InvariantCulture);
        var custodies = CustodiesOf(pupil.Id);
        Assert.Equal((pupil.GuardianNumber, (DateOnly?)since), (custodies[0].Number, custodies[0].EndsOn));
        Assert.Equal((newGuardian, since, (DateOnly?)null), custodies[1]);
        Assert.Equal(0, await ChildrenSeenByAsync(pupil.GuardianNumber));
        Assert.Equal(1, await ChildrenSeenByAsync(newGuardian));
    }

    [Fact]
    public async Task NotifyCustody_JointCustodyWithTheGuardianAlreadyKnown_OnlyTheSecondIsAdded()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, "school:klubbacksskolan");
        var second = IdentityNumbers.Fresh(hub, Scenario.Today.AddYears(-38));

        // act
        var notified = await CustodyAsync(hub.ClientFor(Register), pupil.Number, [Guardian(pupil.GuardianNumber), Guardian(second)]);

        // assert
        Assert.Empty(notified.UserErrors("notifyCustody"));
        var custodies = CustodiesOf(pupil.Id);
        Assert.Equal([pupil.GuardianNumber, second], custodies.Select(c => c.Number));
        Assert.All(custodies, c => Assert.Null(c.EndsOn));
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "three", "INVALID input.guardians" },
        { "twice", "INVALID input.guardians.1.personalIdentityNumber" },
        { "child", "INVALID input.guardians.0.personalIdentityNumber" },
        { "minor", "INVALID input.guardians.0.personalIdentityNumber" },
        { "badNumber", "INVALID input.guardians.0.personalIdentityNumber" },
        { "noName", "INVALID input.guardians.0.givenName" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task NotifyCustody_GuardiansTheRulesDoNotAllow_RefusedAndNothingChanges(string what, string expected)
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, "school:klubbacksskolan");
        var adult = IdentityNumbers.Fresh(hub, Scenario.Today.AddYears(-40));
        object[] guardians = what switch
        {
            "three" => [Guardian(adult), Guardian(IdentityNumbers.Fresh(hub, Scenario.Today.AddYears(-41))), Guardian(IdentityNumbers.Fresh(hub, Scenario.Today.AddYears(-42)))],
            "twice" => [Guardian(adult), Guardian(adult)],
            "child" => [Guardian(pupil.Number)],
            "minor" => [Guardian(IdentityNumbers.Fresh(hub, Scenario.Today.AddYears(-16)))],
            "badNumber" => [Guardian(IdentityNumbers.WithWrongCheckDigit(adult))],
            _ => [Guardian(adult, givenName: " ")],
        };

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => CustodyAsync(hub.ClientFor(Register), pupil.Number, guardians));

        // assert
        Assert.Equal([expected], refused.UserErrors("notifyCustody"));
    }
}
