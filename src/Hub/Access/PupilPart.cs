using Hub.Records;

namespace Hub.Access;

/// <summary>
/// A part of a pupil's record that does not carry the pupil's id itself (a goal of a SIP, a
/// provision of a consent), handed to the schema with the pupil it belongs to, so that the
/// access layer checks its fields (a unit is a location) as it checks the record's own.
/// </summary>
public sealed record PupilPart<T>(int PupilId, T Part) : IPupilRecord;
