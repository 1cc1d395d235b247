using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Changes;
using Hub.Records;
using static Hub.Changes.Write;

namespace Hub.Consents;

/// <summary>
/// Consents as the staff who meet the family record them: the signed form with what it lets cross,
/// signatures added as they come in, and withdrawal, which takes effect on the next request. A
/// consent with a missing signature is kept but grants nothing until it is complete.
/// </summary>
public static class ConsentMutations
{
    public const int MaxFormReference = 100;
    public const int MaxPupilView = 2000;
    public const int MaxName = 200;

    private static readonly Who MeetTheFamily =
        Who.Of(Agency.School, "a school's principal or pupil-health officer", Role.Principal, Role.PupilHealthOfficer)
            .Or(Who.Of(Agency.SocialServices, "social services' investigators and school social workers",
                Role.Investigator, Role.SchoolSocialWorker))
            .Or(Who.Of(Agency.Bup, "BUP's clinicians", Role.Clinician));

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RecordConsentInputType, RecordConsentInput, ConsentPayloadType>("recordConsent",
            "Records a signed consent form (medgivande): what may cross from which agency to which, for what and how long. "
            + "Under joint custody both guardians sign, and from the age the hub sets the pupil too; until then it grants nothing.",
            MeetTheFamily, RecordAsync);
        mutation.Mutation<AddConsentSignatureInputType, AddConsentSignatureInput, ConsentPayloadType>("addConsentSignature",
            "Adds a signature that was missing when the consent was recorded; the last one needed makes it grant.", MeetTheFamily, AddSignatureAsync);
        mutation.Mutation<WithdrawConsentInputType, WithdrawConsentInput, ConsentPayloadType>("withdrawConsent",
            "Records that a guardian with custody, or the pupil, withdrew a consent or some of its provisions: what they let cross is closed from the next request on, "
            + "and subscriptions resting on them end (BASIS_ENDED).",
            MeetTheFamily, WithdrawAsync);
        ConsentConfirmations.AddTo(mutation, MeetTheFamily);
        ConsentRequests.AddTo(mutation, MeetTheFamily);
    }

    private static async Task<object> RecordAsync(Write w, RecordConsentInput input)
    {
        var pupil = await w.PupilAsync(input.PupilId);
        if (!ConsentRules.PeriodFits(input.ValidFrom, input.ValidTo))
        {
            throw Refuse(UserErrorCode.Invalid, "validTo", "A consent lasts from validFrom to a later day at most twelve months on.");
        }

        var consent = new ConsentRecord
        {
            PupilId = pupil.Id,
            ValidFrom = input.ValidFrom,
            ValidTo = input.ValidTo,
            FormReference = Text(input.FormReference, "formReference", MaxFormReference)!,
            PupilView = Text(input.PupilView, "pupilView", MaxPupilView, required: false),
            RecordedBy = w.Caller.Name,
            RecordedByUnitId = w.Caller.UnitId,
            RecordedAt = w.Now,
        };
        if (input.Provisions.Count == 0)
        {
            throw Refuse(UserErrorCode.Invalid, "provisions", "A consent covers at least one category from one agency to another.");
        }

        for (var i = 0; i < input.Provisions.Count; i++)
        {
            consent.Provisions.Add(await ProvisionAsync(w, pupil, input.Provisions[i], consent.Provisions, $"provisions.{i}"));
        }

        var custodians = await CustodiansAsync(w, pupil.Id);
        for (var i = 0; i < input.Signatures.Count; i++)
        {
            var s = input.Signatures[i];
            consent.Signatures.Add(Signature(w, custodians, consent.Signatures, s.GuardianId, s.ByPupil, s.SignedOn, $"signatures.{i}."));
        }

        w.Store.Add(consent);
        if (input.ConsentRequestId is not null)
        {
            await ConsentRequests.AnswerWithAsync(w, input.ConsentRequestId, consent);
        }

        return consent;
    }

    /// <summary>One provision as the input names it, checked: the giving agency keeps the category, the receiver takes part, the unit is the receiver's; not the same as an earlier one.</summary>
    internal static async Task<ConsentProvision> ProvisionAsync(Write w, Pupil pupil, ProvisionInput input, List<ConsentProvision> earlier, string field)
    {
        if (!ConsentRules.Keeps(input.FromAgency, input.Category))
        {
            throw Refuse(UserErrorCode.Invalid, $"{field}.category",
                $"{input.FromAgency} does not keep {DataCategories.Describe(input.Category)}: a consent lets an agency give only its own records.");
        }

        if (!ConsentRules.Receives(input.FromAgency, input.ToAgency))
        {
            throw Refuse(UserErrorCode.Invalid, $"{field}.toAgency", "The receiving agency must be another agency that takes part in the cooperation.");
        }

        var toUnit = input.ToUnitId is null ? null : await w.UnitAsync(input.ToUnitId, $"{field}.toUnitId");
        if (toUnit is not null && toUnit.Agency != input.ToAgency)
        {
            throw Refuse(UserErrorCode.Invalid, $"{field}.toUnitId", $"{toUnit.Name} is not a unit of {input.ToAgency}.");
        }

        var from = await FromAuthorityAsync(w, pupil, input, $"{field}.fromAuthority");
        var provision = new ConsentProvision
        {
            Category = input.Category,
            FromAgency = input.FromAgency,
            ToAgency = input.ToAgency,
            ToUnitId = toUnit?.Id,
            Purpose = input.Purpose,
            FromAuthority = from,

            // Only the authority that keeps the records lifts their secrecy: another's provision waits for its confirmation.
            DisclosedByAuthority = from == w.Caller.Authority ? from : null,
        };
        return earlier.Exists(p => ConsentRules.SameProvision(p, provision))
            ? throw Refuse(UserErrorCode.Duplicate, field, "The consent already covers this.")
            : provision;
    }

    /// <summary>
    /// The authority the provision names as keeping the records: the one given, which must be an
    /// authority of the giving agency; else the caller's own when it is of that agency; else the
    /// one that keeps such records for this pupil.
    /// </summary>
    private static async Task<string> FromAuthorityAsync(Write w, Pupil pupil, ProvisionInput input, string field)
    {
        var units = await w.UnitsAsync();
        if (input.FromAuthority is { } named)
        {
            return units.Any(u => u.Agency == input.FromAgency && u.Authority == named)
                ? named
                : throw Refuse(UserErrorCode.Invalid, field, $"No authority of {input.FromAgency} is called '{named}': name one by a unit's authority in the directory.");
        }

        if (input.FromAgency == w.Caller.Agency)
        {
            return w.Caller.Authority;
        }

        var district = await w.DistrictAsync(pupil.RegisteredDistrictId);
        int? keeper = input.FromAgency switch
        {
            Agency.SocialServices => units.FirstOrDefault(u => u.Agency == Agency.SocialServices && u.DistrictId == pupil.RegisteredDistrictId)?.Id,
            Agency.Bup => district?.BupClinicId,
            Agency.Police => district?.PoliceAreaId,
            Agency.School => await w.Store.EnrolledSchoolAsync(pupil.Id, w.Today, w.Cancel),
            _ => null,
        };
        return units.FirstOrDefault(u => u.Id == keeper)?.Authority
            ?? throw Refuse(UserErrorCode.Invalid, field, $"The hub cannot tell which authority of {input.FromAgency} keeps these records for the pupil: name it.");
    }

    private static async Task<object> AddSignatureAsync(Write w, AddConsentSignatureInput input)
    {
        var consent = await w.RecordAsync(w.Data.Consents, input.ConsentId, RecordKinds.Consent.TypeName, "consentId");
        w.Expect(consent, input.Version);
        if (consent.WithdrawnAt is not null)
        {
            throw Refuse(UserErrorCode.WrongState, "consentId", $"The consent was withdrawn on {consent.WithdrawnAt:yyyy-MM-dd}: record a new one instead.");
        }

        await w.Store.LoadAsync(consent, c => c.Signatures, w.Cancel);
        var custodians = await CustodiansAsync(w, consent.PupilId);
        consent.Signatures.Add(Signature(w, custodians, consent.Signatures, input.GuardianId, input.ByPupil, input.SignedOn, ""));
        return consent;
    }

    private static async Task<object> WithdrawAsync(Write w, WithdrawConsentInput input)
    {
        var consent = await w.RecordAsync(w.Data.Consents, input.ConsentId, RecordKinds.Consent.TypeName, "consentId");
        w.Expect(consent, input.Version);
        var by = await ConsentWithdrawal.WithdrawerAsync(w, consent.PupilId, input.GuardianId, input.ByPupil);
        await ConsentWithdrawal.ApplyAsync(w.Store, consent, by, input.ProvisionIds, w.Now, w.Cancel);
        return consent;
    }

    /// <summary>The guardians with custody of the pupil today.</summary>
    internal static Task<List<int>> CustodiansAsync(Write w, int pupilId) => w.Store.CustodiansAsync(pupilId, w.Today, w.Cancel);

    /// <summary>One signature, checked against the custodians and the signatures already there; <paramref name="at"/> prefixes the field path.</summary>
    private static ConsentSignature Signature(Write w, List<int> custodians, List<ConsentSignature> signed, string? guardianId, bool? byPupil, DateOnly signedOn, string at)
    {
        var pupil = byPupil == true;
        if (pupil == (guardianId is not null))
        {
            throw Refuse(UserErrorCode.Invalid, at + "guardianId", "A signature is either a guardian's (guardianId) or the pupil's own (byPupil: true).");
        }

        w.NotFuture(signedOn, at + "signedOn");
        if (pupil)
        {
            return signed.Exists(s => s.ByPupil)
                ? throw Refuse(UserErrorCode.Duplicate, at + "byPupil", "The pupil has already signed this consent.")
                : new ConsentSignature { ByPupil = true, SignedOn = signedOn };
        }

        if (!GlobalId.TryDecode(guardianId, "Guardian", out var guardian))
        {
            throw Refuse(UserErrorCode.Invalid, at + "guardianId", "Not a Guardian id.");
        }

        if (!custodians.Contains(guardian))
        {
            throw Refuse(UserErrorCode.NotAGuardian, at + "guardianId", "That person does not have custody of the pupil today, so cannot consent for the pupil.");
        }

        return signed.Exists(s => s.GuardianId == guardian)
            ? throw Refuse(UserErrorCode.Duplicate, at + "guardianId", "That guardian has already signed this consent.")
            : new ConsentSignature { GuardianId = guardian, SignedOn = signedOn };
    }
}
