using GraphQL.Types;
using Hub.Access;
using Hub.Changes;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using static Hub.Changes.Write;

namespace Hub.Consents;

/// <summary>
/// A disclosure decision (beslut om utlämnande): an authorised role of the disclosing authority lets
/// named categories of its own records about one pupil cross to one unit of another authority, for a
/// purpose and a period, with the reason and the provision it rests on (OSL 10 kap. 2 § or 27 §). It
/// opens a legal basis per category for its period, and its authority may end it early.
/// </summary>
public static class DisclosureDecisionMutations
{
    public const int MaxReasonLength = 2000;

    /// <summary>A decision covers a need at hand, not standing access: at most this many months.</summary>
    public const int MaxMonths = 3;

    /// <summary>
    /// Who may decide for an authority: the principal for a school (the head of the unit that keeps the
    /// records), an investigator for social services (the authority side, which decides on disclosure),
    /// a clinician for BUP (responsible for the patient's records). The police's role in the hub is an
    /// SSPF officer, not one who decides on disclosure; the police share under the SSPF exchange.
    /// </summary>
    internal static readonly Who Deciders =
        Who.Of(Agency.School, "a school's principal", Role.Principal)
            .Or(Who.Of(Agency.SocialServices, "a social-services investigator", Role.Investigator))
            .Or(Who.Of(Agency.Bup, "a BUP clinician", Role.Clinician));

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RecordDisclosureDecisionInputType, RecordDisclosureDecisionInput, DisclosureDecisionPayloadType>("recordDisclosureDecision",
            $"Records a decision of the caller's authority to disclose categories of its own records about a pupil to a unit of another authority, "
            + $"for a purpose, from today or later for at most {MaxMonths} months, with the reason. The unit reads them under a legal basis "
            + "until the decision's last day; the data-protection officer lists every decision.", Deciders, RecordAsync);
        mutation.Mutation<EndDisclosureDecisionInputType, EndDisclosureDecisionInput, DisclosureDecisionPayloadType>("endDisclosureDecision",
            "Ends a disclosure decision of the caller's authority early: from today it grants nothing.", Deciders, EndAsync);
    }

    private static async Task<object> RecordAsync(Write w, RecordDisclosureDecisionInput input)
    {
        var caller = w.Caller;
        if (input.Kind is not (LegalBasisKind.DisclosureNecessary or LegalBasisKind.DisclosureOverridingInterest))
        {
            throw Refuse(UserErrorCode.Invalid, "kind", "A disclosure decision rests on DISCLOSURE_NECESSARY (OSL 10 kap. 2 §) or DISCLOSURE_OVERRIDING_INTEREST (OSL 10 kap. 27 §).");
        }

        if (input.Kind == LegalBasisKind.DisclosureOverridingInterest && caller.Agency is Agency.Bup or Agency.SocialServices)
        {
            throw Refuse(UserErrorCode.Invalid, "kind", "The general clause (OSL 10 kap. 27 §) does not apply to health-care or social-services secrecy.");
        }

        if (input.Categories.Count == 0)
        {
            throw Refuse(UserErrorCode.Invalid, "categories", "Name at least one category of your agency's records.");
        }

        for (var i = 0; i < input.Categories.Count; i++)
        {
            if (DataCategories.ProducedBy(input.Categories[i]) != caller.Agency)
            {
                throw Refuse(UserErrorCode.NotPermitted, $"categories.{i}",
                    $"An authority discloses only its own records: {DataCategories.Describe(input.Categories[i])} are not {caller.Agency}'s.");
            }
        }

        var reason = Text(input.Reason, "reason", MaxReasonLength)!;
        Order(w.Today, input.ValidFrom, "validFrom", "today: a decision discloses from today on");
        Order(input.ValidFrom, input.ValidUntil, "validUntil", "validFrom");
        var limit = input.ValidFrom.AddMonths(MaxMonths).AddDays(-1);
        if (input.ValidUntil > limit)
        {
            throw Refuse(UserErrorCode.Invalid, "validUntil", $"A decision lasts at most {MaxMonths} months: until {limit:yyyy-MM-dd} at the latest.");
        }

        var to = await w.UnitAsync(input.ToUnitId, "toUnitId");
        if (to.Authority == caller.Authority || to.Agency is Agency.Oversight or Agency.PopulationRegister)
        {
            throw Refuse(UserErrorCode.Invalid, "toUnitId", "The receiving unit must belong to another authority that acts around pupils: within an authority there is no secrecy to lift.");
        }

        var pupil = await w.PupilAsync(input.PupilId);
        var categories = new DataCategorySet(input.Categories);
        var decision = new DisclosureDecision
        {
            PupilId = pupil.Id,
            Kind = input.Kind,
            FromAgency = caller.Agency,
            FromAuthority = caller.Authority,
            DecidedByUnitId = caller.UnitId,
            DecidedById = caller.PersonId,
            DecidedByName = caller.Name,
            DecidedByRole = caller.Role,
            DecidedAt = w.Now,
            ToUnitId = to.Id,
            Categories = categories.ToString(),
            Purpose = input.Purpose,
            ValidFrom = input.ValidFrom,
            ValidUntil = input.ValidUntil,
            Reason = reason,
        };
        w.Store.Add(decision);
        await w.Store.SaveAsync(w.Cancel);
        var statute = LegalBasisKinds.Of(input.Kind).Citation.ToString();
        foreach (var category in categories)
        {
            w.Store.Add(new LegalBasis
            {
                PupilId = pupil.Id,
                Kind = input.Kind,
                Statute = statute,
                GrantedToUnitId = to.Id,
                Category = category,
                FromAgency = caller.Agency,
                FromAuthority = caller.Authority,
                ValidFrom = input.ValidFrom,
                ValidTo = input.ValidUntil.AddDays(1),
                SourceDisclosureId = decision.Id,
            });
        }

        return decision;
    }

    private static async Task<object> EndAsync(Write w, EndDisclosureDecisionInput input)
    {
        var decision = await w.RecordAsync(w.Data.DisclosureDecisionsOfCallersAuthority, input.DecisionId, DisclosureDecisionType.TypeName, "decisionId");
        w.Expect(decision, input.Version);
        if (decision.EndedOn is DateOnly ended)
        {
            throw Refuse(UserErrorCode.WrongState, "decisionId", $"The decision was already ended on {ended:yyyy-MM-dd}.");
        }

        if (decision.ValidUntil < w.Today)
        {
            throw Refuse(UserErrorCode.WrongState, "decisionId", $"The decision ran its period: its last day was {decision.ValidUntil:yyyy-MM-dd}.");
        }

        decision.EndedOn = w.Today;
        decision.EndedByName = w.Caller.Name;
        foreach (var basis in await w.Store.BasesOpenedBy(decision, w.Today).ToListAsync(w.Cancel))
        {
            basis.ValidTo = w.Today;
        }

        return decision;
    }
}
