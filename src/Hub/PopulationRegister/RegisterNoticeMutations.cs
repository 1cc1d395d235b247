using GraphQL.Types;
using Hub.Api;
using Hub.Changes;
using Hub.Pupils;
using Hub.Records;
using static Hub.Changes.Write;

namespace Hub.PopulationRegister;

/// <summary>
/// The population register's feed (folkbokföringen): registered district, protected identity and
/// custody, by personal identity number, for any child. The register must not learn which children
/// the hub holds, so every notice is checked in full before anything is looked up, then kept, and
/// answered with the same receipt whether the child is in the hub or not and whether anything
/// changed. A child in the hub is brought to the register's latest word at once; one recorded
/// later starts from it.
/// </summary>
public static class RegisterNoticeMutations
{
    private static readonly Who Register = Who.Of(Agency.PopulationRegister, "the population register", Role.PopulationRegister);

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<NotifyRegisteredDistrictInputType, NotifyRegisteredDistrictInput, RegisterNoticePayloadType>("notifyRegisteredDistrict",
            "Tells the hub the district a child is registered in (folkbokförd) from a day. The new district's social services receive new reports "
            + "and may name the child by number; a case already open stays with the district that holds it until it is closed.",
            Register, DistrictAsync);
        mutation.Mutation<NotifyProtectedIdentityInputType, NotifyProtectedIdentityInput, RegisterNoticePayloadType>("notifyProtectedIdentity",
            "Tells the hub whether a child's identity is protected (skyddade personuppgifter) from a day; the one way a protection is set or lifted.",
            Register, ProtectedIdentityAsync);
        mutation.Mutation<NotifyCustodyInputType, NotifyCustodyInput, RegisterNoticePayloadType>("notifyCustody",
            "Tells the hub who has custody (vårdnad) of a child from a day: anyone else's custody ends that day, and a guardian named gets custody from it.",
            Register, CustodyAsync);
    }

    private static async Task<object> DistrictAsync(Write w, NotifyRegisteredDistrictInput input)
    {
        var notice = Notice(w, input, RegisterNoticeKind.District);
        notice.DistrictId = GlobalId.TryDecode(input.DistrictId, "District", out var district)
            ? district
            : throw Refuse(UserErrorCode.Invalid, "districtId", "Not a District id.");
        if (await w.DistrictAsync(district) is null)
        {
            throw NotFound("districtId", "district");
        }

        return await ReceiveAsync(w, notice);
    }

    private static Task<object> ProtectedIdentityAsync(Write w, NotifyProtectedIdentityInput input)
    {
        var notice = Notice(w, input, RegisterNoticeKind.ProtectedIdentity);
        notice.ProtectedIdentity = input.ProtectedIdentity;
        return ReceiveAsync(w, notice);
    }

    private static Task<object> CustodyAsync(Write w, NotifyCustodyInput input)
    {
        var notice = Notice(w, input, RegisterNoticeKind.Custody);
        if (input.Guardians.Count > RegisterRules.MaxGuardians)
        {
            throw Refuse(UserErrorCode.Invalid, "guardians", $"At most {RegisterRules.MaxGuardians} guardians have custody ({input.Guardians.Count} given).");
        }

        foreach (var (g, i) in input.Guardians.Select((g, i) => (g, i)))
        {
            var number = IdentityNumber(g.PersonalIdentityNumber, $"guardians.{i}.personalIdentityNumber");
            if (number == notice.PersonalIdentityNumber || notice.Guardians.Exists(n => n.PersonalIdentityNumber == number))
            {
                throw Refuse(UserErrorCode.Invalid, $"guardians.{i}.personalIdentityNumber", "Each guardian once, and not the child.");
            }

            if (!CustodyRules.AdultOn(number, notice.Since))
            {
                throw Refuse(UserErrorCode.Invalid, $"guardians.{i}.personalIdentityNumber", $"A guardian must be an adult ({CustodyRules.AdultAge} or older) on {notice.Since:yyyy-MM-dd}.");
            }

            notice.Guardians.Add(new RegisteredGuardian
            {
                PersonalIdentityNumber = number,
                GivenName = Text(g.GivenName, $"guardians.{i}.givenName", PupilRules.MaxNameLength)!,
                FamilyName = Text(g.FamilyName, $"guardians.{i}.familyName", PupilRules.MaxNameLength)!,
            });
        }

        return ReceiveAsync(w, notice);
    }

    /// <summary>The notice's common part, checked without a look-up: the number, and a day from the child's birth to today.</summary>
    private static RegisterNotice Notice(Write w, RegisterNoticeInput input, RegisterNoticeKind kind)
    {
        var number = IdentityNumber(input.PersonalIdentityNumber);
        w.NotFuture(input.Since, "since");
        Order(PersonalIdentityNumber.BirthDate(number)!.Value, input.Since, "since", "the child's birth");
        return new RegisterNotice { UnitId = w.Caller.UnitId, PersonalIdentityNumber = number, Kind = kind, Since = input.Since, ReceivedAt = w.Now };
    }

    private static async Task<object> ReceiveAsync(Write w, RegisterNotice notice)
    {
        if (await w.Store.ReceiveRegisterNoticeAsync(notice, w.Cancel) is int changed)
        {
            w.AlsoChangedPupil(changed);
        }

        return notice;
    }
}
