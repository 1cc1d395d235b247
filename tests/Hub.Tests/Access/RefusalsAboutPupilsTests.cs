using Hub.Api;
using Hub.Tests.Support;

namespace Hub.Tests.Access;

/// <summary>
/// Refusals that would describe a pupil named by number (its placements, its enrolment, its
/// grade) are given only to a caller who already reads that; to anyone else the answer equals the
/// answer for a number not in the hub. And the whole input is checked before the pupil is looked up.
/// </summary>
public sealed class RefusalsAboutPupilsTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Bromma = "school:abrahamsbergsskolan";
    private const string OwnDistrict = "school:klubbacksskolan";

    private string CsuGroup => GlobalId.Encode("Unit", hub.WithDb(db => db.Units.Single(u => u.Code == "group:csu-bromma").Id));

    private Task<Envelope> AssessAsync(string number) =>
        hub.ClientFor("elevhalsa-officer").MutateAsync("assessCsuPlace", "AssessCsuPlaceInput",
            new { personalIdentityNumber = number, recommendation = "RECOMMENDED", groupId = CsuGroup, reasons = "Needs a highly specialised group." }, "assessment { status }");

    private Task<Envelope> SstAsync(string number, double absence = 20) => hub.ClientFor("sst-social-worker").MutateAsync("startSchoolSocialTeamCase",
        "StartSchoolSocialTeamCaseInput",
        new { personalIdentityNumber = number, track = "SST", startsOn = HubFactory.Today, absencePercentAtStart = absence, summary = "Absent on Mondays." },
        "case { openedOn }");

    /// <summary>Asks about the pupil and about a number not in the hub; requires the same answer and log rows, and nothing changed.</summary>
    private async Task<Envelope> SameAsNotInTheHubAsync(string number, Func<string, Task<Envelope>> ask)
    {
        var (absent, absentRows) = await LoggedRows.OfAsync(hub, () => StoreContents.UnchangedAsync(hub, () => ask(Strangers.NumberNotInTheHub(hub))));
        var (known, knownRows) = await LoggedRows.OfAsync(hub, () => StoreContents.UnchangedAsync(hub, () => ask(number)));
        Assert.Equal(absent.Text, known.Text);
        Assert.Equal(absentRows, knownRows);
        return known;
    }

    [Fact]
    public async Task AssessCsuPlace_ChildKnownOnlyFromAReport_AnsweredAsANumberNotInTheHub()
    {
        // arrange: a child with no home school is out of every school unit's reach, the pupil-health unit's too.
        var number = Strangers.NumberNotInTheHub(hub).Replace("-", "", StringComparison.Ordinal);
        hub.WithDb(db =>
        {
            db.Pupils.Add(new Hub.Records.Pupil
            {
                PersonalIdentityNumber = number,
                GivenName = "Okänd",
                FamilyName = "Barn",
                BirthDate = Scenario.Today.AddYears(-12),
                Grade = 6,
                RegisteredDistrictId = db.Districts.First().Id,
            });
            return db.SaveChanges();
        });

        // act
        var refused = await SameAsNotInTheHubAsync(Hub.Records.PersonalIdentityNumber.Format(number), AssessAsync);

        // assert
        Assert.Equal(["NOT_FOUND input.personalIdentityNumber"], refused.UserErrors("assessCsuPlace"));
    }

    [Fact]
    public async Task AssessCsuPlace_PupilWithAnOpenAssessmentOfTheUnit_WrongState()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, Bromma);
        var first = await AssessAsync(pupil.Number);

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => AssessAsync(pupil.Number));

        // assert: the unit reads its own open assessment, so it is told why.
        Assert.Equal("OPEN", (string?)first.Payload("assessCsuPlace")["assessment"]!["status"]);
        Assert.Equal(["WRONG_STATE input.personalIdentityNumber"], refused.UserErrors("assessCsuPlace"));
    }

    [Fact]
    public async Task StartSchoolSocialTeamCase_LowerGradePupilTheTeamDoesNotSee_AnsweredAsANumberNotInTheHub()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, OwnDistrict, grade: 3);

        // act
        var refused = await SameAsNotInTheHubAsync(pupil.Number, n => SstAsync(n));

        // assert
        Assert.Equal(["NOT_FOUND input.personalIdentityNumber"], refused.UserErrors("startSchoolSocialTeamCase"));
        Assert.DoesNotContain("grade", refused.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartSchoolSocialTeamCase_PupilOfTheDistrictInGradeFour_Started()
    {
        // arrange
        var pupil = Strangers.PupilAt(hub, OwnDistrict, grade: 4);

        // act
        var started = await SstAsync(pupil.Number);

        // assert
        Assert.Empty(started.UserErrors("startSchoolSocialTeamCase"));
    }

    public static TheoryData<string> LaterFieldCases => new(NumberMutations.Cases.Keys);

    [Theory]
    [MemberData(nameof(LaterFieldCases))]
    public async Task NumberMutation_LaterFieldInvalid_SameRefusalWhetherOrNotTheNumberIsInTheHub(string mutation)
    {
        // arrange
        var (persona, inputType, input, expected) = NumberMutations.Cases[mutation];
        var pupil = Strangers.PupilAt(hub, Bromma);

        // act
        var refused = await SameAsNotInTheHubAsync(pupil.Number, n => hub.ClientFor(persona).MutateAsync(mutation, inputType, input(n, CsuGroup), ""));

        // assert
        Assert.Equal([expected], refused.UserErrors(mutation));
    }
}

/// <summary>The seven mutations that take a pupil's number, each with one later field broken.</summary>
internal static class NumberMutations
{
    public static readonly Dictionary<string, (string Persona, string InputType, Func<string, string, object> Input, string Expected)> Cases = new()
    {
        ["registerSspfCase"] = ("police-sspf", "RegisterSspfCaseInput",
            (n, _) => new { personalIdentityNumber = n, openedOn = HubFactory.Today, summary = " " }, "INVALID input.summary"),
        ["registerBupContact"] = ("bup-clinician", "RegisterBupContactInput",
            (n, _) => new { personalIdentityNumber = n, openedOn = "2026-12-01", summary = "Anxiety." }, "INVALID input.openedOn"),
        ["receiveReportOfConcern"] = ("social-contact-person", "ReceiveReportOfConcernInput",
            (n, _) => new { personalIdentityNumber = n, receivedOn = HubFactory.Today, reporterKind = "OTHER", reporterName = "", summary = "Noise." },
            "INVALID input.reporterName"),
        ["reportConcern"] = ("school-teacher", "ReportConcernInput",
            (n, _) => new { personalIdentityNumber = n, summary = new string('x', 2001) }, "INVALID input.summary"),
        ["openInvestigation"] = ("social-investigator", "OpenInvestigationInput",
            (n, _) => new { personalIdentityNumber = n, origin = "APPLICATION", openedOn = HubFactory.Today, educationInvestigated = false, summary = new string('x', 2001) },
            "INVALID input.summary"),
        ["startSchoolSocialTeamCase"] = ("sst-social-worker", "StartSchoolSocialTeamCaseInput",
            (n, _) => new { personalIdentityNumber = n, track = "SST", startsOn = HubFactory.Today, absencePercentAtStart = 150.0, summary = "Absent." },
            "INVALID input.absencePercentAtStart"),
        ["assessCsuPlace"] = ("elevhalsa-officer", "AssessCsuPlaceInput",
            (n, group) => new { personalIdentityNumber = n, recommendation = "RECOMMENDED", groupId = group, reasons = " " }, "INVALID input.reasons"),
    };
}
