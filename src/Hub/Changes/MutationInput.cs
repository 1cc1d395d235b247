using GraphQL.Types;
using Hub.Records;

namespace Hub.Changes;

/// <summary>What every mutation's input carries besides its own fields.</summary>
public abstract class MutationInput
{
    public const int MaxIdempotencyKeyLength = IdempotencyRecord.MaxKeyLength;

    /// <summary>A partner system's key for this change: a retry with the same key and input gets the first answer.</summary>
    public string? IdempotencyKey { get; set; }
}

/// <summary>An input type whose CLR class is a <see cref="MutationInput"/>: adds the idempotency key.</summary>
public abstract class MutationInputType<TInput> : InputObjectGraphType<TInput>
    where TInput : MutationInput
{
    protected MutationInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<StringGraphType>("idempotencyKey")
            .Description($"Optional key (1–{IdempotencyRecord.MaxKeyLength} characters) for a partner system that retries: "
                + "the same key with the same input returns the first result (replayed: true) and changes nothing again; "
                + "the same key with a different input is refused (IDEMPOTENCY_KEY_REUSED). Keys are per caller.");
    }
}
