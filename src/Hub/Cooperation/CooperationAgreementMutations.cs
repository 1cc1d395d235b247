using GraphQL.Types;
using Hub.Changes;
using Hub.Records;
using static Hub.Changes.Write;

namespace Hub.Cooperation;

/// <summary>
/// A district records its local cooperation agreement (lokal samverkansöverenskommelse) and each
/// revision of it (2016 motion, point 3: the districts are to revise it regularly). The district's
/// social-services managers do it for the district's committee; every change is in the record of
/// changes, filed under the district.
/// </summary>
public static class CooperationAgreementMutations
{
    private static readonly Who DistrictManagers = Who.Of(Agency.SocialServices, "the district social services' unit managers", Role.UnitManager);

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RecordCooperationAgreementInputType, RecordCooperationAgreementInput, CooperationAgreementPayloadType>("recordCooperationAgreement",
            "Records the caller's district's local cooperation agreement: its parties, the day it was signed and when it is to be revised.",
            DistrictManagers, RecordAsync);
        mutation.Mutation<ReviseCooperationAgreementInputType, ReviseCooperationAgreementInput, CooperationAgreementPayloadType>("reviseCooperationAgreement",
            "Records a revision of the caller's district's agreement: when, what changed, the parties now, and when the next revision is due.",
            DistrictManagers, ReviseAsync);
    }

    private static async Task<object> RecordAsync(Write w, RecordCooperationAgreementInput input)
    {
        var title = Text(input.Title, "title", CooperationAgreementRules.MaxTitle)!;
        var reference = Text(input.DocumentReference, "documentReference", CooperationAgreementRules.MaxReference)!;
        w.NotFuture(input.SignedOn, "signedOn");
        Regular(input.SignedOn, input.RevisionDueOn, "revisionDueOn");
        var districtId = District(w);
        var agreement = new CooperationAgreement
        {
            DistrictId = districtId,
            Title = title,
            DocumentReference = reference,
            SignedOn = input.SignedOn,
            RevisionDueOn = input.RevisionDueOn,
            RecordedBy = w.Caller.Name,
            RecordedByUnitId = w.Caller.UnitId,
            RecordedAt = w.Now,
        };
        foreach (var unit in await PartiesAsync(w, districtId, input.PartyIds))
        {
            agreement.Parties.Add(new CooperationAgreementParty { UnitId = unit.Id });
        }

        w.Store.Add(agreement);
        return agreement;
    }

    private static async Task<object> ReviseAsync(Write w, ReviseCooperationAgreementInput input)
    {
        var agreement = await w.RecordAsync(w.Data.CooperationAgreements.Where(a => a.DistrictId == w.Caller.DistrictId),
            input.AgreementId, RecordKinds.CooperationAgreement.TypeName, "agreementId");
        w.Expect(agreement, input.Version);
        var note = Text(input.Note, "note", CooperationAgreementRules.MaxNote)!;
        w.NotFuture(input.RevisedOn, "revisedOn");
        await w.Store.LoadAsync(agreement, a => a.Revisions, w.Cancel);
        await w.Store.LoadAsync(agreement, a => a.Parties, w.Cancel);
        var last = agreement.Revisions.Select(r => r.RevisedOn).DefaultIfEmpty(agreement.SignedOn).Max();
        Order(last, input.RevisedOn, "revisedOn", "the last revision (or the signing)");
        Regular(input.RevisedOn, input.NextRevisionDueOn, "nextRevisionDueOn");
        if (input.PartyIds is { } partyIds)
        {
            var parties = await PartiesAsync(w, agreement.DistrictId, partyIds);
            agreement.Parties.RemoveAll(p => !parties.Any(u => u.Id == p.UnitId));
            foreach (var unit in parties.Where(u => !agreement.Parties.Any(p => p.UnitId == u.Id)))
            {
                agreement.Parties.Add(new CooperationAgreementParty { UnitId = unit.Id });
            }
        }

        agreement.Revisions.Add(new CooperationAgreementRevision
        {
            RevisedOn = input.RevisedOn,
            RevisedBy = w.Caller.Name,
            Note = note,
            NextRevisionDueOn = input.NextRevisionDueOn,
        });
        agreement.RevisionDueOn = input.NextRevisionDueOn;
        w.Store.MarkChanged(agreement);
        return agreement;
    }

    private static int District(Write w) =>
        w.Caller.DistrictId ?? throw Refuse(UserErrorCode.NotPermitted, "", "Only a district's social services records its cooperation agreement.");

    private static void Regular(DateOnly lastOn, DateOnly dueOn, string field)
    {
        if (!CooperationAgreementRules.RevisedInTime(lastOn, dueOn))
        {
            throw Refuse(UserErrorCode.Invalid, field,
                $"An agreement is revised regularly: the next revision falls after {lastOn:yyyy-MM-dd} and by {lastOn.AddMonths(CooperationAgreementRules.MaxMonthsBetweenRevisions):yyyy-MM-dd}.");
        }
    }

    private static async Task<List<Unit>> PartiesAsync(Write w, int districtId, List<string> ids)
    {
        var units = new List<Unit>();
        for (var i = 0; i < ids.Count; i++)
        {
            units.Add(await w.UnitAsync(ids[i], $"partyIds.{i}"));
        }

        if (CooperationAgreementRules.PartyProblems(districtId, units).FirstOrDefault() is string problem)
        {
            throw Refuse(UserErrorCode.Invalid, "partyIds", $"The parties do not make an agreement of the district: {problem}.");
        }

        return units;
    }
}
