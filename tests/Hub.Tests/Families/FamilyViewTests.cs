using Hub.Api;
using Hub.Identity;
using Hub.Records;
using Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace Hub.Tests.Families;

/// <summary>
/// The family's own view through HTTP with family tokens: a guardian sees their own children only,
/// never a staff name, no unit of a protected child; family and staff tokens each reach only their own roots.
/// </summary>
public sealed class FamilyViewTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string View = """
        query {
          family {
            role
            children {
              id givenName familyName protectedIdentity
              consents {
                id version validFrom validTo recordedByAgency withdrawnAt withdrawnByPupil withdrawnByGuardian { givenName familyName }
                provisions { id category fromAgency toAgency toUnit purpose status refusalReason withdrawnAt withdrawnByPupil }
                signatures { byPupil signedOn guardian { givenName familyName } }
              }
              accessReport { pupilId unitsWithheld lines { day agency unit categories bases reads emergency } }
            }
          }
        }
        """;

    private sealed record Family(string PupilId, string GuardianNumber, string OtherPupilId);

    /// <summary>A pupil of Klubbacksskolan with records everywhere and a consent to the school, and another family's pupil beside it.</summary>
    private Family NewFamily(bool protectedIdentity = false, bool consent = true)
    {
        var (family, consentId) = new ScenarioRunner(hub).Run(s =>
        {
            var pupil = s.PupilRelatedTo("school-principal", protectedIdentity);
            s.OthersRecords(pupil);
            var guardians = s.GuardiansOf(pupil);
            var recorded = consent ? s.Consent(pupil, Agency.School, guardians) : null;
            var other = s.PupilRelatedTo("school-principal");
            s.Consent(other, Agency.School, s.GuardiansOf(other));
            return (new Family(GlobalId.Encode("Pupil", pupil.Id), guardians[0].PersonalIdentityNumber, GlobalId.Encode("Pupil", other.Id)), recorded?.Id);
        });

        // One provision narrowed to Klubbacksskolan: a unit the family's view names only for a child without a protected identity.
        var school = hub.WithDb(db => db.Units.Single(u => u.Code == "school:klubbacksskolan").Id);
        hub.WithDb(db => db.ConsentProvisions.Where(p => p.ConsentId == consentId).OrderBy(p => p.Id).Take(1)
            .ExecuteUpdate(u => u.SetProperty(p => p.ToUnitId, school)));
        return family;
    }

    /// <summary>The principal reads the child's interventions and consents: lines in the access report, naming the school.</summary>
    private async Task StaffReadsAsync(string pupilId)
    {
        var read = await hub.ClientFor("school-principal").PostAsync("query($id: ID!) { pupil(id: $id) { interventions { kind } consents { id } } }", new { id = pupilId });
        Assert.NotNull(read.Data["pupil"]);
    }

    [Fact]
    public async Task Family_GuardianPersona_SeesTheWorkedExamplesChild()
    {
        // act
        var view = await hub.ClientFor("guardian").PostAsync(View);

        // assert
        Assert.Null(view.Errors);
        Assert.Equal("GUARDIAN", (string?)view.Data["family"]!["role"]);
        Assert.Contains(view.Data["family"]!["children"]!, c => (string?)c["givenName"] == "Theo" && (string?)c["familyName"] == "Hansson");
    }

    [Fact]
    public async Task Family_Guardian_SeesOnlyTheirOwnChildren()
    {
        // arrange
        var family = NewFamily();

        // act
        var view = await hub.FamilyClientFor(family.GuardianNumber).PostAsync(View);

        // assert
        Assert.Null(view.Errors);
        var children = view.Data["family"]!["children"]!;
        Assert.Equal([family.PupilId], children.Select(c => (string?)c["id"]));
        Assert.NotEmpty(children[0]!["consents"]!);
        Assert.DoesNotContain(family.OtherPupilId, view.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Family_AnotherFamilysNewConsent_TheAnswerIsTheSame_WhileTheirOwnChanges()
    {
        // arrange
        var family = NewFamily(consent: false);
        var client = hub.FamilyClientFor(family.GuardianNumber);
        var before = await client.PostAsync(View);

        // act: another family's consent, then (positive control) one of their own.
        new ScenarioRunner(hub).Run(s => s.Consent(s.PupilById(family.OtherPupilId), Agency.Bup, s.GuardiansOf(s.PupilById(family.OtherPupilId))));
        var afterOthers = await client.PostAsync(View);
        new ScenarioRunner(hub).Run(s => s.Consent(s.PupilById(family.PupilId), Agency.Bup, s.GuardiansOf(s.PupilById(family.PupilId))));
        var afterOwn = await client.PostAsync(View);

        // assert
        Assert.Equal(Consents(before), Consents(afterOthers));
        Assert.NotEqual(Consents(before), Consents(afterOwn));

        static string Consents(Envelope e) => e.Data["family"]!["children"]!.Select(c => c["consents"]!.ToString()).Single();
    }

    [Fact]
    public async Task Family_Answers_NameNoMemberOfStaff()
    {
        // arrange
        var family = NewFamily();
        await StaffReadsAsync(family.PupilId);
        var staffView = await hub.ClientFor("school-principal").PostAsync("query($id: ID!) { pupil(id: $id) { consents { recordedBy } } }", new { id = family.PupilId });

        // act
        var view = await hub.FamilyClientFor(family.GuardianNumber).PostAsync(View);

        // assert: the staff's own view names the recorder (positive control); the family's names no one on staff.
        Assert.Contains("Johan Ek", staffView.Text, StringComparison.Ordinal);
        Assert.Null(view.Errors);
        Assert.NotEmpty(view.Data["family"]!["children"]![0]!["accessReport"]!["lines"]!);
        foreach (var persona in Personas.All.Where(p => p.Agency != Agency.Family))
        {
            Assert.DoesNotContain(persona.DisplayName, view.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(persona.PersonId, view.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Family_ProtectedChild_NoUnitIsNamed(bool protectedIdentity)
    {
        // arrange
        var family = NewFamily(protectedIdentity);
        await StaffReadsAsync(family.PupilId);

        // act
        var view = await hub.FamilyClientFor(family.GuardianNumber).PostAsync(View);

        // assert: an unprotected child's view names the school (the control); a protected child's names no unit.
        Assert.Null(view.Errors);
        var child = view.Data["family"]!["children"]![0]!;
        var units = child["accessReport"]!["lines"]!.Select(l => (string?)l["unit"])
            .Concat(child["consents"]!.SelectMany(c => c["provisions"]!).Select(p => (string?)p["toUnit"])).Where(u => u is not null).ToList();
        Assert.Equal(protectedIdentity, (bool)child["accessReport"]!["unitsWithheld"]!);
        Assert.Equal(protectedIdentity, units.Count == 0);
        Assert.Equal(protectedIdentity, !view.Text.Contains("Klubbacksskolan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Family_StaffToken_AccessDenied()
    {
        // act
        var refused = await hub.ClientFor("school-principal").PostAsync("query { family { role children { id } } }");

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
        Assert.Equal(JTokenType.Null, refused.Body["data"]!.Type);
    }

    [Theory]
    [InlineData("query($id: ID!) { pupil(id: $id) { givenName } }")]
    [InlineData("query { me { name } }")]
    [InlineData("query($id: ID!) { guardianReport(pupil: $id) { unitsWithheld } }")]
    [InlineData("mutation($id: ID!) { reportAbsence(input: { pupilId: $id, term: \"2026-HT\", percent: 5.0 }) { absence { id } } }")]
    public async Task StaffRoots_FamilyToken_AccessDeniedAndNothingChanges(string document)
    {
        // arrange
        var family = NewFamily();

        // act
        var refused = await StoreContents.UnchangedAsync(hub, () => hub.FamilyClientFor(family.GuardianNumber).PostAsync(document, new { id = family.PupilId }));

        // assert
        Assert.Equal("ACCESS_DENIED", refused.ErrorCode());
        Assert.DoesNotContain("Testa", refused.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Family_PupilUnderTheConsentAge_SeesNoOne_FromTheAgeThemself()
    {
        // arrange
        var family = NewFamily();
        var number = hub.WithDb(db => db.Pupils.Single(p => p.Id == Id(family.PupilId)).PersonalIdentityNumber);
        var young = await hub.FamilyClientFor(number, Role.Pupil).PostAsync("query { family { children { id } } }");

        // act
        hub.WithDb(db => db.Pupils.Where(p => p.Id == Id(family.PupilId)).ExecuteUpdate(u => u.SetProperty(p => p.BirthDate, new DateOnly(2010, 5, 1))));
        var fifteen = await hub.FamilyClientFor(number, Role.Pupil).PostAsync("query { family { children { id } } }");

        // assert
        Assert.Empty(young.Data["family"]!["children"]!);
        Assert.Equal([family.PupilId], fifteen.Data["family"]!["children"]!.Select(c => (string?)c["id"]));
    }

    [Fact]
    public async Task Family_Read_IsLoggedAsTheFamilysAndLeftOutOfTheirOwnReport()
    {
        // arrange
        var family = NewFamily();
        var client = hub.FamilyClientFor(family.GuardianNumber);

        // act
        await client.PostAsync(View);
        var second = await client.PostAsync(View);

        // assert
        var rows = hub.WithDb(db => db.AccessLog.AsNoTracking().Where(e => e.PupilId == Id(family.PupilId) && e.Agency == "Family").ToList());
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(("family", "Guardian", "f-" + family.GuardianNumber), (r.UnitCode, r.Role, r.PersonId)));
        Assert.Contains("Consent", rows[0].Categories, StringComparison.Ordinal);
        Assert.DoesNotContain(second.Data["family"]!["children"]![0]!["accessReport"]!["lines"]!, l => (string?)l["agency"] == "FAMILY");
    }

    [Theory]
    [InlineData("Guardian", "198204152386", "school:klubbacksskolan", null)]
    [InlineData("Guardian", "198204152386", null, "School")]
    [InlineData("Guardian", "19820415238", null, null)]
    [InlineData("Guardian", "198204152385", null, null)]
    [InlineData("Pupil", null, null, null)]
    public async Task Family_InconsistentToken_Refused(string role, string? number, string? unit, string? agency)
    {
        // arrange
        var extra = number is null ? [] : new[] { new System.Security.Claims.Claim(HubClaims.PersonalIdentityNumber, number) };
        var token = new TokenForge(hub).Create(unit: unit, agency: agency, role: role, extraClaims: extra);
        var client = new HubClient(hub.CreateClient(), token);

        // act
        var refused = await client.PostAsync("query { family { role } }");

        // assert
        Assert.Equal(403, refused.Status);
    }

    private static int Id(string globalId) => GlobalId.TryDecode(globalId, "Pupil", out var id) ? id : throw new ArgumentException(globalId);
}
