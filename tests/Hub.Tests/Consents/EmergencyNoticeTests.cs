using Hub.Api;
using Hub.Tests.Support;

namespace Hub.Tests.Consents;

/// <summary>
/// Emergency access is told: to the authority whose records were read under it (which of its
/// categories, by which agency and unit, and the review's outcome), and to the guardians in their
/// report; neither is told who opened it or why.
/// </summary>
public sealed class EmergencyNoticeTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Notices = "{ emergencyAccessNotices { pupil { id } agency unit categoriesRead outcome reviewDueOn } }";

    /// <summary>A pupil only Klubbacksskolan sees, and BUP's emergency access to it; reads the school's absence under it when asked.</summary>
    private async Task<(string PupilId, string AccessId)> OpenedAsync(bool readSchoolRecords)
    {
        var (id, number) = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            return (GlobalId.Encode("Pupil", pupil.Id), pupil.PersonalIdentityNumber);
        });
        var bup = hub.ClientFor("bup-clinician");
        var opened = await bup.PostAsync(
            "mutation($n: String!, $r: String!) { openEmergencyAccess(personalIdentityNumber: $n, reason: $r) { id } }", new { n = number, r = EmergencyOpenings.Reason });
        if (readSchoolRecords)
        {
            var read = await bup.PostAsync("query($id: ID!) { pupil(id: $id) { absence { term } placements { level } } }", new { id });
            Assert.True(read.Errors is null, read.Text);
        }
        else
        {
            Assert.Null((await bup.PostAsync("query($id: ID!) { pupil(id: $id) { givenName } }", new { id })).Errors);
        }

        return (id, (string?)opened.Data["openEmergencyAccess"]!["id"] ?? throw new InvalidOperationException(opened.Text));
    }

    private static IEnumerable<Newtonsoft.Json.Linq.JToken> About(Envelope notices, string pupilId)
    {
        Assert.True(notices.Errors is null, notices.Text);
        return notices.Data["emergencyAccessNotices"]!.Where(n => (string?)n["pupil"]!["id"] == pupilId);
    }

    [Fact]
    public async Task EmergencyAccessNotices_SchoolRecordsReadUnderIt_TheSchoolIsToldWhatAndByWhomWithTheReview()
    {
        // arrange
        var (pupilId, accessId) = await OpenedAsync(readSchoolRecords: true);
        await hub.ClientFor("dpo").ReviewAsync(accessId, "JUSTIFIED", "Acute danger: the pupil was missing.");

        // act
        var school = await hub.ClientFor("school-principal").PostAsync(Notices);

        // assert
        Assert.Null(school.Errors);
        var notice = Assert.Single(About(school, pupilId));
        Assert.Equal("BUP", (string?)notice["agency"]);
        Assert.Equal(["PLACEMENT", "ABSENCE"], notice["categoriesRead"]!.Select(c => (string)c!).ToArray());
        Assert.Equal("JUSTIFIED", (string?)notice["outcome"]);
        Assert.DoesNotContain("Nils Dahl", school.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(EmergencyOpenings.Reason, school.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmergencyAccessNotices_NothingOfTheSchoolsRead_NotTold()
    {
        // arrange
        var (quiet, _) = await OpenedAsync(readSchoolRecords: false);
        var (read, _) = await OpenedAsync(readSchoolRecords: true);

        // act
        var school = await hub.ClientFor("school-principal").PostAsync(Notices);

        // assert: the positive control shows the list can hold an opening.
        Assert.Empty(About(school, quiet));
        Assert.Single(About(school, read));
    }

    [Fact]
    public async Task EmergencyAccessNotices_AnotherSchool_ToldNothingOfPupilsItDoesNotKnow()
    {
        // arrange
        var before = await hub.ClientFor("csu-teacher").PostAsync(Notices);
        var (pupilId, _) = await OpenedAsync(readSchoolRecords: true);

        // act
        var after = await hub.ClientFor("csu-teacher").PostAsync(Notices);
        var school = await hub.ClientFor("school-principal").PostAsync(Notices);

        // assert
        Assert.Equal(before.Text, after.Text);
        Assert.Single(About(school, pupilId));
    }

    [Fact]
    public async Task GuardianReport_EmergencyAccess_ToldWithItsReviewButNotWhoOrWhy()
    {
        // arrange
        var (pupilId, accessId) = await OpenedAsync(readSchoolRecords: true);
        var dpo = hub.ClientFor("dpo");
        const string Report = "query($p: ID) { guardianReport(pupil: $p) { emergencyAccesses { openedOn agency unit outcome } lines { emergency } } }";
        var unreviewed = await dpo.PostAsync(Report, new { p = pupilId });

        // act
        await dpo.ReviewAsync(accessId);
        var reviewed = await dpo.PostAsync(Report, new { p = pupilId });

        // assert
        Assert.Null(reviewed.Errors);
        var before = Assert.Single(unreviewed.Data["guardianReport"]!["emergencyAccesses"]!);
        Assert.Null((string?)before["outcome"]);
        var after = Assert.Single(reviewed.Data["guardianReport"]!["emergencyAccesses"]!);
        Assert.Equal("BUP", (string?)after["agency"]);
        Assert.Equal("BUP Liljeholmen", (string?)after["unit"]);
        Assert.Equal("NOT_JUSTIFIED", (string?)after["outcome"]);
        Assert.DoesNotContain("Nils Dahl", reviewed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(EmergencyOpenings.Reason, reviewed.Text, StringComparison.Ordinal);
    }
}
