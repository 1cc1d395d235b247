using Hub.Access;
using Hub.Changes;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using static Hub.Changes.Write;

namespace Hub.Sips;

/// <summary>A SIP is neither created nor shared with another agency without a consent of the pupil's that covers it.</summary>
internal static class SipConsent
{
    /// <summary>
    /// The consent, if it is the pupil's, grants today (<see cref="Grants.EffectiveConsents"/>) and
    /// has a SIP provision in effect to each unit's agency other than the caller's; otherwise CONSENT_REQUIRED.
    /// </summary>
    public static async Task<int> CoveringAsync(Write w, int pupilId, int? consentId, IEnumerable<Unit> units, string consentField, string unitField)
    {
        var consent = consentId is null ? null : await w.Store.ConsentOfPupilAsync(consentId.Value, pupilId, w.Cancel);
        if (consent is null)
        {
            throw Refuse(UserErrorCode.ConsentRequired, consentField, "A SIP needs a consent of the pupil's guardians; none of this pupil's is named.");
        }

        if (!await w.Data.Grants.EffectiveConsents.AnyAsync(c => c.Id == consent.Id, w.Cancel))
        {
            throw Refuse(UserErrorCode.ConsentRequired, consentField,
                "The consent does not grant today: it is withdrawn, outside its period, or a required signature is missing.");
        }

        foreach (var unit in units.Where(u => u.Agency != w.Caller.Agency))
        {
            // Only a provision in effect shares: one recorded by another authority waits for the keeper's confirmation.
            var covered = consent.Provisions.Exists(p => p.Purpose == SharingPurpose.Sip && p.ToAgency == unit.Agency
                && (p.ToUnitId == null || p.ToUnitId == unit.Id) && p.DisclosedByAuthority is not null);
            if (!covered)
            {
                throw Refuse(UserErrorCode.ConsentRequired, unitField, $"The consent does not let the SIP be shared with {unit.Agency} ({unit.Name}).");
            }
        }

        return consent.Id;
    }
}
