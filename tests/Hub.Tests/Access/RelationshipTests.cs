using Hub.Api;
using Hub.Data;
using Hub.Records;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Access;

/// <summary>
/// Each persona sees exactly the pupils its unit has an active relationship with. The expected
/// sets are worked out here from the raw rows, independently of the hub's own query.
/// </summary>
[Collection(ReadOnlyHubDefinition.Name)]
public sealed class RelationshipTests(HubFactory hub)
{
    private static readonly DateOnly Today = DateOnly.Parse(HubFactory.Today, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("school-teacher")]
    [InlineData("school-principal")]
    [InlineData("rsu-teacher")]
    [InlineData("csu-teacher")]
    [InlineData("csu-host-principal")]
    [InlineData("elevhalsa-officer")]
    [InlineData("social-investigator")]
    [InlineData("sst-social-worker")]
    [InlineData("social-contact-person")]
    [InlineData("bup-clinician")]
    [InlineData("police-sspf")]
    [InlineData("dpo")]
    public async Task Pupils_Persona_SeesExactlyThePupilsItHasARelationshipWith(string persona)
    {
        // arrange
        var expected = hub.WithDb(db => ExpectedPupilIds(db, Hub.Identity.Personas.Find(persona)!))
            .Select(id => GlobalId.Encode("Pupil", id)).Order().ToList();

        // act
        var seen = await PupilPages.AllIdsAsync(hub.ClientFor(persona));

        // assert
        Assert.Equal(expected, seen.Order().ToList());
    }

    [Theory]
    [InlineData("school-teacher")]
    [InlineData("rsu-teacher")]
    [InlineData("social-investigator")]
    [InlineData("sst-social-worker")]
    [InlineData("social-contact-person")]
    [InlineData("bup-clinician")]
    [InlineData("police-sspf")]
    public async Task Pupils_RelationshipPersona_SeesSomePupilsButNotAll(string persona)
    {
        // arrange
        var total = hub.WithDb(db => db.Pupils.Count());

        // act
        var seen = await PupilPages.AllIdsAsync(hub.ClientFor(persona));

        // assert
        Assert.NotEmpty(seen);
        Assert.True(seen.Count < total / 4, $"{persona} sees {seen.Count} of {total} pupils");
    }

    [Fact]
    public async Task Pupils_Dpo_SeesNoPupil()
    {
        // arrange
        var client = hub.ClientFor("dpo");

        // act
        var response = await client.PostAsync("{ pupils { totalCount nodes { id } } }");

        // assert
        Assert.Equal(0, (int)response.Data["pupils"]!["totalCount"]!);
        Assert.Empty(response.Data["pupils"]!["nodes"]!);
    }

    /// <summary>The relationship rule, restated over rows loaded into memory.</summary>
    private static List<int> ExpectedPupilIds(HubDbContext db, Hub.Identity.Persona persona)
    {
        var unit = db.Units.AsNoTracking().Single(u => u.Code == persona.UnitCode);
        var groupsHosted = db.Units.AsNoTracking().Where(u => u.HostSchoolId == unit.Id).Select(u => u.Id).ToHashSet();
        bool Active(DateOnly start, DateOnly? end) => start <= Today && (end is null || end > Today);
        var enrolled = db.Enrolments.AsNoTracking().ToList().Where(e => Active(e.StartsOn, e.EndsOn));
        var placed = db.Placements.AsNoTracking().ToList().Where(p => Active(p.StartsOn, p.EndsOn));
        var open = db.Interventions.AsNoTracking().ToList().Where(i => Active(i.OpenedOn, i.ClosedOn));
        var assessments = db.CsuAssessments.AsNoTracking().ToList();
        var toDecide = assessments.Where(a => a.Status == CsuAssessmentStatus.Open && a.Recommendation == CsuRecommendation.Recommended
            && a.GroupId is int g && groupsHosted.Contains(g) && persona.Role == Role.Principal).Select(a => a.PupilId);
        IEnumerable<int> ids = (unit.Agency, unit.Kind) switch
        {
            (Agency.School, UnitKind.School) => enrolled.Where(e => e.SchoolId == unit.Id).Select(e => e.PupilId)
                .Concat(placed.Where(p => p.GroupId == unit.Id || groupsHosted.Contains(p.GroupId)).Select(p => p.PupilId)).Concat(toDecide),
            (Agency.School, UnitKind.TeachingGroup) => placed.Where(p => p.GroupId == unit.Id).Select(p => p.PupilId),
            (Agency.School, UnitKind.PupilHealthUnit) => assessments.Where(a => a.AssessedByUnitId == unit.Id && a.Status == CsuAssessmentStatus.Open).Select(a => a.PupilId)
                .Concat(placed.Where(p => assessments.Any(a => a.Id == p.CsuAssessmentId && a.AssessedByUnitId == unit.Id)).Select(p => p.PupilId)),
            (Agency.SocialServices, _) => open.Where(i => SocialServicesNeed(persona.Role, unit, i)).Select(i => i.PupilId),
            (Agency.Bup, _) => open.Where(i => i.UnitId == unit.Id && i.Kind == InterventionKind.BupContact).Select(i => i.PupilId),
            (Agency.Police, _) => open.Where(i => i.UnitId == unit.Id && i.Kind == InterventionKind.SspfCase).Select(i => i.PupilId),
            _ => [],
        };
        return ids.Distinct().ToList();
    }

    /// <summary>Need to know inside a district's social services: reception, reports; investigators, the authority side's cases; a school social team, its own.</summary>
    private static bool SocialServicesNeed(Role role, Unit unit, Intervention i) => role switch
    {
        Role.SocialContactPerson => i.OwnerAuthority == unit.Authority && i is ReportOfConcern or PreliminaryAssessment,
        Role.Investigator => i.OwnerAuthority == unit.Authority && i is ReportOfConcern or PreliminaryAssessment or Investigation or SocialServicesIntervention,
        Role.SchoolSocialWorker => i.UnitId == unit.Id && i is SchoolSocialTeamCase or SocialServicesIntervention,
        _ => false,
    };
}
