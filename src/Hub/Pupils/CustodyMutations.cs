using GraphQL.Types;
using Hub.Api;
using Hub.Changes;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using static Hub.Changes.Write;
using static Hub.Pupils.PupilMutations;

namespace Hub.Pupils;

/// <summary>
/// Custody (vårdnad), recorded by the home school's principal: at most two adult guardians at a
/// time, each recorded once; part of the pupil's versioned record.
/// </summary>
public static class CustodyMutations
{
    public const int MaxPhoneLength = 40;
    private const int AdultAge = CustodyRules.AdultAge;
    private const int MaxGuardians = CustodyRules.MaxGuardians;

    private static readonly Who Principal = PupilMutations.Principal;

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RegisterGuardianInputType, RegisterGuardianInput, PupilPayloadType>("registerGuardian",
            "Records a guardian's custody of a pupil of the caller's school; at most two guardians have custody at a time.", Principal, RegisterGuardianAsync);
        mutation.Mutation<EndCustodyInputType, EndCustodyInput, PupilPayloadType>("endCustody",
            "Ends a guardian's custody of a pupil of the caller's school.", Principal, EndCustodyAsync);
    }

    private static async Task<object> RegisterGuardianAsync(Write w, RegisterGuardianInput input)
    {
        var pupil = await HomePupilAsync(w, input.PupilId);
        var number = Number(input.PersonalIdentityNumber);
        var givenName = Text(input.GivenName, "givenName", MaxNameLength)!;
        var familyName = Text(input.FamilyName, "familyName", MaxNameLength)!;
        var phone = Text(input.Phone, "phone", MaxPhoneLength, required: false);
        var startsOn = input.CustodyStartsOn;
        w.NotFuture(startsOn, "custodyStartsOn");
        Order(pupil.BirthDate, startsOn, "custodyStartsOn", "the pupil's birth");
        if (!CustodyRules.AdultOn(number, startsOn))
        {
            throw Refuse(UserErrorCode.Invalid, "personalIdentityNumber", $"A guardian must be an adult ({AdultAge} or older) when the custody starts.");
        }

        // Only a guardian the caller already sees (with custody of a pupil in its scope) is linked, and only such a
        // guardian's name is compared. Anyone else's record stays unread: the guardian is recorded as entered,
        // so the answer is the same whether or not another family's record has this number.
        var seen = await w.Numbers.VisibleGuardians(number).OrderBy(g => g.Id).Select(g => (int?)g.Id).FirstOrDefaultAsync(w.Cancel);
        var guardian = seen is int id ? await w.Store.GuardianAsync(id, w.Cancel) : null;
        if (guardian is not null && !(SameName(guardian.GivenName, givenName) && SameName(guardian.FamilyName, familyName)))
        {
            throw Refuse(UserErrorCode.Invalid, "personalIdentityNumber",
                $"You already see the guardian with this number as {guardian.GivenName} {guardian.FamilyName}; check the number and the names.");
        }

        var today = w.Today;
        var active = await w.Store.CustodiesLastingPast(pupil.Id, today)
            .Select(c => new { c.GuardianId, c.Guardian.PersonalIdentityNumber }).ToListAsync(w.Cancel);
        if (active.Any(c => c.PersonalIdentityNumber == number))
        {
            throw Refuse(UserErrorCode.Duplicate, "personalIdentityNumber", "This guardian already has custody of the pupil.");
        }

        if (active.Count >= MaxGuardians)
        {
            throw Refuse(UserErrorCode.WrongState, "pupilId", $"The pupil already has {active.Count} guardians with custody; end a custody first.");
        }

        guardian ??= new Guardian { PersonalIdentityNumber = number, GivenName = givenName, FamilyName = familyName, Phone = phone };
        w.Store.Add(new Custody { PupilId = pupil.Id, Guardian = guardian, StartsOn = startsOn });

        // Custody is part of the pupil's record: its version goes up, so a concurrent change of the guardians is refused.
        w.Expect(pupil, pupil.Version);
        return pupil;
    }

    private static async Task<object> EndCustodyAsync(Write w, EndCustodyInput input)
    {
        var pupil = await HomePupilAsync(w, input.PupilId);
        w.Expect(pupil, input.Version);
        var today = w.Today;
        var custody = (GlobalId.TryDecode(input.GuardianId, "Guardian", out var guardianId)
                ? await w.Store.CustodiesLastingPast(pupil.Id, today).SingleOrDefaultAsync(c => c.GuardianId == guardianId, w.Cancel)
                : null)
            ?? throw Refuse(UserErrorCode.NotFound, "guardianId", "No guardian with that id has custody of the pupil.");
        w.NotFuture(input.EndsOn, "endsOn");
        Order(custody.StartsOn, input.EndsOn, "endsOn", "the custody's start");
        custody.EndsOn = input.EndsOn;
        return pupil;
    }

    private static bool SameName(string known, string given) => string.Equals(known, given, StringComparison.OrdinalIgnoreCase);
}
