using GraphQL.Types;
using Hub.Api;
using Hub.Changes;
using Hub.Placements;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using static Hub.Changes.Write;

namespace Hub.Pupils;

/// <summary>
/// A pupil's identity and school, kept by the home school's principal: the one who enrols the
/// pupil and moves the enrolment. The guardians' custody is <see cref="CustodyMutations"/>'; a
/// protected identity, the registered district and custody are also the population register's
/// (<c>Hub.PopulationRegister</c>), whose latest word a pupil enrolled starts from.
/// </summary>
public static class PupilMutations
{
    public const int MaxNameLength = PupilRules.MaxNameLength;

    internal static readonly Who Principal = Who.Of(Agency.School, "a school's principal", Role.Principal);

    /// <summary>Adds <c>enrolPupil</c>, which the contract lists before the custody fields.</summary>
    public static void AddEnrolmentTo(ObjectGraphType mutation) =>
        mutation.Mutation<EnrolPupilInputType, EnrolPupilInput, PupilPayloadType>("enrolPupil",
            "Enrols a pupil new to the hub at the caller's school. The pupil is readable from the enrolment's first day.", Principal, EnrolAsync);

    /// <summary>Adds <c>movePupil</c>, which the contract lists after the custody fields.</summary>
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<MovePupilInputType, MovePupilInput, PupilPayloadType>("movePupil",
            "Moves a pupil of the caller's school to another school; the caller no longer sees the pupil (the payload's pupil is then null). "
            + "A pupil in a special teaching group moves only once the placement has ended.", Principal, MoveAsync);

    private static async Task<object> EnrolAsync(Write w, EnrolPupilInput input)
    {
        var school = await w.UnitAsync(input.SchoolId, "schoolId", UnitKind.School);
        if (school.Id != w.Caller.UnitId)
        {
            throw Refuse(UserErrorCode.NotPermitted, "schoolId", "A principal enrols pupils at the principal's own school only.");
        }

        var number = Number(input.PersonalIdentityNumber);
        var birth = PersonalIdentityNumber.BirthDate(number)!.Value;
        var givenName = Text(input.GivenName, "givenName", MaxNameLength)!;
        var familyName = Text(input.FamilyName, "familyName", MaxNameLength)!;
        if (!PupilRules.GradeFits(input.Grade))
        {
            throw Refuse(UserErrorCode.Invalid, "grade", $"Compulsory school has grades 0–9 ({input.Grade} given).");
        }

        if (!GlobalId.TryDecode(input.RegisteredDistrictId, "District", out var districtId))
        {
            throw Refuse(UserErrorCode.Invalid, "registeredDistrictId", "Not a District id.");
        }

        if (await w.DistrictAsync(districtId) is null)
        {
            throw NotFound("registeredDistrictId", "district");
        }

        Order(birth, input.StartsOn, "startsOn", "the pupil's birth");
        if (!EnrolmentRules.StartsInTime(input.StartsOn, w.Today))
        {
            throw Refuse(UserErrorCode.Invalid, "startsOn", $"{input.StartsOn:yyyy-MM-dd} is more than a year ahead (today is {w.Today:yyyy-MM-dd}).");
        }

        // Says only that the number is taken: where the pupil is enrolled is not the caller's to learn.
        var known = await w.Store.PupilByNumberAsync(number, w.Cancel);
        if (known is not null && PupilRules.Enrolled(known))
        {
            throw Refuse(UserErrorCode.Duplicate, "personalIdentityNumber",
                "A pupil with this personal identity number is already in the hub: ask the pupil's current school to move the pupil.");
        }

        // A child known only from a report of concern becomes the school's pupil exactly as a new one
        // would: the school's own details, a first version; that a report was made is not the school's to learn.
        var pupil = known ?? new Pupil { PersonalIdentityNumber = number, GivenName = givenName, FamilyName = familyName };
        (pupil.GivenName, pupil.FamilyName, pupil.BirthDate, pupil.Grade) = (givenName, familyName, birth, input.Grade);
        (pupil.HomeSchoolId, pupil.RegisteredDistrictId) = (school.Id, districtId);
        pupil.Enrolments.Add(new Enrolment { SchoolId = school.Id, StartsOn = input.StartsOn });

        // What the population register last said of the number holds over the school's word: a protection
        // the register sent before the child came to the hub is never lost.
        await w.Store.ApplyRegisterAsync(pupil, w.Cancel);
        if (known is null)
        {
            w.Store.Add(pupil);
        }
        else
        {
            w.Store.StartOver(known);
        }

        return pupil;
    }

    private static async Task<object> MoveAsync(Write w, MovePupilInput input)
    {
        var pupil = await HomePupilAsync(w, input.PupilId);
        w.Expect(pupil, input.Version);
        var to = await w.UnitAsync(input.ToSchoolId, "toSchoolId", UnitKind.School);
        if (to.Id == pupil.HomeSchoolId)
        {
            throw Refuse(UserErrorCode.Invalid, "toSchoolId", $"The pupil is already enrolled at {to.Name}.");
        }

        var on = input.MovesOn;
        w.NotFuture(on, "movesOn");
        var placements = await w.Store.PlacementsLastingPast(pupil.Id, on)
            .Select(p => p.Level).ToListAsync(w.Cancel);
        if (placements.Contains(PlacementLevel.Csu))
        {
            throw Refuse(UserErrorCode.WrongState, "pupilId", "The pupil has a CSU placement, and the enrolment follows it: the pupil-health unit ends it first.");
        }

        if (placements.Count > 0)
        {
            throw Refuse(UserErrorCode.WrongState, "pupilId", "The pupil has a placement in a special teaching group that lasts past that day; end it first.");
        }

        var current = await w.Store.EnrolmentsLastingPast(pupil.Id, on)
            .OrderByDescending(e => e.StartsOn).Select(e => (DateOnly?)e.StartsOn).FirstOrDefaultAsync(w.Cancel);
        if (current is { } started)
        {
            Order(started, on, "movesOn", "the current enrolment's start");
        }

        await Enrolments.MoveAsync(w, pupil, to.Id, on);
        return pupil;
    }

    /// <summary>A pupil the caller sees and is the principal of the home school of.</summary>
    internal static async Task<Pupil> HomePupilAsync(Write w, string id)
    {
        var pupil = await w.PupilAsync(id);
        return pupil.HomeSchoolId == w.Caller.UnitId
            ? pupil
            : throw Refuse(UserErrorCode.NotPermitted, "pupilId", "Only the principal of the pupil's home school keeps the pupil's record.");
    }

    /// <summary>The personal identity number, normalised, or the refusal of <c>personalIdentityNumber</c>.</summary>
    internal static string Number(string? text) =>
        PersonalIdentityNumber.TryNormalize(text, out var normalized, out var problem)
            ? normalized
            : throw Refuse(UserErrorCode.Invalid, "personalIdentityNumber", $"Not a valid personal identity number: {problem}.");
}
