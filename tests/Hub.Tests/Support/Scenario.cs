using System.Globalization;
using Hub.Access;
using Hub.Api;
using Hub.Data;
using Hub.Identity;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Support;

/// <summary>
/// Writes test situations straight into a test hub's database: a fresh pupil (aged 12, joint
/// custody) with an active relationship to a persona's unit, and the bases the tests vary.
/// </summary>
public sealed class Scenario(HubDbContext db)
{
    public static readonly DateOnly Today = DateOnly.ParseExact(HubFactory.Today, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static int _serial;

    public Unit Unit(string code) => db.Units.AsNoTracking().Single(u => u.Code == code);

    /// <summary>The first unit of the directory that matches, by id.</summary>
    public Unit FirstUnit(System.Linq.Expressions.Expression<Func<Unit, bool>> match) => db.Units.AsNoTracking().OrderBy(u => u.Id).First(match);

    /// <summary>Registers (folkbokför) the pupil in another district, as the population register would.</summary>
    public void RegisterIn(Pupil pupil, int districtId)
    {
        pupil.RegisteredDistrictId = districtId;
        db.SaveChanges();
    }

    /// <summary>
    /// Makes room for one more pupil in an RSU group, as its district's principals would by raising
    /// its places: the tests of one hub place many pupils in Tellusborgsskolan's RSU, more than the
    /// demo city gives it places.
    /// </summary>
    public Unit RoomIn(string code)
    {
        var group = Unit(code);
        if (db.RsuGroups.SingleOrDefault(g => g.GroupId == group.Id) is { } settings)
        {
            var taken = db.Placements.Count(p => p.GroupId == group.Id && (p.EndsOn == null || p.EndsOn > Today));
            settings.Capacity = Math.Max(settings.Capacity, taken + 1);
            db.SaveChanges();
        }

        return group;
    }

    /// <summary>Stores a record as it is, for a world a test builds by hand.</summary>
    public void Add<T>(T record)
        where T : class
    {
        db.Add(record);
        db.SaveChanges();
    }

    /// <summary>A new pupil whom the persona's unit has an active relationship with (for social services, the case its role needs: see Relate).</summary>
    public Pupil PupilRelatedTo(string persona, bool protectedIdentity = false, int? serialNumber = null)
    {
        var unit = Unit(Personas.Find(persona)!.UnitCode);
        var school = unit.Kind == UnitKind.School ? unit : Unit("school:klubbacksskolan");
        var serial = serialNumber ?? Interlocked.Increment(ref _serial);
        var birth = Today.AddYears(-12).AddDays(-serial);
        var pupil = new Pupil
        {
            PersonalIdentityNumber = Number(birth, 900 + (serial % 99)),
            GivenName = "Testa",
            FamilyName = "Scenario" + serial.ToString(CultureInfo.InvariantCulture),
            BirthDate = birth,
            Grade = 6,
            ProtectedIdentity = protectedIdentity,
            HomeSchoolId = school.Id,
            RegisteredDistrictId = school.DistrictId ?? db.Districts.First().Id,
        };
        pupil.Enrolments.Add(new Enrolment { SchoolId = school.Id, StartsOn = Today.AddYears(-6) });
        foreach (var (parent, birthNumber) in new[] { ("Mamma", 802), ("Pappa", 801) })
        {
            var guardian = new Guardian
            {
                PersonalIdentityNumber = Number(Today.AddYears(-40).AddDays(-serial), birthNumber),
                GivenName = parent,
                FamilyName = pupil.FamilyName,
            };
            pupil.Custodies.Add(new Custody { Guardian = guardian, StartsOn = birth });
        }

        db.Pupils.Add(pupil);
        db.SaveChanges();
        Relate(pupil, unit);
        return pupil;
    }

    /// <summary>Gives the pupil the relationship with another persona's unit too (for social services, the case its role needs).</summary>
    public void AlsoRelatedTo(Pupil pupil, string persona) => Relate(pupil, Unit(Personas.Find(persona)!.UnitCode));

    /// <summary>A principal's pupil placed in the district RSU, started <paramref name="monthsAgo"/> months ago, with its next review on the given day.</summary>
    public Placement RsuPlacement(int monthsAgo, DateOnly nextReviewOn)
    {
        var pupil = PupilRelatedTo("school-principal");
        var group = RoomIn("group:tellusborgsskolan-rsu");
        var placement = new Placement
        {
            PupilId = pupil.Id,
            Level = PlacementLevel.Rsu,
            GroupId = group.Id,
            DecidedByUnitId = pupil.HomeSchoolId!.Value,
            DecidedBy = "Johan Ek",
            DecidedOn = Today.AddMonths(-monthsAgo),
            EnrolledAtId = pupil.HomeSchoolId!.Value,
            StartsOn = Today.AddMonths(-monthsAgo),
            NextReviewOn = nextReviewOn,
            OwnerAuthority = group.Authority,
        };
        db.Placements.Add(placement);
        db.SaveChanges();
        return placement;
    }

    public Pupil PupilById(string globalId)
    {
        var id = GlobalId.TryDecode(globalId, "Pupil", out var key) ? key : 0;
        return db.Pupils.Single(p => p.Id == id);
    }

    /// <summary>Records about the pupil kept by every agency: Hägersten-Älvsjö social services, BUP, the police, a school.</summary>
    public void OthersRecords(Pupil pupil, InterventionKind? except = null)
    {
        var social = Unit("social:hagersten-alvsjo:investigation");
        var preventive = Unit("social:hagersten-alvsjo:preventive");
        var bup = Unit("bup:liljeholmen");
        var police = Unit("police:stockholm-syd");
        Intervention[] records =
        [
            new SocialServicesIntervention { UnitId = social.Id, OwnerAgency = Agency.SocialServices, OwnerAuthority = social.Authority, Type = SocialInterventionType.FamilyTreatment },
            new SchoolSocialTeamCase { UnitId = preventive.Id, OwnerAgency = Agency.SocialServices, OwnerAuthority = preventive.Authority, Track = SchoolSocialTeamTrack.Sst2Rsu },
            new BupContact { UnitId = bup.Id, OwnerAgency = Agency.Bup, OwnerAuthority = bup.Authority },
            new SspfCase { UnitId = police.Id, OwnerAgency = Agency.Police, OwnerAuthority = police.Authority },
        ];
        foreach (var record in records.Where(r => r.GetType().Name != except?.ToString()))
        {
            record.PupilId = pupil.Id;
            record.OpenedOn = Today.AddMonths(-2);
            db.Interventions.Add(record);
        }

        var group = Unit("group:tellusborgsskolan-rsu");
        db.Placements.Add(new Placement
        {
            PupilId = pupil.Id,
            Level = PlacementLevel.Rsu,
            GroupId = group.Id,
            DecidedByUnitId = group.HostSchoolId!.Value,
            DecidedBy = "Test",
            DecidedOn = Today.AddMonths(-4),
            EnrolledAtId = pupil.HomeSchoolId!.Value,
            StartsOn = Today.AddMonths(-4),
            EndsOn = Today.AddMonths(-1),
            EndReason = "Back in the home school's class.",
            OwnerAuthority = group.Authority,
        });
        db.SaveChanges();
    }

    /// <summary>
    /// Records about the pupil that a caller of the given authority may not see without a grant:
    /// each kept by another authority (another district's social services, an independent school,
    /// the region, the police), skipping any kept by the caller's own.
    /// </summary>
    public void HiddenRecords(Pupil pupil, string callerAuthority)
    {
        var skarholmen = Unit("social:skarholmen:investigation");
        var bup = db.Units.AsNoTracking().First(u => u.Kind == UnitKind.BupClinic && u.Code != "bup:liljeholmen");
        var police = db.Units.AsNoTracking().First(u => u.Kind == UnitKind.PoliceArea && u.Code != "police:stockholm-syd");
        var independent = db.Units.AsNoTracking().First(u => u.Ownership == SchoolOwnership.Independent);
        // A group no persona's unit is part of: placing a pupil in a persona's own group is a relationship, not hidden data.
        var csu = db.Units.AsNoTracking().First(u => u.GroupLevel == PlacementLevel.Csu && u.Code != "group:csu-bromma");
        Intervention[] records =
        [
            new SocialServicesIntervention { UnitId = skarholmen.Id, OwnerAgency = Agency.SocialServices, OwnerAuthority = skarholmen.Authority, Type = SocialInterventionType.OutOfHomeCare },
            new Investigation { UnitId = skarholmen.Id, OwnerAgency = Agency.SocialServices, OwnerAuthority = skarholmen.Authority, DueOn = Today.AddMonths(2), EducationInvestigated = true },
            new BupContact { UnitId = bup.Id, OwnerAgency = Agency.Bup, OwnerAuthority = bup.Authority },
            new SspfCase { UnitId = police.Id, OwnerAgency = Agency.Police, OwnerAuthority = police.Authority },
        ];
        foreach (var record in records.Where(r => r.OwnerAuthority != callerAuthority))
        {
            record.PupilId = pupil.Id;
            record.OpenedOn = Today.AddMonths(-2);
            db.Interventions.Add(record);
        }

        db.Placements.Add(new Placement
        {
            PupilId = pupil.Id,
            Level = PlacementLevel.Csu,
            GroupId = csu.Id,
            DecidedByUnitId = independent.Id,
            DecidedBy = "Hidden",
            DecidedOn = Today.AddMonths(-5),
            EnrolledAtId = independent.Id,
            StartsOn = Today.AddMonths(-5),
            OwnerAuthority = independent.Authority,
        });
        db.AbsenceRecords.Add(new AbsenceRecord
        {
            PupilId = pupil.Id,
            SchoolId = independent.Id,
            Term = "2026-VT",
            Percent = 61,
            ReportedOn = Today.AddMonths(-5),
            OwnerAuthority = independent.Authority,
        });
        db.Enrolments.Add(new Enrolment { PupilId = pupil.Id, SchoolId = independent.Id, StartsOn = Today.AddYears(-8), EndsOn = Today.AddYears(-6) });
        var sip = new Sip { PupilId = pupil.Id, InitiatedByUnitId = skarholmen.Id, CreatedOn = Today.AddMonths(-1), Goal = "Hidden plan." };
        sip.Participants.Add(new SipParticipant
        {
            UnitId = skarholmen.Id,
            Authority = skarholmen.Authority,
            CoordinatorName = "Hidden",
            LeadsCoordination = true,
            Responsibility = "Hidden.",
        });
        db.Sips.Add(sip);
        db.SaveChanges();
    }

    /// <summary>A report of concern that Hägersten-Älvsjö's reception holds, naming its reporter and phone.</summary>
    public void ReportOfConcern(Pupil pupil)
    {
        var reception = Unit("social:hagersten-alvsjo:reception");
        db.Interventions.Add(new ReportOfConcern
        {
            PupilId = pupil.Id,
            UnitId = reception.Id,
            OwnerAgency = Agency.SocialServices,
            OwnerAuthority = reception.Authority,
            OpenedOn = Today.AddDays(-3),
            AssessmentDueOn = Today.AddDays(11),
            ReporterKind = ReporterKind.Other,
            ReporterName = "Grannen Svensson",
            ReporterContact = "070-123 45 67",
            Summary = "Loud fights at home every night.",
        });
        db.SaveChanges();
    }

    public Guardian[] GuardiansOf(Pupil pupil) =>
        db.Custodies.Where(c => c.PupilId == pupil.Id).Select(c => c.Guardian).OrderBy(g => g.Id).ToArray();

    /// <summary>
    /// A consent from every producing agency to the persona's agency, for every category, signed by
    /// these guardians, recorded by Klubbacksskolan. Unless <paramref name="confirmed"/> is false,
    /// each provision is in effect for the authority that keeps the persona-world records
    /// (<see cref="OthersRecords"/>): Klubbacksskolan's own, and confirmed by Hägersten-Älvsjö social
    /// services and BUP; the police never confirm (they record no consents), so theirs stays pending.
    /// </summary>
    public ConsentRecord Consent(Pupil pupil, Agency to, IEnumerable<Guardian> signedBy, DateOnly? validTo = null, bool withdrawn = false, bool confirmed = true,
        SharingPurpose? purpose = null)
    {
        var keepers = new Dictionary<Agency, string>
        {
            [Agency.School] = Unit("school:klubbacksskolan").Authority,
            [Agency.SocialServices] = Unit("social:hagersten-alvsjo:investigation").Authority,
            [Agency.Bup] = Unit("bup:liljeholmen").Authority,
            [Agency.Police] = Unit("police:stockholm-syd").Authority,
        };
        var recorder = Unit("school:klubbacksskolan");
        var consent = new ConsentRecord
        {
            PupilId = pupil.Id,
            ValidFrom = Today.AddMonths(-2),
            ValidTo = validTo ?? Today.AddMonths(10),
            RecordedBy = "Johan Ek",
            RecordedByUnitId = recorder.Id,
            RecordedAt = DateTime.UtcNow.AddDays(-60),
            FormReference = "TEST-" + pupil.Id.ToString(CultureInfo.InvariantCulture),
            WithdrawnAt = withdrawn ? DateTime.UtcNow.AddDays(-1) : null,
            WithdrawnByPupil = withdrawn,
        };
        foreach (var category in DataCategories.AboutPupils.Where(c => DataCategories.ProducedBy(c) is not null))
        {
            consent.Provisions.Add(new ConsentProvision
            {
                Category = category,
                FromAgency = DataCategories.ProducedBy(category)!.Value,
                ToAgency = to,
                Purpose = purpose ?? ReceivedFor(to),
                FromAuthority = keepers[DataCategories.ProducedBy(category)!.Value],
                DisclosedByAuthority = confirmed && DataCategories.ProducedBy(category) != Agency.Police ? keepers[DataCategories.ProducedBy(category)!.Value] : null,
            });
        }

        foreach (var guardian in signedBy)
        {
            consent.Signatures.Add(new ConsentSignature { GuardianId = guardian.Id, SignedOn = Today.AddMonths(-2) });
        }

        db.Consents.Add(consent);
        db.SaveChanges();
        return consent;
    }

    /// <summary>The purpose the receiving agency's main role reads for when it declares none: what a consent to it is usually for.</summary>
    public static SharingPurpose ReceivedFor(Agency to) => to switch
    {
        Agency.SocialServices => SharingPurpose.Investigation,
        Agency.Bup => SharingPurpose.Bus,
        Agency.Police => SharingPurpose.Sspf,
        _ => SharingPurpose.SchoolSupport,
    };

    /// <summary>
    /// Legal bases for every category another agency produces, granted to the unit: a disclosure
    /// decision's, for <paramref name="purpose"/> (by default what the receiving agency reads for).
    /// </summary>
    public void LegalBases(Pupil pupil, Unit to, bool open, SharingPurpose? purpose = null)
    {
        var decider = Unit("school:klubbacksskolan");
        var decision = new DisclosureDecision
        {
            PupilId = pupil.Id,
            Kind = LegalBasisKind.DisclosureNecessary,
            FromAgency = Agency.School,
            FromAuthority = decider.Authority,
            DecidedByUnitId = decider.Id,
            DecidedById = "p-1002",
            DecidedByName = "Johan Ek",
            DecidedByRole = Role.Principal,
            DecidedAt = DateTime.UtcNow.AddDays(-30),
            ToUnitId = to.Id,
            Categories = "Absence",
            Purpose = purpose ?? ReceivedFor(to.Agency),
            ValidFrom = Today.AddMonths(-1),
            ValidUntil = open ? Today.AddMonths(1) : Today.AddDays(-1),
            Reason = "Test.",
        };
        db.DisclosureDecisions.Add(decision);
        db.SaveChanges();
        foreach (var category in DataCategories.AboutPupils.Where(c => DataCategories.ProducedBy(c) is not null))
        {
            db.LegalBases.Add(new LegalBasis
            {
                PupilId = pupil.Id,
                Kind = LegalBasisKind.DisclosureNecessary,
                Statute = "Offentlighets- och sekretesslag (2009:400) 10 kap. 2 §",
                GrantedToUnitId = to.Id,
                Category = category,
                FromAgency = DataCategories.ProducedBy(category)!.Value,
                ValidFrom = Today.AddMonths(-1),
                ValidTo = open ? null : Today.AddDays(-1),
                SourceDisclosureId = decision.Id,
            });
        }

        db.SaveChanges();
    }

    public void ExpiredEmergencyAccess(Pupil pupil, string persona)
    {
        var p = Personas.Find(persona)!;
        db.EmergencyAccesses.Add(new EmergencyAccess
        {
            PupilId = pupil.Id,
            PersonId = p.PersonId,
            PersonName = p.DisplayName,
            UnitId = Unit(p.UnitCode).Id,
            Reason = "Acute danger reported by the police during the night (test).",
            OpenedAt = DateTime.UtcNow.AddHours(-6),
            ExpiresAt = DateTime.UtcNow.AddHours(-2),
            ReviewDueOn = Today.AddDays(14),
            Categories = "," + string.Join(',', DataCategories.AboutPupils) + ",",
        });
        db.SaveChanges();
    }

    private void Relate(Pupil pupil, Unit unit)
    {
        switch (unit.Kind)
        {
            case UnitKind.TeachingGroup or UnitKind.PupilHealthUnit:
                var group = unit.Kind == UnitKind.TeachingGroup ? unit : Unit("group:csu-bromma");
                db.Placements.Add(new Placement
                {
                    PupilId = pupil.Id,
                    Level = group.GroupLevel ?? PlacementLevel.Rsu,
                    GroupId = group.Id,
                    DecidedByUnitId = group.HostSchoolId!.Value,
                    DecidedBy = "Test",
                    DecidedOn = Today.AddMonths(-3),
                    EnrolledAtId = pupil.HomeSchoolId!.Value,
                    StartsOn = Today.AddMonths(-3),
                    NextReviewOn = Today.AddMonths(2),
                    OwnerAuthority = "education",
                    // The pupil-health unit sees the pupils placed on its assessments.
                    CsuAssessment = unit.Kind == UnitKind.PupilHealthUnit
                        ? new CsuAssessment
                        {
                            PupilId = pupil.Id,
                            AssessedByUnitId = unit.Id,
                            AssessedBy = "Test",
                            AssessedOn = Today.AddMonths(-4),
                            Recommendation = CsuRecommendation.Recommended,
                            GroupId = group.Id,
                            Reasons = "Test.",
                            Status = CsuAssessmentStatus.Decided,
                            OwnerAuthority = unit.Authority,
                        }
                        : null,
                });
                break;
            case UnitKind.School or UnitKind.DataProtectionOffice:
                break;
            case UnitKind.FirstLineUnit or UnitKind.HabilitationUnit or UnitKind.LeisureUnit:
                RelateByConsent(pupil, unit);
                break;
            default:
                // Each social-services unit through the kind of case that puts a pupil in its sight: reception and
                // investigators a report (received by the unit), the school social team its own case.
                var kind = unit.Kind switch
                {
                    UnitKind.BupClinic => (Intervention)new BupContact { OwnerAuthority = unit.Authority },
                    UnitKind.PoliceArea => new SspfCase { OwnerAuthority = unit.Authority },
                    UnitKind.SocialServicesReception or UnitKind.SocialServicesInvestigation => new ReportOfConcern
                    {
                        OwnerAuthority = unit.Authority,
                        ReporterKind = ReporterKind.Other,
                        ReporterName = "Test Reporter",
                        AssessmentDueOn = Today.AddMonths(-1).AddDays(global::Hub.Records.ReportOfConcern.AssessmentDays),
                    },
                    _ => new SchoolSocialTeamCase { OwnerAuthority = unit.Authority, Track = SchoolSocialTeamTrack.Sst },
                };
                kind.PupilId = pupil.Id;
                kind.UnitId = unit.Id;
                kind.OwnerAgency = unit.Agency;
                kind.OpenedOn = Today.AddMonths(-1);
                db.Interventions.Add(kind);
                break;
        }

        db.SaveChanges();
    }

    /// <summary>
    /// First-line psychiatry, habilitation and leisure keep no records, so only a consent in effect
    /// brings a pupil to them: for the region's care, a SIP of Klubbacksskolan's that the unit takes
    /// part in, under a consent letting the school's absence cross to it for the SIP; for leisure,
    /// a consent letting Hägersten-Älvsjö social services tell it of interventions for SSPF. Both are
    /// recorded by Klubbacksskolan, whose principal can withdraw them. The
    /// provision names the unit, or (<paramref name="toUnit"/> false) only its agency.
    /// </summary>
    public ConsentRecord RelateByConsent(Pupil pupil, Unit unit, bool toUnit = true)
    {
        var sip = unit.Agency != Agency.Leisure;
        var keeper = Unit(sip ? "school:klubbacksskolan" : "social:hagersten-alvsjo:investigation");
        var consent = new ConsentRecord
        {
            PupilId = pupil.Id,
            ValidFrom = Today.AddMonths(-2),
            ValidTo = Today.AddMonths(10),
            RecordedBy = "Johan Ek",
            RecordedByUnitId = Unit("school:klubbacksskolan").Id,
            RecordedAt = DateTime.UtcNow.AddDays(-60),
            FormReference = "RELATE-" + pupil.Id.ToString(CultureInfo.InvariantCulture),
        };
        consent.Provisions.Add(new ConsentProvision
        {
            Category = sip ? DataCategory.Absence : DataCategory.SocialServicesIntervention,
            FromAgency = keeper.Agency,
            ToAgency = unit.Agency,
            ToUnitId = toUnit ? unit.Id : null,
            Purpose = sip ? SharingPurpose.Sip : SharingPurpose.Sspf,
            FromAuthority = keeper.Authority,
            DisclosedByAuthority = keeper.Authority,
        });
        foreach (var guardian in db.Custodies.Where(c => c.PupilId == pupil.Id).Select(c => c.GuardianId).ToList())
        {
            consent.Signatures.Add(new ConsentSignature { GuardianId = guardian, SignedOn = Today.AddMonths(-2) });
        }

        // From the consent age the pupil's own signature is needed too (a scenario's serial can make a pupil older).
        if (pupil.BirthDate <= Today.AddYears(-15))
        {
            consent.Signatures.Add(new ConsentSignature { ByPupil = true, SignedOn = Today.AddMonths(-2) });
        }

        db.Consents.Add(consent);
        db.SaveChanges();
        if (sip)
        {
            var plan = new Sip { PupilId = pupil.Id, InitiatedByUnitId = keeper.Id, CreatedOn = Today.AddMonths(-1), Goal = "Calmer days at school.", ConsentId = consent.Id };
            plan.Participants.Add(new SipParticipant { UnitId = keeper.Id, Authority = keeper.Authority, CoordinatorName = "Johan Ek", LeadsCoordination = true, Responsibility = "Adapted timetable." });
            plan.Participants.Add(new SipParticipant { UnitId = unit.Id, Authority = unit.Authority, CoordinatorName = "Care Coordinator", Responsibility = "Assessment and treatment." });
            db.Sips.Add(plan);
            db.SaveChanges();
        }

        return consent;
    }

    private static string Number(DateOnly birth, int birthNumber)
    {
        var nine = birth.ToString("yyMMdd", CultureInfo.InvariantCulture) + birthNumber.ToString("D3", CultureInfo.InvariantCulture);
        return birth.ToString("yyyy", CultureInfo.InvariantCulture)[..2] + nine + PersonalIdentityNumber.CheckDigit(nine);
    }
}
