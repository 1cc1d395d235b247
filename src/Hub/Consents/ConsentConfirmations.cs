using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Changes;
using Hub.Records;
using static Hub.Changes.Write;

namespace Hub.Consents;

/// <summary>
/// Secrecy is lifted by the authority that holds the data. A provision recorded by another
/// authority (a school recording that social services may tell it about an investigation) names
/// the authority that keeps the records and waits for its own staff, having seen the signed form,
/// to confirm it or to refuse it with a reason; the pending ones are listed for that authority
/// (<c>pendingConsentProvisions</c>). Both answers are in the record of changes.
/// </summary>
public static class ConsentConfirmations
{
    public const int MaxReason = 1000;

    public static void AddTo(ObjectGraphType mutation, Who who)
    {
        mutation.Mutation<ConfirmConsentProvisionInputType, ConfirmConsentProvisionInput, ConsentPayloadType>("confirmConsentProvision",
            "Confirms a pending provision that names the caller's authority as the one keeping the records: from then on it lets that authority's "
            + "records of the category cross, while the consent grants. Only staff of the named authority whose role reads the category confirm.",
            who, ConfirmAsync);
        mutation.Mutation<RefuseConsentProvisionInputType, RefuseConsentProvisionInput, ConsentPayloadType>("refuseConsentProvision",
            "Refuses, with a reason, a pending provision that names the caller's authority: the records stay secret and the provision never takes effect; "
            + "the family and the recording agency see the refusal and its reason.",
            who, RefuseAsync);
    }

    private static async Task<object> ConfirmAsync(Write w, ConfirmConsentProvisionInput input)
    {
        var (consent, provision) = await PendingOfCallerAsync(w, input.ProvisionId);
        provision.DisclosedByAuthority = w.Caller.Authority;
        provision.ConfirmedBy = w.Caller.Name;
        provision.ConfirmedAt = w.Now;
        return consent;
    }

    private static async Task<object> RefuseAsync(Write w, RefuseConsentProvisionInput input)
    {
        var reason = Text(input.Reason, "reason", MaxReason)!;
        var (consent, provision) = await PendingOfCallerAsync(w, input.ProvisionId);
        provision.RefusedAt = w.Now;
        provision.RefusedBy = w.Caller.Name;
        provision.RefusalReason = reason;
        return consent;
    }

    /// <summary>
    /// The provision, when it is pending and names the caller's authority, with its consent (whose
    /// version stays: signatures and withdrawal do not depend on a provision's answer). A provision of a consent the caller does not see, or of a category above
    /// its role, is answered exactly as one that does not exist.
    /// </summary>
    private static async Task<(ConsentRecord Consent, ConsentProvision Provision)> PendingOfCallerAsync(Write w, string? provisionId)
    {
        if (!GlobalId.TryDecode(provisionId, RecordKinds.ConsentProvisionTypeName, out var id))
        {
            throw Refuse(UserErrorCode.Invalid, "provisionId", $"Not a {RecordKinds.ConsentProvisionTypeName} id.");
        }

        var provision = await w.Store.ProvisionForChangeAsync(w.Data.Consents, id, w.Cancel);
        if (provision is null || !RolePolicy.Reads(w.Caller.Role, provision.Category))
        {
            throw NotFound("provisionId", "consent provision");
        }

        if (provision.FromAuthority != w.Caller.Authority)
        {
            throw Refuse(UserErrorCode.NotPermitted, "provisionId",
                "The provision names another authority as keeping the records: only that authority lifts their secrecy or refuses to.");
        }

        var consent = (await w.Store.ForChangeAsync(w.Data.Consents, provision.ConsentId, w.Cancel))!;
        if (consent.WithdrawnAt is not null)
        {
            throw Refuse(UserErrorCode.WrongState, "provisionId", $"The consent was withdrawn on {consent.WithdrawnAt:yyyy-MM-dd}: nothing in it can take effect.");
        }

        return provision.Status switch
        {
            ProvisionStatus.Pending => (consent, provision),
            ProvisionStatus.InEffect => throw Refuse(UserErrorCode.WrongState, "provisionId", "The provision is already in effect."),
            ProvisionStatus.Refused => throw Refuse(UserErrorCode.WrongState, "provisionId",
                $"The provision was refused on {provision.RefusedAt:yyyy-MM-dd}: the family may give a new consent."),
            _ => throw Refuse(UserErrorCode.WrongState, "provisionId",
                $"The provision was withdrawn on {provision.WithdrawnAt:yyyy-MM-dd}: nothing in it can take effect."),
        };
    }
}

public sealed class ConfirmConsentProvisionInput : MutationInput
{
    public string ProvisionId { get; set; } = "";
}

public sealed class ConfirmConsentProvisionInputType : MutationInputType<ConfirmConsentProvisionInput>
{
    public ConfirmConsentProvisionInputType()
        : base("ConfirmConsentProvisionInput", "A pending provision that names the caller's authority as keeping the records.")
    {
        Field<NonNullGraphType<IdGraphType>>("provisionId").Description("The provision (ConsentProvision.id).");
    }
}

public sealed class RefuseConsentProvisionInput : MutationInput
{
    public string ProvisionId { get; set; } = "";
    public string Reason { get; set; } = "";
}

public sealed class RefuseConsentProvisionInputType : MutationInputType<RefuseConsentProvisionInput>
{
    public RefuseConsentProvisionInputType()
        : base("RefuseConsentProvisionInput", "A pending provision the caller's authority will not let take effect, and why.")
    {
        Field<NonNullGraphType<IdGraphType>>("provisionId").Description("The provision (ConsentProvision.id).");
        Field(i => i.Reason).Description($"Why the records stay secret, as the family and the recording agency will read it (at most {ConsentConfirmations.MaxReason} characters).");
    }
}
