using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Changes;
using Hub.Consents;
using Hub.Data;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Families;

/// <summary>
/// What the family does itself: withdraws a consent about one of their children, whole or some of
/// its provisions, as themselves (the signed-in guardian's own guardian row, or the pupil). The
/// same rules as staff recording it (<see cref="ConsentWithdrawal"/>); another family's consent or
/// provision answers like an unknown id; a refusal changes nothing. In the record of changes with
/// the family member as actor, so a subscription resting on what was withdrawn ends at once.
/// </summary>
public static class FamilyMutations
{
    public const string Withdraw = "withdrawFamilyConsent";

    public static void AddTo(ObjectGraphType mutation)
    {
        var field = mutation.Field<NonNullGraphType<FamilyConsentPayloadType>>(Withdraw)
            .Description("Withdraws, as the signed-in guardian or pupil, a consent about their own child, or only some of its provisions: "
                + "what is withdrawn grants nothing from the next request on. Only with a family token.")
            .Argument<NonNullGraphType<FamilyWithdrawConsentInputType>>("input", "What to withdraw.")
            .Category(DataCategory.Consent)
            .ResolveAsync(async c => await WithdrawAsync(c));
        field.FieldType.FamilyOnly();
    }

    private static async Task<FamilyConsentPayload> WithdrawAsync(IResolveFieldContext c)
    {
        var services = c.RequestServices!;
        var (family, store, now, ct) = (services.GetRequiredService<FamilyData>(), services.GetRequiredService<ChangeStore>(),
            services.GetRequiredService<HubClock>().UtcNow, c.CancellationToken);
        var input = c.GetArgument<FamilyWithdrawConsentInput>("input");
        ConsentRecord consent;
        try
        {
            consent = (GlobalId.TryDecode(input.ConsentId, RecordKinds.Consent.TypeName, out var id)
                ? await store.ForChangeAsync(family.Consents, id, ct)
                : throw Write.Refuse(UserErrorCode.Invalid, "consentId", "Not a Consent id."))
                ?? throw Write.NotFound("consentId", "consent about your children");
            if (consent.Version != input.Version)
            {
                throw Write.Refuse(UserErrorCode.StaleVersion, "version", $"The consent is at version {consent.Version}, not {input.Version}: read it again and retry.");
            }

            store.ExpectVersion(consent, input.Version);
            var guardian = await family.GuardianRowOfAsync(consent.PupilId, ct);
            await ConsentWithdrawal.ApplyAsync(store, consent, new Withdrawer(guardian, guardian is null), input.ProvisionIds, now, ct);
            var db = services.GetRequiredService<HubDbContext>();
            FamilyChanges.Record(db, family.Member, Withdraw, consent, consent.Id, now);
            await db.SaveChangesAsync(ct);
        }
        catch (RefusedException refused)
        {
            family.Discard();
            return new FamilyConsentPayload(null, [refused.Error]);
        }
        catch (DbUpdateConcurrencyException)
        {
            family.Discard();
            return new FamilyConsentPayload(null, [Write.Refuse(UserErrorCode.StaleVersion, "version", "The consent changed meanwhile: read it again and retry.").Error]);
        }

        family.Discard();
        services.GetRequiredService<ChangeSignal>().Pulse();
        var child = (await family.ChildrenAsync(ct)).Single(p => p.Id == consent.PupilId);
        var read = (await family.ConsentsOfAsync(child, ct)).Single(r => r.Id == consent.Id);
        return new FamilyConsentPayload(new FamilyConsent(read, child.ProtectedIdentity), []);
    }
}

public sealed record FamilyConsentPayload(FamilyConsent? Consent, IReadOnlyList<UserError> Errors);

public sealed class FamilyConsentPayloadType : ObjectGraphType<FamilyConsentPayload>
{
    public FamilyConsentPayloadType()
    {
        Name = "FamilyConsentPayload";
        Description = "The consent as it stands after the change, or why nothing changed.";
        Field<FamilyConsentType>("consent").Description("The consent after the change; null when it was refused.").Resolve(c => c.Source.Consent).Category(DataCategory.Consent);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Why nothing changed; empty on success.")
            .Resolve(c => c.Source.Errors).Category(DataCategory.Directory);
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("Always false: the family's changes take no idempotency key.")
            .Resolve(_ => false).Category(DataCategory.Directory);
        this.FamilyOnly();
    }
}

public sealed class FamilyWithdrawConsentInput
{
    public string ConsentId { get; set; } = "";
    public int Version { get; set; }
    public List<string>? ProvisionIds { get; set; }
}

public sealed class FamilyWithdrawConsentInputType : InputObjectGraphType<FamilyWithdrawConsentInput>
{
    public FamilyWithdrawConsentInputType()
    {
        Name = "FamilyWithdrawConsentInput";
        Description = "A consent about one's own child, or some of its provisions, to withdraw.";
        Field<NonNullGraphType<IdGraphType>>("consentId").Description("The consent (FamilyConsent.id).");
        Field(i => i.Version).Description("The consent's version as last read.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("provisionIds").Description("Only these provisions (FamilyProvision.id); none or null withdraws the whole consent.");
    }
}
