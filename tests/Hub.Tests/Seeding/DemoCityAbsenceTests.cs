using Hub.Attendance;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCityAbsenceTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    private static readonly DateOnly Today = SeededDemoCity.Today;

    [Fact]
    public async Task SeedAsync_Demo_EveryAbsenceReportPassesTheRulesTheMutationKeeps()
    {
        // arrange
        await using var db = city.NewContext();
        var reports = await db.AbsenceRecords.AsNoTracking().ToListAsync();
        var enrolments = (await db.Enrolments.AsNoTracking().ToListAsync()).ToLookup(e => e.PupilId);

        // act
        var problems = reports
            .SelectMany(r => AbsenceRules.ProblemsOf(r, enrolments[r.PupilId], Today).Select(problem => $"report {r.Id} ({r.Term}, pupil {r.PupilId}): {problem}"))
            .ToList();

        // assert
        Assert.True(reports.Count > 20);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void AbsenceRules_SeeABrokenReport()
    {
        // A positive control: a report of a term not yet begun, over 100 %, from a school the pupil never attended.
        var report = new AbsenceRecord { PupilId = 1, SchoolId = 2, Term = "2027-HT", Percent = 120, ReportedOn = Today, OwnerAuthority = "x" };
        Enrolment[] enrolments = [new() { PupilId = 1, SchoolId = 3, StartsOn = Today.AddYears(-3) }];

        Assert.Equal(3, AbsenceRules.ProblemsOf(report, enrolments, Today).Count());
        report.Term = "autumn";
        Assert.Equal(["'autumn' is not a term"], AbsenceRules.ProblemsOf(report, enrolments, Today));
    }
}
