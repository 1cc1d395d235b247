using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Api;
using Hub.Changes;
using Hub.Consents;
using Hub.Data;
using Hub.Identity;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Families;

/// <summary>
/// What the family does itself: withdraws a consent about one of their children, whole or some of
/// its provisions, signs one that awaits their signature, answers a request for consent, as
/// themselves (the signed-in guardian's own guardian row, or the pupil). The
/// same rules as staff recording it (<see cref="ConsentWithdrawal"/>); another family's consent or
/// provision answers like an unknown id; a refusal changes nothing. In the record of changes with
/// the family member as actor, so a subscription resting on what was withdrawn ends at once.
/// </summary>
public static class FamilyMutations
{
    public const string Withdraw = "withdrawFamilyConsent";
    public const string Sign = "signFamilyConsent";
    public const string Answer = "answerFamilyConsentRequest";

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
        var answer = mutation.Field<NonNullGraphType<FamilyConsentRequestPayloadType>>(Answer)
            .Description("Answers, as the signed-in guardian or pupil, an open request for consent about their own child. GIVE makes the consent asked for, "
                + "from today for the months asked, with one's own signature (under joint custody it grants once the other guardian signs too, signFamilyConsent); "
                + "DECLINE says no. Only with a family token.")
            .Argument<NonNullGraphType<FamilyAnswerConsentRequestInputType>>("input", "The answer.")
            .Category(DataCategory.Consent)
            .ResolveAsync(async c => await AnswerAsync(c));
        answer.FieldType.FamilyOnly();
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

    /// <summary>A family member's change to a consent about their own child, read back as the family sees it.</summary>
    private static async Task<FamilyConsentPayload> RunAsync(IResolveFieldContext c, string operation, string consentId, int version,
        Func<ChangeStore, ConsentRecord, Withdrawer, DateTime, Task> change)
    {
        var family = c.RequestServices!.GetRequiredService<FamilyData>();
        var (id, error) = await ChangeAsync(c, operation, family.Consents, RecordKinds.Consent, "consentId", "consent", consentId, version,
            async (store, consent, by, now) =>
            {
                await change(store, consent, by, now);
                return [];
            });
        return error is not null ? new FamilyConsentPayload(null, [error]) : new FamilyConsentPayload(await ConsentAsync(family, id, c.CancellationToken), []);
    }

    private static async Task<FamilyConsentRequestPayload> AnswerAsync(IResolveFieldContext c)
    {
        var input = c.GetArgument<FamilyAnswerConsentRequestInput>("input");
        var services = c.RequestServices!;
        var (family, directory, clock) = (services.GetRequiredService<FamilyData>(), services.GetRequiredService<UnitDirectory>(), services.GetRequiredService<HubClock>());
        int? given = null;
        var (id, error) = await ChangeAsync(c, Answer, family.ConsentRequests, RecordKinds.ConsentRequest, "requestId", "request for consent",
            input.RequestId, input.Version, async (store, request, member, now) =>
            {
                var asking = await directory.UnitAsync(request.AskedByUnitId, c.CancellationToken)
                    ?? throw new InvalidOperationException($"Unit {request.AskedByUnitId} asked for a consent but is not in the directory.");
                var consent = await ConsentRequests.AnswerByFamilyAsync(store, request, member, input.Answer == FamilyConsentAnswer.Give, asking.Authority,
                    clock.Today, now, c.CancellationToken);
                return consent is null ? [] : [consent];
            },
            saved => given = saved.OfType<ConsentRecord>().Select(r => (int?)r.Id).FirstOrDefault());
        if (error is not null)
        {
            return new FamilyConsentRequestPayload(null, null, [error]);
        }

        var pupilId = await family.ConsentRequests.Where(r => r.Id == id).Select(r => r.PupilId).SingleAsync(c.CancellationToken);
        var child = (await family.ChildrenAsync(c.CancellationToken)).Single(p => p.Id == pupilId);
        var request = (await family.ConsentRequestsOfAsync(child, c.CancellationToken)).Single(r => r.Id == id);
        var consent = given is int consentId ? await ConsentAsync(family, consentId, c.CancellationToken) : null;
        return new FamilyConsentRequestPayload(new FamilyConsentRequest(request, child.ProtectedIdentity), consent, []);
    }

    /// <summary>A consent about one of the family's children, as the family reads it.</summary>
    private static async Task<FamilyConsent> ConsentAsync(FamilyData family, int consentId, CancellationToken ct)
    {
        var pupilId = await family.Consents.Where(r => r.Id == consentId).Select(r => r.PupilId).SingleAsync(ct);
        var child = (await family.ChildrenAsync(ct)).Single(p => p.Id == pupilId);
        var read = (await family.ConsentsOfAsync(child, ct)).Single(r => r.Id == consentId);
        return new FamilyConsent(read, child.ProtectedIdentity);
    }

    /// <summary>
    /// Runs a family member's change to a record about their own child: found only among their
    /// children's records (another family's id answers like an unknown one), at the version they
    /// read, acting as themselves; saved in one transaction with its lines in the record of changes
    /// (the record, and any record the change made), or nothing at all on a refusal. Returns the
    /// record's id, or the refusal.
    /// </summary>
    private static async Task<(int Id, UserError? Error)> ChangeAsync<T>(IResolveFieldContext c, string operation, IQueryable<T> set, RecordKindInfo kind,
        string field, string what, string globalId, int version, Func<ChangeStore, T, Withdrawer, DateTime, Task<IReadOnlyList<IPupilRecord>>> change,
        Action<IReadOnlyList<IPupilRecord>>? saved = null)
        where T : class, IPupilRecord, IVersioned
    {
        var services = c.RequestServices!;
        var (family, store, db, now, ct) = (services.GetRequiredService<FamilyData>(), services.GetRequiredService<ChangeStore>(), services.GetRequiredService<HubDbContext>(),
            services.GetRequiredService<HubClock>().UtcNow, c.CancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var record = (GlobalId.TryDecode(globalId, kind.TypeName, out var id)
                ? await store.ForChangeAsync(set, id, ct)
                : throw Write.Refuse(UserErrorCode.Invalid, field, $"Not a {kind.TypeName} id."))
                ?? throw Write.NotFound(field, $"{what} about your children");
            if (record.Version != version)
            {
                throw Write.Refuse(UserErrorCode.StaleVersion, "version", $"The {what} is at version {record.Version}, not {version}: read it again and retry.");
            }

            store.ExpectVersion(record, version);
            var guardian = await family.GuardianRowOfAsync(record.PupilId, ct);
            var made = await change(store, record, new Withdrawer(guardian, guardian is null), now);
            await db.SaveChangesAsync(ct);
            foreach (var changed in made.Prepend(record))
            {
                FamilyChanges.Record(db, family.Member, operation, changed, store.IdOf(changed), now);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            saved?.Invoke(made);
            family.Discard();
            services.GetRequiredService<ChangeSignal>().Pulse();
            return (id, null);
        }
        catch (RefusedException refused)
        {
            family.Discard();
            return (0, refused.Error);
        }
        catch (DbUpdateConcurrencyException)
        {
            family.Discard();
            return (0, Write.Refuse(UserErrorCode.StaleVersion, "version", $"The {what} changed meanwhile: read it again and retry.").Error);
        }
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

public sealed record FamilyConsentRequestPayload(FamilyConsentRequest? Request, FamilyConsent? Consent, IReadOnlyList<UserError> Errors);

public sealed class FamilyConsentRequestPayloadType : ObjectGraphType<FamilyConsentRequestPayload>
{
    public FamilyConsentRequestPayloadType()
    {
        Name = "FamilyConsentRequestPayload";
        Description = "The request as it stands after the answer, the consent a GIVE made, or why nothing changed.";
        Field<FamilyConsentRequestType>("request").Description("The request after the answer; null when it was refused.").Resolve(c => c.Source.Request).Category(DataCategory.Consent);
        Field<FamilyConsentType>("consent").Description("The consent the answer GIVE made; null otherwise.").Resolve(c => c.Source.Consent).Category(DataCategory.Consent);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("Why nothing changed; empty on success.")
            .Resolve(c => c.Source.Errors).Category(DataCategory.Directory);
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("Always false: the family's changes take no idempotency key.")
            .Resolve(_ => false).Category(DataCategory.Directory);
        this.FamilyOnly();
    }
}

/// <summary>The family's answer to a request for consent.</summary>
public enum FamilyConsentAnswer
{
    Give,
    Decline,
}

public sealed class FamilyConsentAnswerType : EnumerationGraphType<FamilyConsentAnswer>
{
    public FamilyConsentAnswerType()
    {
        Name = "FamilyConsentAnswer";
        Description = "The family's own answer to a request for consent.";
        this.FamilyOnly();
    }
}

public sealed class FamilyAnswerConsentRequestInput
{
    public string RequestId { get; set; } = "";
    public int Version { get; set; }
    public FamilyConsentAnswer Answer { get; set; }
}

public sealed class FamilyAnswerConsentRequestInputType : InputObjectGraphType<FamilyAnswerConsentRequestInput>
{
    public FamilyAnswerConsentRequestInputType()
    {
        Name = "FamilyAnswerConsentRequestInput";
        Description = "An open request for consent about one's own child, and the answer.";
        Field<NonNullGraphType<IdGraphType>>("requestId").Description("The request (FamilyConsentRequest.id).");
        Field(i => i.Version).Description("The request's version as last read.");
        Field<NonNullGraphType<FamilyConsentAnswerType>>("answer").Description("GIVE or DECLINE.");
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
