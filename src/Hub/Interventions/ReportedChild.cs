using Hub.Api;
using Hub.Changes;
using Hub.Pupils;
using Hub.Records;
using static Hub.Changes.Write;

namespace Hub.Interventions;

/// <summary>
/// The child a report of concern names by personal identity number. A report must always be
/// received, so the number reaches every child in the hub, and a child the hub does not know is
/// recorded from it (not enrolled: no grade, no home school), registered in the district the
/// reporter names unless the population register has said otherwise (its latest notices apply). Everything the reporter gives is
/// checked before the number is looked up, and the receipt never says which it was: whether the
/// hub knew a child is not the reporter's to learn.
/// </summary>
internal static class ReportedChild
{
    public static async Task<Pupil> FindOrRecordAsync(Write w, ReportConcernInput input)
    {
        var number = IdentityNumber(input.PersonalIdentityNumber);
        var givenName = Text(input.GivenName, "givenName", PupilRules.MaxNameLength)!;
        var familyName = Text(input.FamilyName, "familyName", PupilRules.MaxNameLength)!;
        var districtId = await DistrictAsync(w, input.DistrictId);
        if (await w.Store.PupilByNumberAsync(number, w.Cancel) is Pupil known)
        {
            return known;
        }

        var child = new Pupil
        {
            PersonalIdentityNumber = number,
            GivenName = givenName,
            FamilyName = familyName,
            BirthDate = PersonalIdentityNumber.BirthDate(number)!.Value,
            RegisteredDistrictId = districtId,
        };

        // A child the register has spoken of is recorded as it said: protected, registered elsewhere, in someone's custody.
        await w.Store.ApplyRegisterAsync(child, w.Cancel);
        w.Store.Add(child);
        await w.Store.SaveAsync(w.Cancel);
        return child;
    }

    private static async Task<int> DistrictAsync(Write w, string? id)
    {
        if (id is null)
        {
            return w.Caller.DistrictId
                ?? throw Refuse(UserErrorCode.Invalid, "districtId", "Your unit belongs to no district: name the district where the child lives (districtId).");
        }

        if (!GlobalId.TryDecode(id, "District", out var districtId))
        {
            throw Refuse(UserErrorCode.Invalid, "districtId", "Not a District id.");
        }

        return await w.DistrictAsync(districtId) is null ? throw NotFound("districtId", "district") : districtId;
    }
}
