using Hub.Access;
using Hub.Consents;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Seeding;

public sealed class DemoCityConsentTests(SeededDemoCity city) : IClassFixture<SeededDemoCity>
{
    private static readonly DateOnly Today = SeededDemoCity.Today;

    [Fact]
    public async Task SeedAsync_Demo_ConsentsAreActiveWithdrawnExpiredAndMissingASignature()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var consents = await db.Consents.Select(c => new
        {
            c.ValidTo,
            c.WithdrawnAt,
            c.WithdrawnByGuardianId,
            Signed = c.Signatures.Count(s => s.GuardianId != null),
            Custodians = c.Pupil.Custodies.Count(k => k.StartsOn <= c.ValidFrom && (k.EndsOn == null || k.EndsOn > c.ValidFrom)),
            Recorder = c.RecordedByUnit.Agency,
            Provisions = c.Provisions.Count,
        }).ToListAsync();

        // assert
        Assert.InRange(consents.Count, 80, 100);
        Assert.Contains(consents, c => c.WithdrawnAt is not null && c.WithdrawnByGuardianId is not null);
        Assert.Contains(consents, c => c.ValidTo < Today);
        Assert.Contains(consents, c => c.Custodians == 2 && c.Signed == 1);
        Assert.True(consents.Count(c => c.ValidTo >= Today && c.WithdrawnAt is null && c.Signed == c.Custodians) > consents.Count / 2);
        Assert.All(consents, c => Assert.NotEqual(Agency.Police, c.Recorder));
        Assert.All(consents, c => Assert.True(c.Provisions > 0));
    }

    [Fact]
    public async Task SeedAsync_Demo_EveryConsentPassesTheRulesTheMutationsKeep()
    {
        // arrange
        await using var db = city.NewContext();
        var consents = await db.Consents.AsNoTracking().Include(c => c.Provisions).Include(c => c.Signatures).ToListAsync();
        var custodies = (await db.Custodies.AsNoTracking().ToListAsync()).ToLookup(c => c.PupilId);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Agency);

        // act
        var problems = consents.SelectMany(c => ConsentRules.ProblemsOf(
                c,
                day => custodies[c.PupilId].Where(k => k.StartsOn <= day && (k.EndsOn == null || k.EndsOn > day)).Select(k => k.GuardianId).ToList(),
                unit => units[unit],
                Today)
            .Select(problem => $"consent {c.Id} ({c.FormReference}): {problem}"))
            .ToList();

        // assert
        Assert.True(consents.Count > 50);
        Assert.Empty(problems);
    }

    [Fact]
    public void ConsentRules_SeeABrokenRecord()
    {
        // A positive control: a record that breaks each rule is reported for each.
        var consent = new ConsentRecord
        {
            ValidFrom = Today.AddMonths(-1),
            ValidTo = Today.AddYears(2),
            FormReference = "x",
            RecordedBy = "x",
            Provisions =
            {
                new ConsentProvision { Category = DataCategory.Investigation, FromAgency = Agency.School, ToAgency = Agency.School, FromAuthority = "education" },
            },
            Signatures = { new ConsentSignature { GuardianId = 7, SignedOn = Today } },
        };

        var problems = ConsentRules.ProblemsOf(consent, _ => [], _ => Agency.School, Today).ToList();

        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public async Task SeedAsync_Demo_PupilsSignFromFifteen()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var signatures = await db.ConsentSignatures.Where(s => s.ByPupil)
            .Join(db.Consents, s => s.ConsentId, c => c.Id, (s, c) => new { s.SignedOn, c.Pupil.BirthDate })
            .ToListAsync();

        // assert
        Assert.NotEmpty(signatures);
        Assert.All(signatures, s => Assert.True(s.BirthDate.AddYears(15) <= s.SignedOn));
    }

    [Fact]
    public async Task SeedAsync_Demo_TellusborgsskolanRsuPupilsLetSocialServicesShareWithTheSchool()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var pupils = await db.Consents
            .Where(c => c.ValidTo >= Today && c.WithdrawnAt == null
                && c.Pupil.Placements.Any(p => p.Group.Code == "group:tellusborgsskolan-rsu" && p.EndsOn == null)
                && c.Provisions.Any(p => p.FromAgency == Agency.SocialServices && p.ToAgency == Agency.School
                    && (p.Category == DataCategory.SocialServicesIntervention || p.Category == DataCategory.Investigation)
                    && (p.Purpose == SharingPurpose.Sip || p.Purpose == SharingPurpose.SchoolSupport)))
            .Select(c => c.PupilId).Distinct().CountAsync();

        // assert
        Assert.True(pupils >= 3);
        Assert.True(await db.ConsentProvisions.AnyAsync(p => p.ToUnitId != null));
        Assert.True(await db.Consents.AnyAsync(c => c.PupilView != null));
    }

    [Fact]
    public async Task SeedAsync_Demo_EverySipHasOneLeadAndSomeJoinKlubbacksskolanSocialServicesAndBup()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var sips = await db.Sips.Select(s => new
        {
            s.ClosedOn,
            Leads = s.Participants.Count(p => p.LeadsCoordination),
            Units = s.Participants.Select(p => p.Unit.Code).ToList(),
            Named = s.Participants.All(p => p.CoordinatorName != ""),
        }).ToListAsync();

        // assert
        Assert.InRange(sips.Count, 18, 30);
        Assert.All(sips, s => Assert.Equal(1, s.Leads));
        Assert.All(sips, s => Assert.True(s.Named && s.Units.Count >= 2));
        Assert.Contains(sips, s => s.ClosedOn is not null);
        Assert.True(sips.Count(s => s.Units.Contains("school:klubbacksskolan") && s.Units.Contains("bup:liljeholmen")
            && s.Units.Any(u => u.StartsWith("social:hagersten-alvsjo:", StringComparison.Ordinal))) >= 2);
    }

    [Fact]
    public async Task SeedAsync_Demo_LegalBasesFollowTheirSource()
    {
        // arrange
        await using var db = city.NewContext();

        // act
        var bases = await db.LegalBases.ToListAsync();
        var units = await db.Units.ToDictionaryAsync(u => u.Id);
        var pupils = await db.Pupils.ToDictionaryAsync(p => p.Id);
        var investigations = await db.Interventions.OfType<Investigation>().ToListAsync();
        var reports = await db.Interventions.OfType<ReportOfConcern>().Where(r => r.ReporterUnitId != null).ToListAsync();
        var sspfCases = await db.Interventions.OfType<SspfCase>().ToListAsync();

        // assert
        Assert.All(investigations, i =>
        {
            var granted = bases.Where(b => b.SourceInterventionId == i.Id).ToList();
            DataCategory[] expected = i.EducationInvestigated
                ? [DataCategory.Placement, DataCategory.Absence, DataCategory.BupContact, DataCategory.PoliceSspf]
                : [DataCategory.BupContact, DataCategory.PoliceSspf];
            Assert.Equal(expected, granted.Select(b => b.Category).Order());
            Assert.All(granted, b => Assert.Equal((i.UnitId, i.PupilId, i.OpenedOn, i.ClosedOn, LegalBasisKind.InvestigationDutyToInform, DataCategories.ProducedBy(b.Category)),
                (b.GrantedToUnitId, b.PupilId, b.ValidFrom, b.ValidTo, b.Kind, (Agency?)b.FromAgency)));
        });
        Assert.All(reports, r =>
        {
            var reporter = units[r.ReporterUnitId!.Value];
            var granted = bases.Where(b => b.SourceInterventionId == r.Id).ToList();
            Assert.Equal(LegalBasisKinds.From(LegalBasisKind.ReportOfConcernReporter, reporter.Agency).Select(f => f.Category).Order(), granted.Select(b => b.Category).Order());
            Assert.All(granted, b => Assert.Equal((r.UnitId, LegalBasisKind.ReportOfConcernReporter, reporter.Authority, r.ClosedOn), (b.GrantedToUnitId, b.Kind, b.FromAuthority, b.ValidTo)));
        });
        Assert.All(sspfCases, c =>
        {
            var granted = bases.Where(b => b.SourceInterventionId == c.Id).OrderBy(b => b.Category).ToList();
            var social = units.Values.Where(u => u.Kind == UnitKind.SocialServicesPreventive && u.DistrictId == pupils[c.PupilId].RegisteredDistrictId).MinBy(u => u.Id)!;
            Assert.Equal([(DataCategory.SocialServicesIntervention, c.UnitId, social.Authority), (DataCategory.PoliceSspf, social.Id, c.OwnerAuthority)],
                granted.Select(b => (b.Category, b.GrantedToUnitId, b.FromAuthority!)));
            Assert.All(granted, b => Assert.Equal((LegalBasisKind.SspfExchange, c.ClosedOn ?? pupils[c.PupilId].BirthDate.AddYears(21)), (b.Kind, b.ValidTo)));
        });
        Assert.Equal(bases.Count, bases.Count(b => investigations.Concat<Intervention>(reports).Concat(sspfCases).Any(i => i.Id == b.SourceInterventionId)));
        Assert.Contains(bases, b => b.Kind == LegalBasisKind.SspfExchange);
        Assert.Contains(bases, b => b.Kind == LegalBasisKind.ReportOfConcernReporter && b.FromAgency == Agency.Bup);
    }
}
