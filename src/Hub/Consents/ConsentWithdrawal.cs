using Hub.Access;
using Hub.Api;
using Hub.Changes;
using Hub.Records;
using static Hub.Changes.Write;

namespace Hub.Consents;

/// <summary>Who withdrew: a guardian (by id) or the pupil.</summary>
public sealed record Withdrawer(int? GuardianId, bool ByPupil);

/// <summary>
/// Withdrawal as people do it: a guardian with custody today, or the pupil, withdraws the whole
/// consent or some of its provisions. Who and when are stamped on each provision withdrawn (and on
/// the consent when it is withdrawn whole); a withdrawn provision grants nothing from the next
/// request on (<c>Grants.ProvisionsInEffect</c>), and a subscription resting on it ends.
/// Staff record it (<c>withdrawConsent</c>); the family does it directly (<c>family…</c> mutations).
/// </summary>
public static class ConsentWithdrawal
{
    /// <summary>
    /// The withdrawer named by the input: exactly one of a guardian id and byPupil. A guardian who
    /// has never had custody of the pupil is answered like an unknown id; one whose custody ended
    /// is not a guardian who may withdraw; the pupil withdraws from the consent age.
    /// </summary>
    public static Task<Withdrawer> WithdrawerAsync(Write w, int pupilId, string? guardianId, bool? byPupil)
    {
        if ((byPupil == true) == (guardianId is not null))
        {
            throw Refuse(UserErrorCode.Invalid, "guardianId", "Name who withdraws: a guardian (guardianId) or the pupil (byPupil: true).");
        }

        return FamilyMemberAsync(w, pupilId, guardianId, "withdraw a consent");
    }

    /// <summary>
    /// The guardian (by id) or, when <paramref name="guardianId"/> is null, the pupil who speaks for
    /// the family in <paramref name="act"/> (e.g. "withdraw a consent"): a guardian who never had
    /// custody is answered like an unknown id; one whose custody ended may not; the pupil from the consent age.
    /// </summary>
    public static async Task<Withdrawer> FamilyMemberAsync(Write w, int pupilId, string? guardianId, string act)
    {
        const string field = "guardianId";
        if (guardianId is null)
        {
            // The pupil's own say counts from the age at which the pupil's signature is required.
            var pupil = await w.Store.PupilAsync(pupilId, w.Cancel);
            return pupil.BirthDate <= w.Today.AddYears(-w.Data.PupilConsentAge)
                ? new Withdrawer(null, true)
                : throw Refuse(UserErrorCode.Invalid, "byPupil", $"The pupil may {act} from age {w.Data.PupilConsentAge}: record the guardian's.");
        }

        if (!GlobalId.TryDecode(guardianId, "Guardian", out var id))
        {
            throw Refuse(UserErrorCode.Invalid, field, "Not a Guardian id.");
        }

        if (!(await w.Store.GuardiansEverAsync(pupilId, w.Cancel)).Contains(id))
        {
            throw NotFound(field, "guardian of the pupil");
        }

        return (await ConsentMutations.CustodiansAsync(w, pupilId)).Contains(id)
            ? new Withdrawer(id, false)
            : throw Refuse(UserErrorCode.NotAGuardian, field, $"That guardian does not have custody of the pupil today, so cannot {act} for the pupil.");
    }

    /// <summary>
    /// Withdraws the provisions named (provision ids of this consent), or the whole consent when
    /// none are named. Another consent's provision id is answered like an unknown one.
    /// </summary>
    public static async Task ApplyAsync(ChangeStore store, ConsentRecord consent, Withdrawer by, IReadOnlyList<string>? provisionIds, DateTime now, CancellationToken ct)
    {
        if (consent.WithdrawnAt is not null)
        {
            throw Refuse(UserErrorCode.WrongState, "consentId", $"The consent was already withdrawn on {consent.WithdrawnAt:yyyy-MM-dd}.");
        }

        await store.LoadAsync(consent, c => c.Provisions, ct);
        var named = new List<ConsentProvision>();
        for (var i = 0; i < (provisionIds?.Count ?? 0); i++)
        {
            var field = $"provisionIds.{i}";
            if (!GlobalId.TryDecode(provisionIds![i], RecordKinds.ConsentProvisionTypeName, out var id))
            {
                throw Refuse(UserErrorCode.Invalid, field, $"Not a {RecordKinds.ConsentProvisionTypeName} id.");
            }

            var provision = consent.Provisions.Find(p => p.Id == id) ?? throw NotFound(field, "provision of this consent");
            if (named.Contains(provision))
            {
                throw Refuse(UserErrorCode.Duplicate, field, "The provision is named twice.");
            }

            named.Add(provision.WithdrawnAt is null ? provision
                : throw Refuse(UserErrorCode.WrongState, field, $"The provision was already withdrawn on {provision.WithdrawnAt:yyyy-MM-dd}."));
        }

        var whole = named.Count == 0;
        foreach (var provision in whole ? consent.Provisions.Where(p => p.WithdrawnAt is null) : named)
        {
            (provision.WithdrawnAt, provision.WithdrawnByGuardianId, provision.WithdrawnByPupil) = (now, by.GuardianId, by.ByPupil);
        }

        if (whole)
        {
            (consent.WithdrawnAt, consent.WithdrawnByGuardianId, consent.WithdrawnByPupil) = (now, by.GuardianId, by.ByPupil);
        }

        // The consent's version goes up with its provisions, so a family or a member of staff acting on an older read is refused.
        store.MarkChanged(consent);
    }
}
