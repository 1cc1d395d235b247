namespace Hub.Records;

/// <summary>Records about one pupil, so the access layer can find whose data a field reads.</summary>
public interface IPupilRecord
{
    int PupilId { get; }
}
