using Hub.Api;
using Hub.Tests.Support;

namespace Hub.Tests.Consents;

/// <summary>
/// A consent shows a reader only the provisions whose category the reader's role reads; one with
/// none of those is not listed, so nothing in the answer tells what was left out.
/// </summary>
public sealed class ConsentCeilingTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Consents = """
        query($id: ID!) {
          pupil(id: $id) {
            consents { effective validFrom validTo formReference pupilView signatures { byPupil } provisions { category fromAgency toAgency purpose confirmed } }
            access { category permitted bases { kind } missing }
          }
        }
        """;

    /// <summary>A pupil known to Hägersten-Älvsjö's investigators and school social team, with a consent the investigator recorded for these categories.</summary>
    private async Task<string> PupilWithConsentAsync(params string[] categories)
    {
        var (pupilId, guardians) = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal");
            s.OthersRecords(pupil);
            return (GlobalId.Encode("Pupil", pupil.Id), s.GuardiansOf(pupil).Select(g => GlobalId.Encode("Guardian", g.Id)).ToArray());
        });
        if (categories.Length > 0)
        {
            var recorded = await hub.ClientFor("social-investigator").MutateAsync("recordConsent", "RecordConsentInput", new
            {
                pupilId,
                validFrom = "2026-11-01",
                validTo = "2027-10-31",
                formReference = "SOC-2026-0311",
                provisions = categories.Select(c => new { category = c, fromAgency = "SOCIAL_SERVICES", toAgency = "SCHOOL", purpose = "SCHOOL_SUPPORT" }).ToArray(),
                signatures = guardians.Select(g => new { guardianId = g, signedOn = "2026-11-20" }).ToArray(),
            }, "consent { id }");
            Assert.Empty(recorded.UserErrors("recordConsent"));
        }

        return pupilId;
    }

    [Fact]
    public async Task Consents_SchoolSocialWorker_SeesNoProvisionAboveItsCeiling()
    {
        // arrange
        var pupil = await PupilWithConsentAsync("REPORT_OF_CONCERN", "SCHOOL_SOCIAL_TEAM");

        // act
        var read = await hub.ClientFor("sst-social-worker").PostAsync(Consents, new { id = pupil });

        // assert
        Assert.Null(read.Errors);
        var provisions = read.Data["pupil"]!["consents"]!.Single()["provisions"]!;
        Assert.Equal(["SCHOOL_SOCIAL_TEAM"], provisions.Select(p => (string)p["category"]!).ToArray());
    }

    [Fact]
    public async Task Consents_WithAndWithoutAProvisionAboveTheCeiling_SchoolSocialWorkerAnswersIdenticalInvestigatorsDiffer()
    {
        // arrange
        var plain = await PupilWithConsentAsync("SCHOOL_SOCIAL_TEAM");
        var more = await PupilWithConsentAsync("SCHOOL_SOCIAL_TEAM", "REPORT_OF_CONCERN");

        // act
        var workerPlain = await hub.ClientFor("sst-social-worker").PostAsync(Consents, new { id = plain });
        var workerMore = await hub.ClientFor("sst-social-worker").PostAsync(Consents, new { id = more });
        var investigatorPlain = await hub.ClientFor("social-investigator").PostAsync(Consents, new { id = plain });
        var investigatorMore = await hub.ClientFor("social-investigator").PostAsync(Consents, new { id = more });

        // assert
        Assert.Equal(workerPlain.Text, workerMore.Text);
        Assert.NotEqual(investigatorPlain.Text, investigatorMore.Text);
    }

    [Fact]
    public async Task Consents_OnlyAboveTheCeiling_AnsweredAsNoConsentAtAll()
    {
        // arrange
        var none = await PupilWithConsentAsync();
        var above = await PupilWithConsentAsync("REPORT_OF_CONCERN");

        // act
        var workerNone = await hub.ClientFor("sst-social-worker").PostAsync(Consents, new { id = none });
        var workerAbove = await hub.ClientFor("sst-social-worker").PostAsync(Consents, new { id = above });
        var investigatorAbove = await hub.ClientFor("social-investigator").PostAsync(Consents, new { id = above });

        // assert
        Assert.Empty(workerAbove.Data["pupil"]!["consents"]!);
        Assert.Equal(workerNone.Text, workerAbove.Text);
        Assert.Single(investigatorAbove.Data["pupil"]!["consents"]!);
    }
}
