namespace Hub.Changes;

/// <summary>Why a mutation refused, as a client can act on it.</summary>
public enum UserErrorCode
{
    /// <summary>A value is malformed, out of range, too long, or inconsistent with another.</summary>
    Invalid,

    /// <summary>No such record, or none the caller may see: the two are answered alike.</summary>
    NotFound,

    /// <summary>The record already exists.</summary>
    Duplicate,

    /// <summary>The record changed since the caller read it; read it again and retry.</summary>
    StaleVersion,

    /// <summary>The caller's unit is not the one that decides this.</summary>
    NotPermitted,

    /// <summary>The record is not in a state that allows this (already ended, not RSU, …).</summary>
    WrongState,

    /// <summary>A deadline has passed and the act needs a recorded reason for the delay.</summary>
    DeadlinePassed,

    /// <summary>No effective consent covers what is asked for.</summary>
    ConsentRequired,

    /// <summary>The person is not the pupil's guardian (or a required signature is missing).</summary>
    NotAGuardian,

    /// <summary>The idempotency key was used before with a different request.</summary>
    IdempotencyKeyReused,
}

/// <summary>A domain refusal: what, where in the input (e.g. ["input", "endsOn"]), and why.</summary>
public sealed record UserError(UserErrorCode Code, IReadOnlyList<string> Field, string Message);

/// <summary>Thrown inside a mutation to refuse it; the runner rolls back and answers with the error in the payload.</summary>
public sealed class RefusedException(UserError error) : Exception(error.Message)
{
    public UserError Error { get; } = error;
}
