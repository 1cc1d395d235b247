using Hub.Api;
using Hub.Tests.Support;

namespace Hub.Tests.Audit;

/// <summary>Reading the access log is reading personal data too, so the officer's reads are logged.</summary>
public sealed class OversightLoggingTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task AccessLog_DpoReadsOnePupilsLog_LogsTheReadWithThatPupil()
    {
        // arrange
        var pupil = GlobalId.Encode("Pupil", 900601);

        // act
        await hub.ClientFor("dpo").PostAsync("query FollowUp($p: ID) { accessLog(pupil: $p) { totalCount } }", new { p = pupil });

        // assert
        var row = LogRows.All(hub)[^1];
        Assert.Equal(
            ("p-9001", "Oversight", "oversight:dpo", "DataProtectionOfficer", "FollowUp", (int?)900601, "AccessLog", "AccessLog: data-protection oversight"),
            (row.PersonId, row.Agency, row.UnitCode, row.Role, row.Operation, row.PupilId, row.Categories, row.Basis));
    }

    [Fact]
    public async Task GuardianReport_DpoMakesOne_LogsTheReadWithThatPupil()
    {
        // arrange
        var pupil = GlobalId.Encode("Pupil", 900602);

        // act
        await hub.ClientFor("dpo").PostAsync("query Report($p: ID!) { guardianReport(pupil: $p) { unitsWithheld } }", new { p = pupil });

        // assert
        var row = LogRows.All(hub)[^1];
        Assert.Equal(("p-9001", "Report", (int?)900602, "AccessLog"), (row.PersonId, row.Operation, row.PupilId, row.Categories));
    }
}
