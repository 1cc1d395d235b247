using Hub.Access;

namespace Hub.Changes;

/// <summary>
/// What a mutation answers: the record it changed (read back through the access layer), or the
/// user errors that refused it, and whether this was a replay of an idempotency key.
/// </summary>
public sealed class Payload : IPupilDataRoot
{
    public int EntityId { get; init; }

    public int? PupilId { get; init; }

    public IReadOnlyList<UserError> Errors { get; init; } = [];

    public bool Replayed { get; init; }

    /// <summary>False when the change ended the caller's own basis to read the record (e.g. it closed its last case with the pupil).</summary>
    public bool Readable { get; init; } = true;

    public static Payload Refused(UserError error) => new() { Errors = [error] };
}

/// <summary>
/// A payload type whose record is the caller's own unit's and no pupil data (a report's receipt):
/// it is read back whether or not the caller sees the pupil, so that the answer does not tell.
/// </summary>
public interface IOwnRecordPayload;
