using GraphQL.Types;
using Hub.Access;
using Hub.Changes;
using Hub.Organisation;
using Hub.Records;
using Microsoft.EntityFrameworkCore;
using static Hub.Changes.Write;

namespace Hub.Consents;

/// <summary>
/// Secrecy is lifted by the authority that holds the data. A provision recorded by another
/// authority (a school recording that social services may tell it about an investigation) waits
/// until the keeping agency's own staff confirm it, having seen the signed form; the confirming
/// authority's records are then the ones it lets cross. The confirmation is in the record of changes.
/// </summary>
public static class ConsentConfirmations
{
    public static void AddTo(ObjectGraphType mutation, Who who) =>
        mutation.Mutation<ConfirmConsentProvisionInputType, ConfirmConsentProvisionInput, ConsentPayloadType>("confirmConsentProvision",
            "Confirms, for the caller's authority, a provision that another authority recorded and that lets the caller's own agency's records cross: "
            + "from then on it lets the caller's authority's records of that category cross. Only the agency that keeps the category confirms.",
            who, ConfirmAsync);

    private static async Task<object> ConfirmAsync(Write w, ConfirmConsentProvisionInput input)
    {
        var consent = await w.RecordAsync(w.Data.Consents, input.ConsentId, RecordKinds.Consent.TypeName, "consentId");
        if (DataCategories.ProducedBy(input.Category) != w.Caller.Agency)
        {
            throw Refuse(UserErrorCode.NotPermitted, "category",
                $"{w.Caller.Agency} does not keep {DataCategories.Describe(input.Category)}: only the agency that keeps records lifts their secrecy.");
        }

        if (consent.WithdrawnAt is not null)
        {
            throw Refuse(UserErrorCode.WrongState, "consentId", $"The consent was withdrawn on {consent.WithdrawnAt:yyyy-MM-dd}: nothing in it can take effect.");
        }

        int? toUnit = input.ToUnitId is null ? null : (await w.UnitAsync(input.ToUnitId, "toUnitId")).Id;

        // A category above the caller's role is answered like a provision that does not exist: the reader never saw it.
        var provision = RolePolicy.Reads(w.Caller.Role, input.Category)
            ? await w.Store.ProvisionsOf(consent).SingleOrDefaultAsync(p => p.Category == input.Category
                && p.FromAgency == w.Caller.Agency && p.ToAgency == input.ToAgency && p.ToUnitId == toUnit && p.Purpose == input.Purpose, w.Cancel)
            : null;
        if (provision is null)
        {
            throw Refuse(UserErrorCode.NotFound, "category", "The consent has no such provision from your agency.");
        }

        if (provision.DisclosedByAuthority is not null)
        {
            throw Refuse(UserErrorCode.WrongState, "category", "The provision is already in effect.");
        }

        provision.DisclosedByAuthority = w.Caller.Authority;
        provision.ConfirmedBy = w.Caller.Name;
        provision.ConfirmedAt = w.Now;
        return consent;
    }
}

public sealed class ConfirmConsentProvisionInput : MutationInput
{
    public string ConsentId { get; set; } = "";
    public DataCategory Category { get; set; }
    public Agency ToAgency { get; set; }
    public string? ToUnitId { get; set; }
    public SharingPurpose Purpose { get; set; }
}

public sealed class ConfirmConsentProvisionInputType : MutationInputType<ConfirmConsentProvisionInput>
{
    public ConfirmConsentProvisionInputType()
        : base("ConfirmConsentProvisionInput", "A provision of a consent, named as it reads, that the caller's authority lets take effect.")
    {
        Field<NonNullGraphType<IdGraphType>>("consentId").Description("The consent.");
        Field<NonNullGraphType<DataCategoryType>>("category").Description("The provision's category: one the caller's agency keeps.");
        Field<NonNullGraphType<AgencyType>>("toAgency").Description("The provision's receiving agency.");
        Field<IdGraphType>("toUnitId").Description("The provision's receiving unit, when it names one.");
        Field<NonNullGraphType<SharingPurposeType>>("purpose").Description("The provision's purpose.");
    }
}
