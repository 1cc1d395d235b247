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
    public const string Sign = "signFamilyConsent";

    public static void AddTo(ObjectGraphType mutation)
    {
        var field = mutation.Field<NonNullGraphType<FamilyConsentPayloadType>>(Withdraw)
            .Description("Withdraws, as the signed-in guardian or pupil, a consent about their own child, or only some of its provisions: "
                + "what is withdrawn grants nothing from the next request on. Only with a family token.")
            .Argument<NonNullGraphType<FamilyWithdrawConsentInputType>>("input", "What to withdraw.")
            .Category(DataCategory.Consent)
            .ResolveAsync(async c => await WithdrawAsync(c));
        field.FieldType.FamilyOnly();
        var sign = mutation.Field<NonNullGraphType<FamilyConsentPayloadType>>(Sign)
            .Description("Gives the signed-in guardian's (or pupil's) own signature, dated today, to a consent about their own child that awaits it: "
                + "the last signature needed makes it grant. Only with a family token.")
            .Argument<NonNullGraphType<FamilySignConsentInputType>>("input", "What to sign.")
            .Category(DataCategory.Consent)
            .ResolveAsync(async c => await RunAsync(c, Sign, c.GetArgument<FamilySignConsentInput>("input").ConsentId, c.GetArgument<FamilySignConsentInput>("input").Version,
                (store, consent, signer, _) => SignAsync(store, consent, signer, c.RequestServices!.GetRequiredService<HubClock>().Today, c.CancellationToken)));
        sign.FieldType.FamilyOnly();
    }

    private static async Task SignAsync(ChangeStore store, ConsentRecord consent, Withdrawer signer, DateOnly today, CancellationToken ct)
    {
        if (consent.WithdrawnAt is not null)
        {
            throw Write.Refuse(UserErrorCode.WrongState, "consentId", $"The consent was withdrawn on {consent.WithdrawnAt:yyyy-MM-dd}: ask for a new one instead.");
        }

        await store.LoadAsync(consent, r => r.Signatures, ct);
        if (consent.Signatures.Exists(s => signer.ByPupil ? s.ByPupil : s.GuardianId == signer.GuardianId))
        {
            throw Write.Refuse(UserErrorCode.Duplicate, "consentId", "You have already signed this consent.");
        }

        consent.Signatures.Add(new ConsentSignature { GuardianId = signer.GuardianId, ByPupil = signer.ByPupil, SignedOn = today });
        store.MarkChanged(consent);
    }

    private static Task<FamilyConsentPayload> WithdrawAsync(IResolveFieldContext c)
    {
        var input = c.GetArgument<FamilyWithdrawConsentInput>("input");
        return RunAsync(c, Withdraw, input.ConsentId, input.Version,
            (store, consent, by, now) => ConsentWithdrawal.ApplyAsync(store, consent, by, input.ProvisionIds, now, c.CancellationToken));
    }

    /// <summary>
    /// Runs a family member's change to a consent about their own child: found only among their children's consents,
    /// at the version they read, acting as themselves; saved with its line in the record of changes, or nothing on a refusal.
    /// </summary>
    private static async Task<FamilyConsentPayload> RunAsync(IResolveFieldContext c, string operation, string consentId, int version,
        Func<ChangeStore, ConsentRecord, Withdrawer, DateTime, Task> change)
    {
        var services = c.RequestServices!;
        var (family, store, now, ct) = (services.GetRequiredService<FamilyData>(), services.GetRequiredService<ChangeStore>(),
            services.GetRequiredService<HubClock>().UtcNow, c.CancellationToken);
        ConsentRecord consent;
        try
        {
            consent = (GlobalId.TryDecode(consentId, RecordKinds.Consent.TypeName, out var id)
                ? await store.ForChangeAsync(family.Consents, id, ct)
                : throw Write.Refuse(UserErrorCode.Invalid, "consentId", "Not a Consent id."))
                ?? throw Write.NotFound("consentId", "consent about your children");
            if (consent.Version != version)
            {
                throw Write.Refuse(UserErrorCode.StaleVersion, "version", $"The consent is at version {consent.Version}, not {version}: read it again and retry.");
            }

            store.ExpectVersion(consent, version);
            var guardian = await family.GuardianRowOfAsync(consent.PupilId, ct);
            await change(store, consent, new Withdrawer(guardian, guardian is null), now);
            var db = services.GetRequiredService<HubDbContext>();
            FamilyChanges.Record(db, family.Member, operation, consent, consent.Id, now);
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

public sealed class FamilySignConsentInput
{
    public string ConsentId { get; set; } = "";
    public int Version { get; set; }
}

public sealed class FamilySignConsentInputType : InputObjectGraphType<FamilySignConsentInput>
{
    public FamilySignConsentInputType()
    {
        Name = "FamilySignConsentInput";
        Description = "A consent about one's own child that awaits one's signature.";
        Field<NonNullGraphType<IdGraphType>>("consentId").Description("The consent (FamilyConsent.id).");
        Field(i => i.Version).Description("The consent's version as last read.");
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
