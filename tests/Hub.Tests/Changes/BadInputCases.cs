using Hub.Api;
using Hub.Placements;
using Hub.Tests.Support;

namespace Hub.Tests.Changes;

/// <summary>One bad request: who sends it, to which mutation, and the error it must get ("CODE input.field", or "GRAPHQL:" and a message part).</summary>
public sealed record BadInput(string Persona, string Mutation, string InputType, object Input, string Selection, string Expected);

/// <summary>The bad-input cases, by name, each built against a fresh scenario in the given hub.</summary>
public static class BadInputCases
{
    private const string Placement = "placement { id }";
    private static readonly string TooLong = new('x', PlacementFollowUpMutations.MaxTextLength + 1);

    private static readonly Dictionary<string, Func<HubFactory, BadInput>> All = new()
    {
        ["malformed personal identity number"] = hub => Csu(hub, "20141212-1213", "INVALID input.personalIdentityNumber"),
        ["personal identity number with letters"] = hub => Csu(hub, "2014121A1213", "INVALID input.personalIdentityNumber"),
        ["unknown personal identity number"] = hub => Csu(hub, "201412121210", "NOT_FOUND input.personalIdentityNumber"),
        ["start before decision"] = hub =>
        {
            var (pupilId, rsu) = PrincipalsPupil(hub);
            return new("school-principal", "placeInRsu", "PlaceInRsuInput", new { pupilId, groupId = rsu, startsOn = "2026-11-01", decidedOn = "2026-11-20" }, Placement, "INVALID input.startsOn");
        },
        ["decision in the future"] = hub =>
        {
            var (pupilId, rsu) = PrincipalsPupil(hub);
            return new("school-principal", "placeInRsu", "PlaceInRsuInput", new { pupilId, groupId = rsu, startsOn = "2027-01-10", decidedOn = "2027-01-01" }, Placement, "INVALID input.decidedOn");
        },
        ["end before start"] = hub => End(hub, "school-principal", p => new { placementId = p.Id, version = p.Version, endsOn = "2019-06-01", reason = "Wrong year." }, "INVALID input.endsOn"),
        ["unknown id"] = hub => End(hub, "school-principal", p => new { placementId = GlobalId.Encode("Placement", 9_999_999), version = 0, endsOn = HubFactory.Today, reason = "Gone." }, "NOT_FOUND input.placementId"),
        ["id of a record the caller may not see"] = hub => End(hub, "school-principal", _ => new { placementId = HiddenPlacementId(hub), version = 0, endsOn = HubFactory.Today, reason = "Probing." }, "NOT_FOUND input.placementId"),
        ["id that is not an id"] = hub => End(hub, "school-principal", _ => new { placementId = "placement-12", version = 0, endsOn = HubFactory.Today, reason = "Typo." }, "INVALID input.placementId"),
        ["id of another type"] = hub => End(hub, "school-principal", p => new { placementId = p.PupilId, version = p.Version, endsOn = HubFactory.Today, reason = "Wrong id." }, "INVALID input.placementId"),
        ["unknown group"] = hub =>
        {
            var (pupilId, _) = PrincipalsPupil(hub);
            return new("school-principal", "placeInRsu", "PlaceInRsuInput", new { pupilId, groupId = GlobalId.Encode("Unit", 9_999_999), startsOn = HubFactory.Today }, Placement, "NOT_FOUND input.groupId");
        },
        ["a school where a group is expected"] = hub =>
        {
            var (pupilId, _) = PrincipalsPupil(hub);
            var school = hub.WithDb(db => GlobalId.Encode("Unit", db.Units.Single(u => u.Code == "school:klubbacksskolan").Id));
            return new("school-principal", "placeInRsu", "PlaceInRsuInput", new { pupilId, groupId = school, startsOn = HubFactory.Today }, Placement, "INVALID input.groupId");
        },
        ["oversized reason"] = hub => End(hub, "school-principal", p => new { placementId = p.Id, version = p.Version, endsOn = HubFactory.Today, reason = TooLong }, "INVALID input.reason"),
        ["blank reason"] = hub => End(hub, "school-principal", p => new { placementId = p.Id, version = p.Version, endsOn = HubFactory.Today, reason = "   " }, "INVALID input.reason"),
        ["oversized idempotency key"] = hub => End(hub, "school-principal", p => new { placementId = p.Id, version = p.Version, endsOn = HubFactory.Today, reason = "Done.", idempotencyKey = new string('k', 101) }, "INVALID input.idempotencyKey"),
        ["stale version"] = hub => End(hub, "school-principal", p => new { placementId = p.Id, version = p.Version + 3, endsOn = HubFactory.Today, reason = "Done." }, "STALE_VERSION input.version"),
        ["wrong enum value"] = hub => End(hub, "school-principal", p => new { placementId = p.Id, version = p.Version, reviewedOn = HubFactory.Today, outcome = "MAYBE" }, "GRAPHQL:outcome", "reviewPlacement", "ReviewPlacementInput"),
        ["malformed date"] = hub => End(hub, "school-principal", p => new { placementId = p.Id, version = p.Version, endsOn = "23/11/2026", reason = "Done." }, "GRAPHQL:endsOn"),
        ["missing required field"] = hub => End(hub, "school-principal", p => new { placementId = p.Id, version = p.Version, endsOn = HubFactory.Today }, "GRAPHQL:reason"),
        ["replayed idempotency key with another input"] = hub =>
        {
            var principal = hub.ClientFor("school-principal");
            var (pupilId, rsu) = PrincipalsPupil(hub);
            principal.MutateAsync("placeInRsu", "PlaceInRsuInput", new { pupilId, groupId = rsu, startsOn = HubFactory.Today, idempotencyKey = "retry-1" }, Placement).GetAwaiter().GetResult();
            var (other, _) = PrincipalsPupil(hub);
            return new("school-principal", "placeInRsu", "PlaceInRsuInput", new { pupilId = other, groupId = rsu, startsOn = HubFactory.Today, idempotencyKey = "retry-1" }, Placement, "IDEMPOTENCY_KEY_REUSED input.idempotencyKey");
        },
        ["enrolment with a wrong check digit"] = hub => Enrol(hub, "201401010001", "INVALID input.personalIdentityNumber"),
        ["enrolment of a pupil already in the hub"] = hub => Enrol(hub, new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher").PersonalIdentityNumber), "DUPLICATE input.personalIdentityNumber"),
        ["absence above 100 %"] = hub => new("school-principal", "reportAbsence", "ReportAbsenceInput",
            new { pupilId = PrincipalsPupil(hub).PupilId, term = "2026-HT", percent = 100.5 }, "absence { id }", "INVALID input.percent"),
        ["absence for a malformed term"] = hub => new("school-principal", "reportAbsence", "ReportAbsenceInput",
            new { pupilId = PrincipalsPupil(hub).PupilId, term = "autumn 2026", percent = 12.0 }, "absence { id }", "INVALID input.term"),
        ["report received in the future"] = hub => new("social-contact-person", "receiveReportOfConcern", "ReceiveReportOfConcernInput",
            new { personalIdentityNumber = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher").PersonalIdentityNumber), receivedOn = "2026-12-24", reporterKind = "OTHER", reporterName = "A neighbour", summary = "Noise at night." },
            "report { id }", "INVALID input.receivedOn"),
        ["consent that ends before it starts"] = hub =>
        {
            var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("social-investigator"));
            return new("social-investigator", "recordConsent", "RecordConsentInput", new
            {
                pupilId = GlobalId.Encode("Pupil", pupil.Id),
                validFrom = "2026-11-23",
                validTo = "2026-11-01",
                formReference = "F-1",
                provisions = new[] { new { category = "INVESTIGATION", fromAgency = "SOCIAL_SERVICES", toAgency = "SCHOOL", purpose = "INVESTIGATION" } },
                signatures = Array.Empty<object>(),
            }, "consent { id }", "INVALID input.validTo");
        },
        ["consent valid from the last days of the calendar"] = hub => Consent(hub, "9999-12-30", "9999-12-31", "2026-11-23", "INVALID input.validFrom"),
        ["consent valid from before 1900"] = hub => Consent(hub, "0001-01-01", "0001-06-01", "2026-11-23", "INVALID input.validFrom"),
        ["consent signed in year one"] = hub => Consent(hub, HubFactory.Today, "2027-06-01", "0001-01-01", "INVALID input.signatures.0.signedOn"),
        ["investigation opened in year one"] = hub => new("social-investigator", "openInvestigation", "OpenInvestigationInput",
            new { personalIdentityNumber = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("school-teacher").PersonalIdentityNumber), origin = "APPLICATION", openedOn = "0001-01-01", educationInvestigated = false },
            "investigation { id }", "INVALID input.openedOn"),
        ["placement starting in the year 9999"] = hub =>
        {
            var (pupilId, rsu) = PrincipalsPupil(hub);
            return new("school-principal", "placeInRsu", "PlaceInRsuInput", new { pupilId, groupId = rsu, startsOn = "9999-12-31" }, Placement, "INVALID input.startsOn");
        },
        ["placement reviewed with the next review in the year 9999"] = hub =>
            End(hub, "school-principal", p => new { placementId = p.Id, version = p.Version, reviewedOn = HubFactory.Today, outcome = "CONTINUE", nextReviewOn = "9999-12-31" }, "INVALID input.nextReviewOn", "reviewPlacement", "ReviewPlacementInput"),
        ["placement ended in 1899"] = hub => End(hub, "school-principal", p => new { placementId = p.Id, version = p.Version, endsOn = "1899-12-31", reason = "Typo." }, "INVALID input.endsOn"),
        ["contact person with an oversized name"] = hub => new("social-investigator", "nameContactPerson", "NameContactPersonInput",
            new { name = new string('N', 201), phone = "08-508 250 00", email = "kontakt@example.se", startsOn = HubFactory.Today }, "contactPerson { id }", "INVALID input.name"),
    };

    public static IEnumerable<string> Names => All.Keys;

    private static BadInput Enrol(HubFactory hub, string number, string expected)
    {
        var (school, district) = hub.WithDb(db =>
        {
            var unit = db.Units.Single(u => u.Code == "school:klubbacksskolan");
            return (GlobalId.Encode("Unit", unit.Id), GlobalId.Encode("District", unit.DistrictId!.Value));
        });
        return new("school-principal", "enrolPupil", "EnrolPupilInput", new
        {
            personalIdentityNumber = number,
            givenName = "Nils",
            familyName = "Nyström",
            grade = 6,
            schoolId = school,
            registeredDistrictId = district,
            startsOn = HubFactory.Today,
        }, "pupil { id }", expected);
    }

    private static BadInput Consent(HubFactory hub, string validFrom, string validTo, string signedOn, string expected)
    {
        var pupil = new ScenarioRunner(hub).Run(s => s.PupilRelatedTo("social-investigator"));
        return new("social-investigator", "recordConsent", "RecordConsentInput", new
        {
            pupilId = GlobalId.Encode("Pupil", pupil.Id),
            validFrom,
            validTo,
            formReference = "F-1",
            provisions = new[] { new { category = "INVESTIGATION", fromAgency = "SOCIAL_SERVICES", toAgency = "SCHOOL", purpose = "INVESTIGATION" } },
            signatures = new[] { new { byPupil = true, signedOn } },
        }, "consent { id }", expected);
    }

    public static BadInput Build(string name, HubFactory hub) => All[name](hub);

    public static (string PupilId, string Rsu) PrincipalsPupil(HubFactory hub) => new ScenarioRunner(hub).Run(s =>
    {
        var pupil = s.PupilRelatedTo("school-principal");
        return (GlobalId.Encode("Pupil", pupil.Id), GlobalId.Encode("Unit", s.RoomIn("group:tellusborgsskolan-rsu").Id));
    });

    /// <summary>A placement kept by an independent school about a pupil the principal has no relationship with.</summary>
    public static string HiddenPlacementId(HubFactory hub) => new ScenarioRunner(hub).Run(s =>
    {
        var pupil = s.PupilRelatedTo("bup-clinician");
        s.HiddenRecords(pupil, "education");
        return GlobalId.Encode("Placement", hub.WithDb(db => db.Placements.Where(p => p.PupilId == pupil.Id).Select(p => p.Id).Single()));
    });

    private static BadInput Csu(HubFactory hub, string number, string expected)
    {
        var csu = hub.WithDb(db => GlobalId.Encode("Unit", db.Units.Single(u => u.Code == "group:csu-bromma").Id));
        return new("elevhalsa-officer", "assessCsuPlace", "AssessCsuPlaceInput",
            new { personalIdentityNumber = number, recommendation = "RECOMMENDED", groupId = csu, reasons = "Needs a highly specialised group." }, "assessment { id }", expected);
    }

    /// <summary>A case against an active RSU placement of the principal's pupil.</summary>
    private static BadInput End(HubFactory hub, string persona, Func<(string Id, int Version, string PupilId), object> input, string expected,
        string mutation = "endPlacement", string inputType = "EndPlacementInput")
    {
        var placement = new ScenarioRunner(hub).Run(s =>
        {
            var row = s.RsuPlacement(monthsAgo: 2, nextReviewOn: Scenario.Today.AddDays(20));
            return (GlobalId.Encode("Placement", row.Id), row.Version, GlobalId.Encode("Pupil", row.PupilId));
        });
        return new(persona, mutation, inputType, input(placement), Placement, expected);
    }
}
