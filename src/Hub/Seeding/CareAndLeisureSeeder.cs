using System.Globalization;
using Hub.Records;

namespace Hub.Seeding;

/// <summary>
/// Gives the region's first-line and habilitation units and the districts' leisure something to see,
/// only as the hub's rules allow (they keep no records, so a consent is their only way in): a few
/// Klubbacksskolan pupils under 15 have a SIP the school started with Liljeholmen's first-line unit
/// and habilitation centre, under the guardians' consent that lets it cross to them; a few
/// Hägersten-Älvsjö pupils known to social services have a consent that lets social services tell
/// the district's leisure of its interventions for SSPF. Seeded last, so that nothing seeded before
/// changes.
/// </summary>
internal static class CareAndLeisureSeeder
{
    private const int SipPupils = 3;
    private const int LeisurePupils = 2;

    public static async Task SeedAsync(BatchWriter writer, CityMap city, List<PupilPlan> pupils, DateOnly today, CancellationToken cancellationToken)
    {
        var (school, leisure) = (city["school:klubbacksskolan"], city["leisure:hagersten-alvsjo"]);
        Unit[] care = [city["forsta-linjen:liljeholmen"], city["habilitering:liljeholmen"]];
        var social = city.Districts.Single(d => d.District.Code == "hagersten-alvsjo").Investigation;
        var candidates = pupils.Where(p => p.Script is null && !p.ProtectedIdentity && p.BirthDate > today.AddYears(-15)
            && p.District.District.Code == "hagersten-alvsjo" && p.CustodiansOn(today.AddDays(-30)).Any()
            && p.CustodiansOn(today).SequenceEqual(p.CustodiansOn(today.AddDays(-30)))).ToList();

        var sips = new List<(PupilPlan Pupil, ConsentRecord Consent)>();
        foreach (var pupil in candidates.Where(p => p.Sip is null && p.CurrentStay.School == school).Take(SipPupils))
        {
            var consent = Consent(pupil, school, city.Lead(school), today);
            foreach (var unit in care)
            {
                consent.Provisions.Add(Provision(DataCategory.Absence, Agency.School, unit, SharingPurpose.Sip, school.Authority));
            }

            writer.Add(consent, rows: 1 + consent.Provisions.Count + consent.Signatures.Count);
            sips.Add((pupil, consent));
        }

        foreach (var pupil in candidates.Where(p => p.SocialUnit?.Authority == social.Authority).Take(LeisurePupils))
        {
            var consent = Consent(pupil, social, city.Lead(social), today);
            consent.Provisions.Add(Provision(DataCategory.SocialServicesIntervention, Agency.SocialServices, leisure, SharingPurpose.Sspf, social.Authority));
            writer.Add(consent, rows: 1 + consent.Provisions.Count + consent.Signatures.Count);
        }

        await writer.SaveAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (pupil, consent) in sips)
        {
            var sip = new Sip { PupilId = pupil.Id, InitiatedByUnitId = school.Id, CreatedOn = today.AddDays(-20), Goal = Goal, NextFollowUpOn = today.AddMonths(2), ConsentId = consent.Id };
            foreach (var unit in care.Prepend(school))
            {
                sip.Participants.Add(new SipParticipant
                {
                    UnitId = unit.Id,
                    Authority = unit.Authority,
                    CoordinatorName = city.Lead(unit),
                    LeadsCoordination = unit == school,
                    Responsibility = Texts.Responsibility(unit.Agency),
                });
            }

            writer.Add(sip, rows: 1 + sip.Participants.Count);
        }

        await writer.SaveAsync(cancellationToken).ConfigureAwait(false);
    }

    private const string Goal = "Eleven ska orka en hel skoldag: skolan, första linjen och habiliteringen ger samma råd till familjen.";

    /// <summary>Given by every guardian with custody a month ago, recorded then by the unit whose records it lets cross.</summary>
    private static ConsentRecord Consent(PupilPlan pupil, Unit recorder, string recordedBy, DateOnly today)
    {
        var signedOn = today.AddDays(-30);
        var consent = new ConsentRecord
        {
            PupilId = pupil.Id,
            ValidFrom = signedOn,
            ValidTo = signedOn.AddMonths(12).AddDays(-1),
            RecordedBy = recordedBy,
            RecordedByUnitId = recorder.Id,
            RecordedAt = signedOn.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
            FormReference = string.Create(CultureInfo.InvariantCulture, $"SAM-{pupil.Id}-{recorder.Id}"),
        };
        foreach (var guardian in pupil.CustodiansOn(signedOn))
        {
            consent.Signatures.Add(new ConsentSignature { GuardianId = guardian.Guardian.Id, SignedOn = signedOn });
        }

        return consent;
    }

    private static ConsentProvision Provision(DataCategory category, Agency from, Unit to, SharingPurpose purpose, string authority) => new()
    {
        Category = category,
        FromAgency = from,
        ToAgency = to.Agency,
        ToUnitId = to.Id,
        Purpose = purpose,
        FromAuthority = authority,
        DisclosedByAuthority = authority,
    };
}
