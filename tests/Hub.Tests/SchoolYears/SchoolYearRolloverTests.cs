using Hub.Api;
using Hub.Changes;
using Hub.Placements;
using Hub.Pupils;
using Hub.Records;
using Hub.SchoolYears;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.SchoolYears;

/// <summary>The rollover into 2027/28 on 1 July 2027: grades up, grade 9 out, all of it in the record of changes, once.</summary>
public sealed class SchoolYearRolloverTests(RolledOverHub hub) : IClassFixture<RolledOverHub>
{
    [Fact]
    public void RollOver_FirstDayOfTheSchoolYear_MadeOnceForThatYear()
    {
        // assert
        var made = Assert.Single(hub.Made);
        Assert.Equal(2027, made.Year);
        Assert.Equal(RolledOverHub.FirstDay, made.RanOn);
        Assert.False(made.Baseline);
        Assert.Equal([2026, 2027], hub.WithDb(db => db.SchoolYearRollovers.OrderBy(r => r.Year).Select(r => r.Year).ToList()));
    }

    [Fact]
    public void RollOver_FirstDayOfTheSchoolYear_EveryPupilBelowGradeNineGoesUpAGradeWithANewVersion()
    {
        // act
        var after = hub.WithDb(db => db.Pupils.AsNoTracking().ToDictionary(p => p.Id, p => (p.Grade, p.Version)));

        // assert
        var below = hub.PupilsBefore.Where(p => p.Value.Grade < 9).ToList();
        Assert.NotEmpty(below);
        Assert.All(below, p => Assert.Equal((p.Value.Grade + 1, p.Value.Version + 1), after[p.Key]));
        Assert.All(hub.PupilsBefore.Where(p => p.Value.Grade == 9), p => Assert.Equal(p.Value, after[p.Key]));
        Assert.Equal(below.Count, hub.Made[0].PupilsAdvanced);
    }

    [Fact]
    public void RollOver_FirstDayOfTheSchoolYear_GradeNinesEnrolmentsAndPlacementsEndTheDayBefore()
    {
        // act
        var (enrolments, placements) = hub.WithDb(db => (
            db.Enrolments.AsNoTracking().ToDictionary(e => e.Id),
            db.Placements.AsNoTracking().ToDictionary(p => p.Id)));

        // assert
        Assert.NotEmpty(hub.LeaversEnrolmentsBefore);
        Assert.NotEmpty(hub.LeaversPlacementsBefore);
        Assert.All(hub.LeaversEnrolmentsBefore, e => Assert.Equal(RolledOverHub.LastDayBefore, enrolments[e.Id].EndsOn));
        Assert.All(hub.LeaversPlacementsBefore, p =>
        {
            var ended = placements[p.Id];
            Assert.Equal(RolledOverHub.LastDayBefore, ended.EndsOn);
            Assert.Null(ended.NextReviewOn);
            Assert.Equal("Left compulsory school after grade 9, at the end of the school year 2026/27.", ended.EndReason);
            Assert.Equal(p.Version + 1, ended.Version);
        });
        var leavers = hub.LeaversEnrolmentsBefore.Select(e => e.PupilId).Union(hub.LeaversPlacementsBefore.Select(p => p.PupilId)).Count();
        Assert.Equal(leavers, hub.Made[0].PupilsLeft);
    }

    [Fact]
    public void RollOver_FirstDayOfTheSchoolYear_LeaversKeepTheirOtherRecords()
    {
        // act
        var (open, enrolments) = hub.WithDb(db => (
            db.Interventions.Where(i => i.ClosedOn == null).Select(i => i.Id).ToList(),
            db.Enrolments.Count()));

        // assert
        Assert.Equal(hub.OpenInterventionsBefore.Order(), open.Order());
        Assert.Equal(hub.PupilsBefore.Count, hub.WithDb(db => db.Pupils.Count()));
        Assert.True(enrolments >= hub.LeaversEnrolmentsBefore.Count);
    }

    [Fact]
    public void RollOver_FirstDayOfTheSchoolYear_EveryEnrolmentAndPlacementStillPassesTheRulesTheMutationsKeep()
    {
        // arrange
        var (pupils, enrolments, placements, units) = hub.WithDb(db => (
            db.Pupils.AsNoTracking().ToList(),
            db.Enrolments.AsNoTracking().ToList().ToLookup(e => e.PupilId),
            db.Placements.AsNoTracking().ToList(),
            db.Units.AsNoTracking().ToDictionary(u => u.Id)));
        var registered = pupils.ToDictionary(p => p.Id, p => p.RegisteredDistrictId);

        // act
        var problems = pupils
            .SelectMany(p => EnrolmentRules.ProblemsOf(p, enrolments[p.Id], id => units[id], RolledOverHub.FirstDay).Select(problem => $"pupil {p.Id}: {problem}"))
            .Concat(placements.SelectMany(p => PlacementRules.ProblemsOf(p, registered[p.PupilId], id => units[id], placements.Where(o => o.PupilId == p.PupilId), RolledOverHub.FirstDay)
                .Select(problem => $"placement {p.Id}: {problem}")))
            .ToList();

        // assert
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void RollOver_FirstDayOfTheSchoolYear_EveryChangeIsInTheRecordOfChangesByTheHub()
    {
        // act
        var changes = hub.WithDb(db => db.Changes.AsNoTracking().Where(c => c.Sequence > hub.LastChangeBefore).ToList());

        // assert
        Assert.All(changes, c =>
        {
            Assert.Equal((SchoolYearChange.Operation, SystemChanges.ActorId, SystemChanges.ActorRole, 0), (c.Operation, c.ActorId, c.ActorRole, c.ActorUnitId));
            Assert.NotNull(c.PupilId);
        });
        var recorded = changes.Select(c => (c.EntityType, c.EntityId)).Order().ToList();
        var expected = hub.PupilsBefore.Where(p => p.Value.Grade < 9).Select(p => (nameof(Pupil), p.Key))
            .Concat(hub.LeaversEnrolmentsBefore.Select(e => (nameof(Enrolment), e.Id)))
            .Concat(hub.LeaversPlacementsBefore.Select(p => (nameof(Placement), p.Id)))
            .Order().ToList();
        Assert.Equal(expected, recorded);
    }

    [Fact]
    public async Task Changes_AfterTheRollover_NameTheHubAsActorWithNoUnit()
    {
        // arrange
        var pupil = GlobalId.Encode("Pupil", hub.PupilsBefore.First(p => p.Value.Grade < 9).Key);

        // act
        var changes = await hub.JulyClientFor("dpo").PostAsync(
            "query($pupil: ID!) { changes(pupil: $pupil, last: 1) { operation entityType actorId actorName actorRole actorUnit { name } } }", new { pupil });

        // assert
        Assert.Equal("{\"data\":{\"changes\":[{\"operation\":\"schoolYearRollover\",\"entityType\":\"Pupil\",\"actorId\":\"hub\",\"actorName\":\"Hub\","
            + "\"actorRole\":\"System\",\"actorUnit\":null}]}}", changes.Text);
    }

    [Theory]
    [InlineData("2027-07-01")]
    [InlineData("2027-12-31")]
    [InlineData("2028-06-30")]
    public async Task RollOver_AgainInTheSameSchoolYear_ChangesNothing(string today)
    {
        // act
        var made = await StoreContents.UnchangedAsync(hub, () => hub.RollOverAsync(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

        // assert
        Assert.Empty(made);
    }

    [Fact]
    public async Task Pupils_LeaverAfterTheRollover_NoLongerTheSchoolsOrTheGroupsPupil()
    {
        // act
        var principal = await hub.JulyClientFor("school-principal").PostAsync(RolledOverHub.FindTheo);
        var rsuTeacher = await hub.JulyClientFor("rsu-teacher").PostAsync(RolledOverHub.FindTheo);

        // assert
        Assert.Equal("{\"data\":{\"pupils\":{\"totalCount\":1,\"nodes\":[{\"grade\":9}]}}}", hub.TheoBefore.Text);
        Assert.Equal("{\"data\":{\"pupils\":{\"totalCount\":0,\"nodes\":[]}}}", principal.Text);
        Assert.Equal("{\"data\":{\"pupils\":{\"totalCount\":0,\"nodes\":[]}}}", rsuTeacher.Text);
    }

    [Fact]
    public async Task Pupils_AfterTheRollover_TheSchoolsPupilsAreAGradeUp()
    {
        // arrange
        const string Query = "{ pupils(grade: 9, first: 100) { nodes { id } } }";
        var klubbacken = hub.WithDb(db => db.Units.Single(u => u.Code == "school:klubbacksskolan").Id);
        var wereInEight = hub.WithDb(db => db.Pupils.Where(p => p.HomeSchoolId == klubbacken).Select(p => p.Id).ToList())
            .Where(id => hub.PupilsBefore[id].Grade == 8).ToList();

        // act
        var ninth = await hub.JulyClientFor("school-principal").PostAsync(Query);

        // assert
        var listed = ninth.Data["pupils"]!["nodes"]!.Select(n => GlobalId.TryDecode((string?)n["id"], "Pupil", out var id) ? id : 0).ToList();
        Assert.NotEmpty(wereInEight);
        Assert.Subset(listed.ToHashSet(), wereInEight.ToHashSet());
        Assert.All(listed, id => Assert.Equal(8, hub.PupilsBefore[id].Grade));
    }
}
