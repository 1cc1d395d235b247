using System.Security.Cryptography;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Hub.Access;
using Hub.Data;
using Hub.Identity;
using Hub.Records;
using Microsoft.EntityFrameworkCore;

namespace Hub.Changes;

/// <summary>
/// Declares a mutation field and runs it the one way every mutation runs: the caller's agency
/// and role checked first; the idempotency key looked up; the handler run in one transaction;
/// the change recorded (who, when, what) in the same transaction; and on a refusal or any error,
/// everything rolled back. The payload then reads the changed record through the access layer.
/// </summary>
public static class MutationRunner
{
    private static readonly JsonSerializerOptions HashJson = new() { WriteIndented = false };

    public static void Mutation<TInputType, TInput, TPayloadType>(
        this ObjectGraphType mutation, string name, string description, Who who, Func<Write, TInput, Task<object>> handler)
        where TInputType : MutationInputType<TInput>
        where TInput : MutationInput
        where TPayloadType : IGraphType
    {
        mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description($"{description} Allowed for {who.Description}.")
            .Argument<NonNullGraphType<TInputType>>("input", "What to change.")
            .Category(DataCategory.Directory)
            .ResolveAsync(async c => await RunAsync(c, name, who, handler, typeof(IOwnRecordPayload).IsAssignableFrom(typeof(TPayloadType))));
    }

    private static async Task<Payload> RunAsync<TInput>(IResolveFieldContext c, string name, Who who, Func<Write, TInput, Task<object>> handler, bool ownRecord)
        where TInput : MutationInput
    {
        var services = c.RequestServices!;
        var data = services.GetRequiredService<PersonalData>();
        var caller = data.Caller;
        if (!who.Allows(caller))
        {
            throw AccessDeniedError.ForMutation(name, who.Description);
        }

        var input = c.GetArgument<TInput>("input");
        // The runner owns the transaction, the change record and the idempotency keys; the handler reads only through the access layer.
        var db = services.GetRequiredService<HubDbContext>();
        var write = new Write(data, services.GetRequiredService<ChangeStore>(), services.GetRequiredService<IdentityNumbers>(), services.GetRequiredService<UnitDirectory>(), services.GetRequiredService<HubClock>(), c.CancellationToken);
        Payload payload;
        try
        {
            payload = await ExecuteAsync(db, write, name, input, handler);
        }
        catch (RefusedException refused)
        {
            db.ChangeTracker.Clear();
            return Payload.Refused(refused.Error);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Payload.Refused(Write.Refuse(UserErrorCode.StaleVersion, "version", "The record changed while this change was being made. Read it again and retry.").Error);
        }
        catch (DbUpdateException e) when (services.GetRequiredService<DatabaseProvider>().IsUniqueViolation(e))
        {
            // A unique index caught what the handler's own check could not: a simultaneous request made the same record.
            db.ChangeTracker.Clear();
            return Payload.Refused(Write.Refuse(UserErrorCode.Duplicate, "", "Another request has just made the same record. Read it and retry if still needed.").Error);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }

        db.ChangeTracker.Clear();
        if (!payload.Replayed)
        {
            services.GetRequiredService<ChangeSignal>().Pulse();
        }

        if (payload.PupilId is int pupilId)
        {
            var decisions = services.GetRequiredService<AccessDecisions>();
            decisions.Forget(pupilId);
            if (ownRecord)
            {
                return payload;
            }

            var pupil = await data.Pupils.FirstOrDefaultAsync(p => p.Id == pupilId, c.CancellationToken);
            if (pupil is null)
            {
                // The change ended the caller's relationship (a last case closed, a pupil moved away): it succeeded,
                // and the record is not read back. Nothing about the pupil is decided, so nothing can be read.
                return new Payload { EntityId = payload.EntityId, Replayed = payload.Replayed, Readable = false };
            }

            await decisions.PrepareAsync([pupil], c.CancellationToken);
        }

        return payload;
    }

    private static async Task<Payload> ExecuteAsync<TInput>(HubDbContext db, Write write, string name, TInput input, Func<Write, TInput, Task<object>> handler)
        where TInput : MutationInput
    {
        var caller = write.Caller;
        var key = Write.Text(input.IdempotencyKey, "idempotencyKey", IdempotencyRecord.MaxKeyLength, required: false);
        InputDates.Check(input, write.Today);
        var hash = key is null ? "" : Hash(name, input);
        await using var transaction = await db.Database.BeginTransactionAsync(write.Cancel);
        if (key is not null)
        {
            var earlier = await db.IdempotencyKeys.AsNoTracking().SingleOrDefaultAsync(IdempotencyKeys.Of(caller, key), write.Cancel);
            if (earlier is not null)
            {
                return earlier.Operation == name && earlier.RequestHash == hash
                    ? new Payload { EntityId = earlier.EntityId, PupilId = earlier.PupilId, Replayed = true }
                    : throw Write.Refuse(UserErrorCode.IdempotencyKeyReused, "idempotencyKey",
                        $"This key was used for a different request ({earlier.Operation}, {earlier.At:yyyy-MM-dd HH:mm} UTC). Use a new key for a new change.");
            }
        }

        var changed = await handler(write, input);
        await db.SaveChangesAsync(write.Cancel);

        var entry = db.Entry(changed);
        var entityId = (int)entry.Property("Id").CurrentValue!;
        var pupilId = changed switch
        {
            Pupil p => p.Id,
            IPupilRecord r => r.PupilId,
            _ => (int?)null,
        };
        var entityType = RecordKinds.StoredNameOf(entry.Metadata.GetRootType().ClrType);
        foreach (var also in write.PupilsAlsoChanged)
        {
            db.Changes.Add(Change(write, name, RecordKinds.Pupil.StoredName, also, also));
        }

        var change = Change(write, name, entityType, entityId, pupilId);
        change.DistrictId = changed is IDistrictRecord district ? district.DistrictId : null;
        db.Changes.Add(change);
        if (key is not null)
        {
            db.IdempotencyKeys.Add(new IdempotencyRecord
            {
                ActorId = caller.PersonId,
                ActorUnitId = caller.UnitId,
                ActorRole = caller.Role.ToString(),
                Key = key,
                Operation = name,
                RequestHash = hash,
                EntityType = entityType,
                EntityId = entityId,
                PupilId = pupilId,
                At = write.Now,
            });
        }

        await db.SaveChangesAsync(write.Cancel);
        await transaction.CommitAsync(write.Cancel);
        return new Payload { EntityId = entityId, PupilId = pupilId };
    }

    private static ChangeRecord Change(Write write, string operation, string entityType, int entityId, int? pupilId) => new()
    {
        At = write.Now,
        Operation = operation,
        EntityType = entityType,
        EntityId = entityId,
        PupilId = pupilId,
        ActorId = write.Caller.PersonId,
        ActorName = write.Caller.Name,
        ActorUnitId = write.Caller.UnitId,
        ActorRole = write.Caller.Role.ToString(),
    };

    private static string Hash<TInput>(string name, TInput input)
        where TInput : MutationInput
    {
        var key = input.IdempotencyKey;
        input.IdempotencyKey = null;
        try
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(input, input.GetType(), HashJson);
            return Convert.ToHexString(SHA256.HashData([.. System.Text.Encoding.UTF8.GetBytes(name + "\n"), .. bytes]));
        }
        finally
        {
            input.IdempotencyKey = key;
        }
    }
}
