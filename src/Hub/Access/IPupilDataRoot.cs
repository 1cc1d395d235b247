namespace Hub.Access;

/// <summary>
/// An object, other than <see cref="Records.Pupil"/> itself, whose fields are reads of one pupil's
/// data (a mutation's payload): each field is checked against the pupil's decisions and logged,
/// as a pupil's own fields are. A null pupil means there is nothing to read.
/// </summary>
public interface IPupilDataRoot
{
    int? PupilId { get; }
}
