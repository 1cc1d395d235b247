using GraphQL.Types;
using Hub.Changes;
using Hub.Consents;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using static Hub.Changes.Write;
using static Hub.Interventions.InterventionWrite;

namespace Hub.Interventions;

/// <summary>
/// BUP's contacts and the police's SSPF cases: each registered by the clinic or police area that
/// keeps it (which starts its relationship with the pupil), one open at a time per pupil there,
/// and closed only by that unit.
/// </summary>
public static class CaseMutations
{
    private static readonly Who Clinician = Who.Of(Agency.Bup, "a BUP clinician", Role.Clinician);
    private static readonly Who PoliceOfficer = Who.Of(Agency.Police, "a police officer in SSPF", Role.PoliceOfficer);

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RegisterBupContactInputType, RegisterCaseInput, BupContactPayloadType>("registerBupContact",
            "Registers the caller's clinic's contact with a pupil (one open contact per pupil and clinic).", Clinician,
            (w, i) => RegisterAsync(w, i, new BupContact { OwnerAuthority = w.Caller.Authority }, "BUP contact"));
        mutation.Mutation<EndBupContactInputType, EndBupContactInput, BupContactPayloadType>("endBupContact",
            "Ends a contact kept by the caller's clinic.", Clinician,
            async (w, i) => await CloseAsync(w, w.Data.Interventions.OfType<BupContact>(), i.ContactId, "contactId", i.Version, i.ClosedOn, i.ClosingNote, "BUP contact"));
        mutation.Mutation<RegisterSspfCaseInputType, RegisterCaseInput, SspfCasePayloadType>("registerSspfCase",
            "Registers an SSPF case of the caller's police area about a pupil (one open case per pupil and area). For a person under 21 it opens "
            + "the police–social services exchange (OSL 10 kap. 18 a §) with the preventive unit of the pupil's registered district, until the case closes.", PoliceOfficer,
            (w, i) => RegisterAsync(w, i, new SspfCase { OwnerAuthority = w.Caller.Authority }, "SSPF case"));
        mutation.Mutation<CloseSspfCaseInputType, CloseSspfCaseInput, SspfCasePayloadType>("closeSspfCase",
            "Closes an SSPF case kept by the caller's police area; the exchange it opened ends that day.", PoliceOfficer,
            async (w, i) => await CloseAsync(w, w.Data.Interventions.OfType<SspfCase>(), i.CaseId, "caseId", i.Version, i.ClosedOn, i.ClosingNote, "SSPF case"));
    }

    private static async Task<object> RegisterAsync<T>(Write w, RegisterCaseInput input, T record, string what)
        where T : Intervention
    {
        w.NotFuture(input.OpenedOn, "openedOn");
        record.Summary = Text(input.Summary, "summary", MaxSummaryLength);
        var pupil = await w.PupilByNumberAsync(input.PersonalIdentityNumber);
        var (unit, openedOn) = (w.Caller.UnitId, input.OpenedOn);
        if (await w.Store.KeptByCallersAuthority.OfType<T>().AnyAsync(i => i.PupilId == pupil.Id && i.UnitId == unit && (i.ClosedOn == null || i.ClosedOn > openedOn), w.Cancel))
        {
            throw Refuse(UserErrorCode.WrongState, "personalIdentityNumber", $"Your unit already has an open {what} with this pupil.");
        }

        Keep(w, record, pupil.Id, openedOn);
        await LegalBases.OpenAsync(w, record);
        return record;
    }

    private static async Task<T> CloseAsync<T>(Write w, IQueryable<T> visible, string id, string idField, int version, DateOnly closedOn, string closingNote, string what)
        where T : Intervention
    {
        var record = await KeptByCallerAsync(w, visible, id, version, idField, what);
        Close(w, record, idField, closedOn, "closedOn", closingNote, what);
        await LegalBases.EndAsync(w.Store, record, closedOn, w.Cancel);
        return record;
    }
}
