using System.Globalization;
using Hub.Records;

namespace Hub.Seeding;

/// <summary>
/// Builds one consent: what it lets cross and for what purpose (from the context), who recorded it
/// (a principal, social-services staff or a BUP clinician, never the police), and who signed: every
/// guardian with custody on the day it was given, and the pupil from fifteen.
/// </summary>
internal sealed class ConsentBuilder(CityMap city, Random random, DateOnly today)
{
    private int _forms;

    /// <summary>A consent for a year, or for the given period (a SIP's consent lasts as long as the plan).</summary>
    public ConsentRecord Create(PupilPlan pupil, ConsentScenario scenario, SharingContext context, (DateOnly From, DateOnly To)? period = null)
    {
        var validFrom = period?.From ?? (scenario == ConsentScenario.Expired ? Ago(400, 800) : pupil.Script is null ? Ago(5, 300) : Ago(10, 60));
        var recorder = Recorder(pupil, context);
        var custodians = pupil.CustodiansOn(validFrom).ToList();
        var record = new ConsentRecord
        {
            PupilId = pupil.Id,
            ValidFrom = validFrom,
            ValidTo = period?.To ?? validFrom.AddYears(1).AddDays(-1),
            RecordedBy = pupil.Script is not null || random.NextDouble() < 0.5 ? city.Lead(recorder) : Names.Staff(random),
            RecordedByUnitId = recorder.Id,
            RecordedAt = validFrom.ToDateTime(new TimeOnly(8 + random.Next(9), random.Next(60)), DateTimeKind.Utc),
            FormReference = string.Create(CultureInfo.InvariantCulture, $"{Prefix(recorder.Agency)}-{validFrom.Year}-{++_forms:D6}"),
            PupilView = random.NextDouble() < 0.35 ? Texts.PupilView(random) : null,
        };
        if (scenario == ConsentScenario.Withdrawn)
        {
            var by = Names.Pick(random, custodians).Guardian;
            record.WithdrawnAt = SchoolCalendar.RandomDate(random, validFrom.AddDays(1), today.AddDays(-1)).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
            record.WithdrawnByGuardianId = by.Id;
        }

        // With joint custody both must sign; leaving one out makes a consent that grants nothing.
        var signers = scenario == ConsentScenario.MissingSignature && custodians.Count > 1 ? custodians.Skip(1) : custodians;
        foreach (var custodian in signers)
        {
            record.Signatures.Add(new ConsentSignature { GuardianId = custodian.Guardian.Id, SignedOn = validFrom });
        }

        if (SchoolCalendar.Age(pupil.BirthDate, validFrom) >= 15)
        {
            record.Signatures.Add(new ConsentSignature { ByPupil = true, SignedOn = validFrom });
        }

        foreach (var asked in Provisions(pupil, context))
        {
            var provision = Provision(asked, recorder, Holder(pupil, context, asked.From), record.RecordedAt, pupil);
            (provision.WithdrawnAt, provision.WithdrawnByGuardianId) = (record.WithdrawnAt, record.WithdrawnByGuardianId);
            record.Provisions.Add(provision);
        }

        return record;
    }

    /// <summary>
    /// Names the authority that keeps the category for this pupil (the recorder's own, or the
    /// holder's). In effect when the recorder keeps the category; otherwise confirmed by the unit
    /// that keeps it, when it is one that records consents (never the police), a few hours later.
    /// </summary>
    private ConsentProvision Provision(Asked asked, Unit recorder, Unit? holder, DateTime recordedAt, PupilPlan pupil)
    {
        var provision = new ConsentProvision
        {
            Category = asked.Category,
            FromAgency = asked.From,
            ToAgency = asked.To,
            Purpose = asked.Purpose,
            ToUnitId = asked.ToUnit?.Id,
            FromAuthority = recorder.Agency == asked.From ? recorder.Authority : Keeper(pupil, holder, asked.From).Authority,
        };
        if (recorder.Agency == asked.From)
        {
            provision.DisclosedByAuthority = recorder.Authority;
        }
        else if (holder is not null)
        {
            provision.DisclosedByAuthority = holder.Authority;
            provision.ConfirmedBy = city.Lead(holder);
            provision.ConfirmedAt = recordedAt.AddHours(3);
        }

        return provision;
    }

    /// <summary>The unit that keeps the category for this pupil and confirms for its authority; null when none would (no case there yet, or the police).</summary>
    private static Unit? Holder(PupilPlan pupil, SharingContext context, Agency from) => from switch
    {
        _ when context == SharingContext.Sip => pupil.Sip?.Units.FirstOrDefault(u => u.Agency == from),
        Agency.School => pupil.HomeSchool,
        Agency.SocialServices => pupil.SocialUnit,
        Agency.Bup => pupil.BupClinic,
        _ => null,
    };

    /// <summary>A unit of the authority that would keep the category for this pupil: the holder's, or the district's.</summary>
    private static Unit Keeper(PupilPlan pupil, Unit? holder, Agency from) => holder ?? from switch
    {
        Agency.SocialServices => pupil.District.Investigation,
        Agency.Bup => pupil.District.BupClinic,
        Agency.Police => pupil.PoliceArea ?? pupil.District.PoliceArea,
        _ => pupil.HomeSchool,
    };

    private static Unit Recorder(PupilPlan pupil, SharingContext context) => context switch
    {
        SharingContext.SocialToSchool => pupil.SocialUnit is null ? pupil.HomeSchool : pupil.District.Investigation,
        SharingContext.Sip => pupil.Sip?.Lead ?? pupil.HomeSchool,
        SharingContext.SchoolSocialTeam or SharingContext.Sspf => pupil.District.Preventive,
        SharingContext.Bus => pupil.BupClinic ?? pupil.District.BupClinic,
        _ => pupil.HomeSchool,
    };

    private IEnumerable<Asked> Provisions(PupilPlan pupil, SharingContext context)
    {
        switch (context)
        {
            case SharingContext.SocialToSchool:
                // Narrowed, some of the time, to the home school or the group the pupil is placed in.
                var purpose = pupil.Sip is null ? SharingPurpose.SchoolSupport : SharingPurpose.Sip;
                Unit?[] receivers = [null, pupil.HomeSchool, pupil.ActivePlacement?.Group];
                var receiver = Names.Pick(random, receivers);
                yield return Provision(DataCategory.SocialServicesIntervention, Agency.SocialServices, Agency.School, purpose, receiver);
                yield return Provision(DataCategory.Investigation, Agency.SocialServices, Agency.School, purpose, receiver);
                break;
            case SharingContext.Sip:
                // Between every pair of agencies in the plan, narrowed to the unit that takes part.
                var units = pupil.Sip?.Units ?? [];
                foreach (var from in units)
                {
                    foreach (var to in units.Where(u => u.Agency != from.Agency))
                    {
                        foreach (var category in Produces(from.Agency))
                        {
                            yield return Provision(category, from.Agency, to.Agency, SharingPurpose.Sip, to);
                        }
                    }
                }

                break;
            case SharingContext.SchoolSocialTeam:
                yield return Provision(DataCategory.Absence, Agency.School, Agency.SocialServices, SharingPurpose.SchoolSocialTeam, pupil.District.Preventive);
                if (pupil.ActivePlacement?.Level == PlacementLevel.Rsu)
                {
                    // SST 2.0/RSU works with the RSU group: the school tells the team of the place.
                    yield return Provision(DataCategory.Placement, Agency.School, Agency.SocialServices, SharingPurpose.SchoolSocialTeam, pupil.District.Preventive);
                }

                yield return Provision(DataCategory.SchoolSocialTeam, Agency.SocialServices, Agency.School, SharingPurpose.SchoolSocialTeam, null);
                break;
            case SharingContext.Sspf:
                yield return Provision(DataCategory.Absence, Agency.School, Agency.Police, SharingPurpose.Sspf, pupil.District.PoliceArea);
                yield return Provision(DataCategory.PoliceSspf, Agency.Police, Agency.School, SharingPurpose.Sspf, null);
                yield return Provision(DataCategory.PoliceSspf, Agency.Police, Agency.SocialServices, SharingPurpose.Sspf, pupil.District.Preventive);
                break;
            case SharingContext.Bus:
                yield return Provision(DataCategory.BupContact, Agency.Bup, Agency.School, SharingPurpose.Bus, null);
                yield return Provision(DataCategory.Absence, Agency.School, Agency.Bup, SharingPurpose.Bus, null);
                break;
            default:
                // What BUP found, for the home school to adapt the teaching.
                yield return Provision(DataCategory.BupContact, Agency.Bup, Agency.School, SharingPurpose.SchoolSupport, pupil.HomeSchool);
                break;
        }
    }

    private static DataCategory[] Produces(Agency agency) => agency switch
    {
        Agency.School => [DataCategory.Absence, DataCategory.Placement],
        Agency.SocialServices => [DataCategory.SocialServicesIntervention],
        Agency.Bup => [DataCategory.BupContact],
        _ => [],
    };

    private static Asked Provision(DataCategory category, Agency from, Agency to, SharingPurpose purpose, Unit? toUnit) => new(category, from, to, purpose, toUnit);

    /// <summary>What the form asks to let cross, before it is known which authority keeps it.</summary>
    private sealed record Asked(DataCategory Category, Agency From, Agency To, SharingPurpose Purpose, Unit? ToUnit);

    private static string Prefix(Agency agency) => agency switch
    {
        Agency.SocialServices => "SOC",
        Agency.Bup => "BUP",
        _ => "SKOLA",
    };

    private DateOnly Ago(int fromDays, int toDays) => today.AddDays(-random.Next(fromDays, toDays + 1));
}
